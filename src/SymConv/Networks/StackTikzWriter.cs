using SymConv.Algebra;
using SymConv.Export.Latex;
using SymConv.Export.Pictures;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// --format tikz for a stack: the picture of --format svg as TikZ, as a layer's M is drawn for
/// papers — a fragment that needs only \usepackage{tikz}, or with --standalone a document pdflatex
/// compiles on its own.
/// </summary>
internal static class StackTikzWriter
{
    /// <summary>Writes the picture of the stack's total map.</summary>
    /// <exception cref="InputException">When the stack's first layer is not linear, so there is no M_total to draw.</exception>
    public static void Write(StackReport report, bool standalone, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var axes = StackPicture.Axes(report);
        var colours = new WeightColours(value => PolynomialText.Format(value, report.DisplaySymbols), []);
        var rows = MatrixPictures.AllRows(axes.Map);
        // The svg's picture, with the coarser density TikZ can carry.
        object picture = MatrixCells.Fits(rows.Count, axes.Map.Columns) ? MatrixCells.Of(axes, rows, colours) : MatrixDensity.Of(axes, rows, TikzMatrix.MaxBins);
        var printer = new LatexPolynomial(report.DisplaySymbols, units: null, report.Numbers);
        var drawn = picture switch
        {
            MatrixCells cells => TikzMatrix.Cells(cells, MatrixPictures.Caption(cells), printer),
            MatrixDensity density => TikzMatrix.Density(density, MatrixPictures.Caption(density)),
            _ => throw new InvalidOperationException("unknown picture"),
        };
        output.Write(Tikz.Wrap(StackPicture.Title(report), [drawn], standalone));
    }
}
