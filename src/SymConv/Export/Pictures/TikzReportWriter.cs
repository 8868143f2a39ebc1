using SymConv.Export.Latex;

namespace SymConv.Export.Pictures;

/// <summary>
/// --format tikz: the pictures of --format svg as TikZ for papers; a fragment for a document that
/// loads tikz, or with --standalone a document pdflatex compiles on its own.
/// </summary>
internal sealed class TikzReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var pictures = MatrixPictures.Of(report, TikzMatrix.MaxBins, patches: true);
        var printer = new LatexPolynomial(report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);
        var drawn = pictures.Pictures.Select(p => p switch
        {
            MatrixCells cells => TikzMatrix.Cells(cells, MatrixPictures.Caption(p), printer),
            MatrixDensity density => TikzMatrix.Density(density, MatrixPictures.Caption(p)),
            _ => throw new InvalidOperationException("unknown picture"),
        });
        output.Write(Tikz.Wrap(report.Title, drawn, report.Options.Display.Standalone));
    }
}
