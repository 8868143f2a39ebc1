using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// A `show` list such as <c>M,y'</c>: words separated by commas, each naming a section (or <c>all</c>),
/// read into the sections in the order they are shown. The layer's and the backward pass's
/// sections share this reading; only their words differ.
/// </summary>
internal static class ShowList
{
    /// <summary>Reads <paramref name="text"/> with <paramref name="words"/>, refusing an unknown word with the nearest known one.</summary>
    public static IReadOnlyList<TSection> Read<TSection>(string text, SourcePoint at, IReadOnlyDictionary<string, TSection> words)
        where TSection : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new List<TSection>();
        var offset = 0;
        foreach (var part in text.Split(','))
        {
            var word = part.Trim();
            var within = offset + (part.Length - part.TrimStart().Length);
            offset += part.Length + 1;
            if (word.Length == 0) continue;
            if (word == "all")
            {
                sections.AddRange(Enum.GetValues<TSection>());
                continue;
            }
            // The caret goes under the word itself, as the command's check of its words puts it.
            if (!words.TryGetValue(word, out var section))
                throw new InputException(ErrorMessages.BadChoice("`show`", word, [.. words.Keys, "all"]), Within(at, within));
            sections.Add(section);
        }
        if (sections.Count == 0)
            throw new InputException(ErrorMessages.BadChoice("`show`", text, [.. words.Keys, "all"]), at);
        return sections.Distinct().Order().ToList();
    }

    // A value is one line, so a word within it is as many columns on.
    private static SourcePoint Within(SourcePoint at, int within) =>
        at.Line > 0 ? at with { Column = at.Column + within, Offset = at.Offset + within } : at;
}
