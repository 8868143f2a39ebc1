using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// Guards the sections that can only be written dense. M of a real layer has rows × columns
/// entries, nearly all zero; printing them helps no reader, so past this size the writer stops
/// before writing anything and says how to see the layer instead.
/// </summary>
internal static class DenseLimit
{
    /// <summary>The most dense cells a matrix section may print.</summary>
    public const long MaxCells = 1_000_000;

    /// <summary>Refuses a dense matrix section of more than <see cref="MaxCells"/> cells.</summary>
    public static void Check(Report report)
    {
        // C of a transposed layer is M turned over: all of M's cells.
        long rows = 0;
        if (report.Sections.Contains(Section.ForwardMatrix)) rows = report.Matrix.Rows;
        else if (report.Sections.Contains(Section.Matrix)) rows = report.SelectedRowCount;
        Check(rows, report.Matrix.Columns);
        // U(x) has M's rows and a column per kernel entry.
        if (report.Sections.Contains(Section.PatchMatrix)
            && (Int128)report.SelectedRowCount * report.PatchSection.Map.Columns > MaxCells)
            throw new InputException(ErrorMessages.PatchMatrixTooLarge(report.SelectedRowCount, report.PatchSection.Map.Columns, MaxCells));
    }

    /// <summary>Refuses a dense matrix of <paramref name="rows"/> × <paramref name="columns"/> cells past <see cref="MaxCells"/>.</summary>
    public static void Check(long rows, long columns)
    {
        // Int128: rows × columns of a huge sparse layer can pass long's range.
        var cells = (Int128)rows * columns;
        if (cells > MaxCells)
            throw new InputException(ErrorMessages.MatrixTooLarge(rows, columns, MaxCells));
    }
}
