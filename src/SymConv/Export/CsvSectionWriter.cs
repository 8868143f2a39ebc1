using System.Text;
using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// Matrices and vectors as comma-separated values and nothing else, as the layer's CSV writes its M
/// (<see cref="CsvReportWriter"/>): a matrix one row a line, a vector one entry a line; numbers
/// unquoted and exact (or decimal under <see cref="CsvNumbers.Decimal"/>), a symbolic entry a quoted
/// text cell. A file holds one section, so no label is written.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
/// <param name="options">How entries are written; null for the defaults.</param>
internal sealed class CsvSectionWriter(SymbolTable symbols, ReportOptions? options = null) : ISectionWriter
{
    private readonly ReportOptions _options = options ?? new ReportOptions();

    /// <summary>Writes the shown rows, every column, refusing more than <see cref="DenseLimit.MaxCells"/> cells.</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        var cells = (Int128)matrix.ShownRowCount * matrix.Map.Columns;
        if (cells > DenseLimit.MaxCells)
            throw new InputException(matrix.Label == "M" ? ErrorMessages.CsvTooLarge(matrix.ShownRowCount, matrix.Map.Columns, DenseLimit.MaxCells)
                : ErrorMessages.CsvTooLarge(matrix.Label, matrix.ShownRowCount, matrix.Map.Columns, DenseLimit.MaxCells));
        var columns = matrix.Map.Columns;
        var line = new StringBuilder();
        foreach (var row in matrix.ShownRows)
        {
            var entries = matrix.Map.Row(row);
            line.Clear();
            var next = 0;
            for (long column = 0; column < columns; column++)
            {
                if (column > 0) line.Append(',');
                if (next < entries.Count && entries[next].Column == column) Cell(line, entries[next++].Value);
                else line.Append('0');
            }
            line.Append('\n');
            output.Write(line);
        }
    }

    /// <summary>Writes the shown entries, one a line.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        var line = new StringBuilder();
        foreach (var row in vector.ShownRows)
        {
            Cell(line.Clear(), vector.Vector.Entry(row));
            output.Write(line.Append('\n'));
        }
    }

    private void Cell(StringBuilder line, Polynomial value)
    {
        if (value.TryGetConstant(out var number))
            line.Append(_options.CsvNumbers == CsvNumbers.Decimal ? CsvReportWriter.Decimal(number) : CsvReportWriter.Number(number));
        else
            Quoted(line, PolynomialText.Format(value, symbols, _options.UnitCoefficients, _options.Numbers));
    }

    // RFC 4180: a field in double quotes, a quote inside doubled.
    private static void Quoted(StringBuilder line, string text) =>
        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
