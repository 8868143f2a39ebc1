using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>
/// Matrices and vectors as JSON in the layer report's forms (README.md, "JSON schema"): a matrix as
/// {"rows": R, "cols": N, "entries": [[row, col, EXPR], …]}, its nonzeros row-major, and a vector as
/// [EXPR, …], each EXPR both text and exact terms. <see cref="WriteMatrix"/> and <see cref="WriteVector"/>
/// write a whole object with the label and the rows shown; <see cref="WriteMatrixValue(MatrixSection, TextWriter)"/> and
/// <see cref="WriteVectorValue"/> write just the value, for a member of a document of one's own.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
/// <param name="options">How the "text" of an entry is written; null for the defaults.</param>
internal sealed class JsonSectionWriter(SymbolTable symbols, ReportOptions? options = null) : ISectionWriter
{
    private readonly ReportOptions _options = options ?? new ReportOptions();

    /// <summary>Writes {"label": …, "rows_shown": null or [[first, last], …], "matrix": {…}} and a line break.</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        Open(matrix.Label, matrix.Rows, output);
        output.Write("  \"matrix\": ");
        WriteMatrixValue(matrix, output);
        output.Write("\n}\n");
    }

    /// <summary>Writes {"label": …, "rows_shown": …, "vector": [EXPR, …]} and a line break.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        Open(vector.Label, vector.Rows, output);
        output.Write("  \"vector\": ");
        WriteVectorValue(vector, output);
        output.Write("\n}\n");
    }

    /// <summary>Writes the matrix's shown rows as {"rows": R, "cols": N, "entries": [...]}, rows numbered as in the map.</summary>
    public void WriteMatrixValue(MatrixSection matrix, TextWriter output) => WriteMatrixValue(matrix, matrix.ShownRows, output);

    /// <summary>Writes the vector's shown entries as [EXPR, …].</summary>
    public void WriteVectorValue(AffineVectorSection vector, TextWriter output) =>
        WriteValues(vector.ShownRows.Select(vector.Vector.Entry), output);

    /// <summary>The rows shown as the report writes them: null for all, else [[first, last], …].</summary>
    internal static string RowsShown(IReadOnlyList<RowRange>? rows) =>
        rows is null ? "null" : "[" + string.Join(", ", rows.Select(r => JsonText.Integers([r.First, r.Last]))) + "]";

    // The report passes its rows with progress attached.
    internal void WriteMatrixValue(MatrixSection matrix, IEnumerable<long> shown, TextWriter output)
    {
        var map = matrix.Map;
        var line = new StringBuilder();
        output.Write($"{{\"rows\": {map.Rows.ToString(CultureInfo.InvariantCulture)}, \"cols\": {map.Columns.ToString(CultureInfo.InvariantCulture)}, \"entries\": [");
        var first = true;
        foreach (var row in shown)
        {
            foreach (var entry in map.Row(row))
            {
                line.Clear().Append(first ? "\n    [" : ",\n    [");
                first = false;
                line.Append(row.ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(entry.Column.ToString(CultureInfo.InvariantCulture)).Append(", ");
                JsonText.AppendExpression(line, entry.Value, symbols, _options.UnitCoefficients, _options.Numbers);
                line.Append(']');
                output.Write(line);
            }
        }
        output.Write(first ? "]}" : "\n  ]}");
    }

    internal void WriteValues(IEnumerable<Polynomial> values, TextWriter output)
    {
        var line = new StringBuilder();
        output.Write('[');
        var first = true;
        foreach (var value in values)
        {
            line.Clear().Append(first ? "\n    " : ",\n    ");
            first = false;
            JsonText.AppendExpression(line, value, symbols, _options.UnitCoefficients, _options.Numbers);
            output.Write(line);
        }
        output.Write(first ? "]" : "\n  ]");
    }

    private static void Open(string label, IReadOnlyList<RowRange>? rows, TextWriter output)
    {
        var line = new StringBuilder("{\n  \"label\": ");
        JsonText.AppendString(line, label);
        line.Append(",\n  \"rows_shown\": ").Append(RowsShown(rows)).Append(",\n");
        output.Write(line);
    }
}
