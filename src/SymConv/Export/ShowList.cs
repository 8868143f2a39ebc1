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
        foreach (var word in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "all")
            {
                sections.AddRange(Enum.GetValues<TSection>());
                continue;
            }
            if (!words.TryGetValue(word, out var section))
                throw new InputException(ErrorMessages.BadChoice("`show`", word, [.. words.Keys, "all"]), at);
            sections.Add(section);
        }
        if (sections.Count == 0)
            throw new InputException(ErrorMessages.BadChoice("`show`", text, [.. words.Keys, "all"]), at);
        return sections.Distinct().Order().ToList();
    }
}
