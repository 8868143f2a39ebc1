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
    /// <param name="entries">The entries to check.</param>
    /// <param name="command">The command run: its words are the ones offered.</param>
    /// <param name="anywhere">
    /// True to let pass a format or --show word some other command reads (OptionApplicability
    /// then says it does nothing here); only a word no command reads is refused.
    /// </param>
    public static void Check(IEnumerable<SpecEntry> entries, CommandInfo command, bool anywhere = false)
    {
        var accepted = anywhere ? CommandCatalog.Anywhere(command) : command;
        foreach (var entry in entries)
        {
            if (OptionCatalog.Find(entry.Key) is not { } option || command.OwnValues.Contains(option.Name)) continue;
            if (option.Name == "format")
                CheckWord(entry, entry.Text, 0, command.Formats(), accepted.Formats(), command, exact: true);
            else if (option.Name == "show" && command.ShowWords() is { Count: > 0 } sections)
                CheckList(entry, sections, accepted.ShowWords(), command);
            else if (option.IsSwitch)
                CheckSwitch(entry);
            else if (option.Choices is { } choices && option.ListOfChoices)
                CheckList(entry, choices, choices, command);
            else if (option.Choices is { } words)
                CheckWord(entry, entry.Text, 0, words, words, command, exact: !option.OtherValues);
        }
    }

    private static void CheckSwitch(SpecEntry entry)
    {
        var word = entry.Text.Trim();
        if (word.Length == 0 || OptionCatalog.SwitchWords.Contains(word, StringComparer.OrdinalIgnoreCase)) return;
        throw Refusal(entry, word, Start(entry.Text), OptionCatalog.SwitchWords, "");
    }

    private static void CheckList(SpecEntry entry, IReadOnlyList<string> choices, IReadOnlyList<string> accepted, CommandInfo command)
    {
        var offset = 0;
        foreach (var part in entry.Text.Split(','))
        {
            if (part.Trim().Length > 0) CheckWord(entry, part, offset, choices, accepted, command, exact: true);
            offset += part.Length + 1;
        }
    }

    // A value that may also be something else (--padding 1,2, --bias [1 2]) is only refused when
    // it is a near miss of one of the words: anything further off is the library's to read. The
    // word offered is the command's own, else one another command reads.
    private static void CheckWord(SpecEntry entry, string text, int offset, IReadOnlyList<string> choices, IReadOnlyList<string> accepted, CommandInfo command, bool exact)
    {
        var word = text.Trim();
        if (choices.Count == 0 || accepted.Contains(word, StringComparer.Ordinal)) return;
        var suggestion = ValueSuggestion.For(word, choices) ?? ValueSuggestion.For(word, accepted);
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
