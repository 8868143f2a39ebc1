using SymConv.Algebra;
using SymConv.Export.Latex;
using SymConv.Export.Pictures;

namespace SymConv.Gradients;

/// <summary>
/// symconv grad --format tikz: the pictures of --format svg as TikZ, one tikzpicture each, as a
/// fragment that needs only \usepackage{tikz} and may be \input any number of times, or with
/// --standalone a document pdflatex compiles on its own.
/// </summary>
internal static class GradientTikzWriter
{
    /// <summary>Writes the pictures of a backward pass, titled with its layer.</summary>
    public static void Write(string title, IReadOnlyList<GradientPictures.Picture> pictures, SymbolTable symbols, NumberNotation numbers, bool standalone, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        ArgumentNullException.ThrowIfNull(output);
        var printer = new LatexPolynomial(symbols, units: null, numbers);
        var drawn = pictures.Select(p => p.Drawing switch
        {
            MatrixCells cells => TikzMatrix.Cells(cells, p.Caption, printer),
            MatrixDensity density => TikzMatrix.Density(density, p.Caption),
            _ => throw new InvalidOperationException("unknown picture"),
        });
        output.Write(Tikz.Wrap(title, drawn, standalone));
    }
}
