using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Latex;

/// <summary>
/// Lays a report out as typeset math, section by section, for LaTeX and Markdown alike: which
/// rows and columns are shown, where rules fall, where long sums break. Widths are estimated in
/// ems against the text width of a standard article.
/// </summary>
internal sealed partial class MathLayout
{
    /// <summary>About the width of a line of display math in an article, in ems.</summary>
    public const double LineWidth = 32;

    // M and x' are elided to fit this width: wider than the line, since the document sets a wide
    // display a size or two smaller, and a whole matrix in script size (Dumoulin and Visin's 4×16)
    // reads better than one with its middle elided.
    internal const double FitWidth = LineWidth * 1.5;

    // A y' entry longer than this is listed as an equation of its own rather than in a column.
    internal const double ColumnEntryWidth = 14;

    // A y entry longer than this is shown by its place in y' (y'_{k}) rather than written out.
    private const double TensorEntryWidth = 12;

    private readonly Report _report;
    private readonly DisplayOptions _display;
    private IReadOnlyList<long?>? _rows;
    private IReadOnlyList<long?>? _columns;

    /// <summary>Lays out a report.</summary>
    public MathLayout(Report report)
    {
        _report = report;
        _display = report.Options.Display;
        if (_display.Highlight is { } row && (row < 0 || row >= report.Matrix.Rows))
            throw new InputException(ErrorMessages.HighlightOutOfRange(row, report.Matrix.Rows));
        if (_display.Highlight is { } shown && !report.RowRanges.Any(r => r.First <= shown && shown <= r.Last))
            throw new InputException(ErrorMessages.HighlightOutsideRows(shown, string.Join(",", report.RowRanges.Select(r =>
                r.First == r.Last ? Integer(r.First) : Integer(r.First) + ".." + Integer(r.Last)))));
        Printer = new LatexPolynomial(report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);
        _sections = new MathSections(Printer, _display);
    }

    private readonly MathSections _sections;

    /// <summary>The polynomial printer.</summary>
    public LatexPolynomial Printer { get; }

    /// <summary>The rows of M and y' shown; null where some are left out.</summary>
    public IReadOnlyList<long?> Rows => _rows ??= PickRows();

    /// <summary>The columns of M and x' shown; null where some are left out.</summary>
    public IReadOnlyList<long?> Columns => _columns ??= PickColumns();

    /// <summary>The math of one section.</summary>
    public MathBlock Section(Section section)
    {
        var layer = _report.Layer;
        return section switch
        {
            Export.Section.Kernel => Tensor("K", layer.Kernel.Shape, i => Printer.Format(layer.Kernel[i]), i => Printer.Width(layer.Kernel[i])),
            Export.Section.Input => Tensor("x", layer.Input.Shape, i => Printer.Format(layer.Input[i]), i => Printer.Width(layer.Input[i])),
            Export.Section.PaddingTerm => PaddingVector(),
            Export.Section.Bias => Tensor("b", layer.Bias!.Shape, i => Printer.Format(layer.Bias[i]), i => Printer.Width(layer.Bias[i])),
            Export.Section.InputVector => InputVector(),
            Export.Section.Matrix => Fitted(MathSections.RowsLabel(LatexSectionWriter.Tex(_report.MatrixSection.Label), _report.MatrixSection.Rows) + " = " + Matrix()),
            Export.Section.ForwardMatrix => Fitted(LatexSectionWriter.Tex(_report.ForwardSection!.Label) + " = " + ForwardMatrix()),
            Export.Section.PatchMatrix => Fitted(MathSections.RowsLabel(LatexSectionWriter.Tex(_report.PatchSection.Label), _report.PatchSection.Rows) + " = " + PatchMatrix()),
            Export.Section.OutputVector => OutputVector(),
            Export.Section.Output => OutputTensor(),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
    }

    /// <summary>The TeX of a zero entry in M.</summary>
    public string Zero => _sections.Zero;

    private static MathBlock Fitted(params string[] lines) => new(MathBlockKind.Fitted, lines, []);

    private string MatrixLabel(string label) => MathSections.RowsLabel(label, _report.Options.Rows);

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<long?> PickRows() => _sections.PickRows(_report.RowRanges, _display.Highlight);
}
