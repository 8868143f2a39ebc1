using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// Guards the sections that can only be written dense. M of a real layer has rows × columns
/// entries, nearly all zero; printing them helps no reader, so past this size the writer stops
/// before writing anything and says how to see the layer instead.
/// </summary>
public static class DenseLimit
{
    /// <summary>The most dense cells a matrix section may print.</summary>
    public const long MaxCells = 1_000_000;

    /// <summary>Refuses a dense matrix section of more than <see cref="MaxCells"/> cells.</summary>
    public static void Check(Report report)
    {
        if (!report.Sections.Contains(Section.Matrix)) return;
        var cells = report.SelectedRowCount * report.Matrix.Columns;
        if (cells > MaxCells)
            throw new InputException(ErrorMessages.MatrixTooLarge(report.SelectedRowCount, report.Matrix.Columns, MaxCells));
    }
}
