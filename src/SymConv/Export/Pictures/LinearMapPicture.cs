using SymConv.Algebra;

namespace SymConv.Export.Pictures;

/// <summary>
/// The picture of any linear map — M, C, a transpose, a gradient's U(x), a stack's product — as the
/// SVG --format svg writes for a layer: one cell per entry coloured by its value (sums striped), or
/// past <see cref="MatrixCells.MaxSide"/> rows or columns a density picture of at most 500 × 500 bins.
/// </summary>
internal static class LinearMapPicture
{
    /// <summary>The SVG of a map, its entries named by <paramref name="symbols"/>, ruled and banded as <paramref name="axes"/> says.</summary>
    /// <param name="axes">The map, its name and where its blocks, channels and bands fall (<see cref="MatrixAxes.Plain"/> for none).</param>
    /// <param name="symbols">Names the symbols of its entries.</param>
    /// <param name="title">The line at the top of the picture.</param>
    public static string Svg(MatrixAxes axes, SymbolTable symbols, string title)
    {
        var colours = new WeightColours(value => PolynomialText.Format(value, symbols), []);
        return SvgReportWriter.Document(title, MatrixPictures.Of(axes, colours));
    }
}
