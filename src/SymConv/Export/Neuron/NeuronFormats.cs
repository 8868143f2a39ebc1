namespace SymConv.Export.Neuron;

/// <summary>The formats symconv neuron writes, by the name --format takes.</summary>
internal static class NeuronFormats
{
    private static readonly Dictionary<string, Func<INeuronWriter>> Writers = new(StringComparer.Ordinal)
    {
        ["text"] = () => new NeuronTextWriter(),
        ["json"] = () => new NeuronJsonWriter(),
        ["latex"] = () => new NeuronLatexWriter(),
        ["markdown"] = () => new NeuronMarkdownWriter(),
        ["svg"] = () => new Pictures.NeuronSvgWriter(),
        ["tikz"] = () => new Pictures.NeuronTikzWriter(),
    };

    /// <summary>The format names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => [.. Writers.Keys];

    /// <summary>The writer for a format name, or null when there is none.</summary>
    public static INeuronWriter? Find(string name) => Writers.TryGetValue(name, out var make) ? make() : null;
}
