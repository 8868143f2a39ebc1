using SymConv.Algebra;

namespace SymConv.Export.Sections;

/// <summary>
/// The section writers by the name --format takes, so a command that shows its own maps (Mᵀ, U(x),
/// a stack's M_total) reads its format option the way the layer report does:
/// <code>
/// var writer = SectionWriters.Find(format, layer.Symbols, options) ?? throw …;
/// writer.WriteMatrix(new MatrixSection("U(x)", patches) { ColumnBlock = kernelWidth }, output);
/// </code>
/// </summary>
internal static class SectionWriters
{
    private static readonly Dictionary<string, Func<SymbolTable, ReportOptions, ISectionWriter>> Writers = new(StringComparer.Ordinal)
    {
        ["text"] = (symbols, options) => new TextSectionWriter(symbols, options),
        ["json"] = (symbols, options) => new JsonSectionWriter(symbols, options),
        ["latex"] = (symbols, options) => new Latex.LatexSectionWriter(symbols, options),
        ["markdown"] = (symbols, options) => new MarkdownSectionWriter(symbols, options),
        ["sympy"] = (symbols, options) => new Code.SymPySectionWriter(symbols),
        ["mathematica"] = (symbols, options) => new Code.MathematicaSectionWriter(symbols),
        ["csv"] = (symbols, options) => new CsvSectionWriter(symbols, options),
    };

    /// <summary>The format names, in the order help lists them: the layer report's.</summary>
    public static IReadOnlyList<string> Names => [.. Writers.Keys];

    /// <summary>The writer for a format name, or null when there is none.</summary>
    /// <param name="format">text, json, latex, markdown, sympy, mathematica or csv.</param>
    /// <param name="symbols">The table that names the symbols of the entries to be written.</param>
    /// <param name="options">How entries are written; null for the defaults. Rows and sections are the sections' own.</param>
    public static ISectionWriter? Find(string format, SymbolTable symbols, ReportOptions? options = null) =>
        Writers.TryGetValue(format, out var make) ? make(symbols, options ?? new ReportOptions()) : null;
}
