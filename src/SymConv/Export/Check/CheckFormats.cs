namespace SymConv.Export.Check;

/// <summary>The formats symconv check writes, by the name --format takes.</summary>
internal static class CheckFormats
{
    private static readonly Dictionary<string, Func<ICheckWriter>> Writers = new(StringComparer.Ordinal)
    {
        ["text"] = () => new CheckTextWriter(),
        ["json"] = () => new CheckJsonWriter(),
    };

    /// <summary>The format names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => [.. Writers.Keys];

    /// <summary>The writer for a format name, or null when there is none.</summary>
    public static ICheckWriter? Find(string name) => Writers.TryGetValue(name, out var make) ? make() : null;
}
