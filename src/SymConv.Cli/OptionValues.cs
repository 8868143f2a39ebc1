using System.Text.RegularExpressions;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Refuses a value that is not one of its option's words before the library reads it, with the
/// word it most likely meant, and the caret under the mistyped word itself (--show M,yy).
/// </summary>
internal static partial class OptionValues
{
    public static void Check(IEnumerable<SpecEntry> entries, CommandInfo command)
    {
        foreach (var entry in entries)
        {
            if (OptionCatalog.Find(entry.Key) is not { } option || command.OwnValues.Contains(option.Name)) continue;
            if (option.Name == "format")
                CheckWord(entry, entry.Text, 0, command.Formats(), command, exact: true);
            else if (option.IsSwitch)
                CheckSwitch(entry);
            else if (option.Choices is { } choices && option.ListOfChoices)
                CheckList(entry, choices, command);
            else if (option.Choices is { } words)
                CheckWord(entry, entry.Text, 0, words, command, exact: !option.OtherValues);
        }
    }

    private static void CheckSwitch(SpecEntry entry)
    {
        var word = entry.Text.Trim();
        if (word.Length == 0 || OptionCatalog.SwitchWords.Contains(word, StringComparer.OrdinalIgnoreCase)) return;
        throw Refusal(entry, word, Start(entry.Text), OptionCatalog.SwitchWords, "");
    }

    private static void CheckList(SpecEntry entry, IReadOnlyList<string> choices, CommandInfo command)
    {
        var offset = 0;
        foreach (var part in entry.Text.Split(','))
        {
            if (part.Trim().Length > 0) CheckWord(entry, part, offset, choices, command, exact: true);
            offset += part.Length + 1;
        }
    }

    // A value that may also be something else (--padding 1,2, --bias [1 2]) is only refused when
    // it is a near miss of one of the words: anything further off is the library's to read.
    private static void CheckWord(SpecEntry entry, string text, int offset, IReadOnlyList<string> choices, CommandInfo command, bool exact)
    {
        var word = text.Trim();
        if (choices.Count == 0 || choices.Contains(word, StringComparer.Ordinal)) return;
        var suggestion = ValueSuggestion.For(word, choices);
        if (!exact && (suggestion is null || !Word().IsMatch(word))) return;
        var writes = entry.Key == "format" ? command.FormatNote : "";
        throw Refusal(entry, word, offset + Start(text), choices, writes, suggestion);
    }

    private static InputException Refusal(SpecEntry entry, string word, int within, IReadOnlyList<string> choices, string note, string? suggestion = null)
    {
        suggestion ??= ValueSuggestion.For(word, choices);
        var message = ErrorMessages.BadChoice("--" + entry.Key, word, choices) + note + (suggestion is null ? "" : $"; did you mean {suggestion}?");
        var at = entry.At;
        return new InputException(message, at with { Column = at.Column + within, Offset = at.Offset + within });
    }

    private static int Start(string text) => text.Length - text.TrimStart().Length;

    [GeneratedRegex("^[A-Za-z][A-Za-z-]*$")]
    private static partial Regex Word();
}
