using SymConv.Export.Pictures;

namespace SymConv.Gradients;

/// <summary>
/// symconv grad --format svg: the pictures of Mᵀ and U(x) (see <see cref="GradientPictures"/>) one
/// under the other in one SVG. Each has its own legend (M's weights for Mᵀ, x's values for U), so
/// each is drawn inside an element of its own class and its colours are scoped by it.
/// </summary>
internal static class GradientSvgWriter
{
    /// <summary>Writes the pictures of a backward pass, titled with its layer.</summary>
    public static void Write(string title, IReadOnlyList<GradientPictures.Picture> pictures, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        ArgumentNullException.ThrowIfNull(output);
        var parts = new List<SvgFragment>();
        var style = new System.Text.StringBuilder();
        var defs = new System.Text.StringBuilder();
        foreach (var picture in pictures)
        {
            var fragment = picture.Drawing switch
            {
                MatrixCells cells => SvgMatrixCells.Draw(cells, picture.Caption),
                MatrixDensity density => SvgMatrixDensity.Draw(density, picture.Caption),
                _ => throw new InvalidOperationException("unknown picture"),
            };
            parts.Add(fragment with { Body = $"<g class=\"{picture.Scope}\">\n{fragment.Body}</g>\n" });
            if (picture.Drawing is MatrixCells drawn)
            {
                style.Append(SvgMatrixCells.Styles(drawn.Colours, picture.Scope));
                defs.Append(SvgMatrixCells.Patterns(drawn.Colours, picture.Scope));
            }
        }
        if (pictures.Any(p => p.Drawing is MatrixDensity)) style.Append(SvgMatrixDensity.Styles());
        output.Write(SvgFragment.Document(title, parts, style.ToString(), defs.ToString()));
    }
}
