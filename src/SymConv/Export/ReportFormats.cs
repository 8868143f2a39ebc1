namespace SymConv.Export;

/// <summary>The output formats by the name --format takes.</summary>
internal static class ReportFormats
{
    private static readonly Dictionary<string, Func<IReportWriter>> Writers = new(StringComparer.Ordinal)
    {
        ["text"] = () => new TextReportWriter(),
        ["json"] = () => new JsonReportWriter(),
        ["latex"] = () => new Latex.LatexReportWriter(),
        ["markdown"] = () => new MarkdownReportWriter(),
        ["sympy"] = () => new Code.SymPyReportWriter(),
        ["mathematica"] = () => new Code.MathematicaReportWriter(),
        ["csv"] = () => new CsvReportWriter(),
        ["svg"] = () => new Pictures.SvgReportWriter(),
        ["tikz"] = () => new Pictures.TikzReportWriter(),
        ["html"] = () => new Pictures.HtmlReportWriter(),
        ["animated-svg"] = () => new Pictures.AnimatedSvgReportWriter(),
    };

    /// <summary>The format names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => [.. Writers.Keys];

    /// <summary>The writer for a format name, or null when there is none.</summary>
    public static IReportWriter? Find(string name) => Writers.TryGetValue(name, out var make) ? make() : null;
}
