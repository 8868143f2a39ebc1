namespace SymConv.Export.Pictures;

/// <summary>
/// --format svg: a picture of M (and of C for a transposed layer, and of U(x) when --show names it), one cell per entry coloured by
/// kernel weight, or a density picture for a matrix of more than <see cref="MatrixCells.MaxSide"/> rows or columns.
/// </summary>
internal sealed class SvgReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var pictures = MatrixPictures.Of(report, patches: true);
        output.Write(Document(report.Title, pictures));
    }

    internal static string Document(string title, MatrixPictures pictures)
    {
        var parts = pictures.Pictures.Select(p => p switch
        {
            MatrixCells cells => SvgMatrixCells.Draw(cells, MatrixPictures.Caption(p)),
            MatrixDensity density => SvgMatrixDensity.Draw(density, MatrixPictures.Caption(p)),
            _ => throw new InvalidOperationException("unknown picture"),
        }).ToList();
        return SvgFragment.Document(title, parts, SvgMatrixCells.Styles(pictures.Colours) + SvgMatrixDensity.Styles(),
            SvgMatrixCells.Patterns(pictures.Colours));
    }
}
