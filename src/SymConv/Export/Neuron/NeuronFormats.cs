namespace SymConv.Export.Neuron;

/// <summary>The formats symconv neuron writes, by the name --format takes.</summary>
internal static class NeuronFormats
{
    private static readonly Dictionary<string, Func<bool, INeuronWriter>> Writers = new(StringComparer.Ordinal)
    {
        ["text"] = _ => new NeuronTextWriter(),
        ["json"] = _ => new NeuronJsonWriter(),
        ["latex"] = _ => new NeuronLatexWriter(),
        ["markdown"] = _ => new NeuronMarkdownWriter(),
        ["svg"] = _ => new Pictures.NeuronSvgWriter(),
        ["tikz"] = standalone => new Pictures.NeuronTikzWriter(standalone),
    };

    /// <summary>The format names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => [.. Writers.Keys];

    /// <summary>The formats that --standalone makes a complete document of (the LaTeX view always is one).</summary>
    public static IReadOnlyList<string> StandaloneFormats { get; } = ["tikz"];

    /// <summary>The writer for a format name, or null when there is none.</summary>
    /// <param name="name">The --format name.</param>
    /// <param name="standalone">--standalone: a complete document rather than a fragment (tikz only).</param>
    public static INeuronWriter? Find(string name, bool standalone = false) => Writers.TryGetValue(name, out var make) ? make(standalone) : null;
}
