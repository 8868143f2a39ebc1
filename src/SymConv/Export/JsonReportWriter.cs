using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The JSON contract (README.md, "JSON schema"): shapes, M as its nonzero entries row by row,
/// x' and y' — every expression both as text and as exact terms. Always sparse, so it is the
/// format for layers too large to show densely. The whole layer is written regardless of
/// --show, except that --rows restricts M and y'.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var g = report.Geometry;
        var line = new StringBuilder();
        output.Write("{\n");
        output.Write($"  \"input_shape\": {JsonText.Integers(g.InputShape.Dims)},\n");
        output.Write($"  \"kernel_shape\": {JsonText.Integers(g.KernelShape.Dims)},\n");
        output.Write($"  \"output_shape\": {JsonText.Integers(g.OutputShape.Dims)},\n");
        output.Write("  \"layer\": {");
        output.Write($"\"transposed\": {Bool(g.Transposed)}, \"stride\": {JsonText.Integers(g.Stride)}, ");
        output.Write($"\"padding_before\": {JsonText.Integers(g.PadBefore)}, \"padding_after\": {JsonText.Integers(g.PadAfter)}, ");
        output.Write($"\"padding_mode\": {JsonText.String(g.PaddingMode.ToString().ToLowerInvariant())}, ");
        output.Write($"\"dilation\": {JsonText.Integers(g.Dilation)}, \"groups\": {g.Groups.ToString(CultureInfo.InvariantCulture)}, ");
        output.Write($"\"output_padding\": {JsonText.Integers(g.OutputPadding)}, \"flip\": {Bool(g.Flip)}");
        // Written only when not PyTorch's, so every layer that has none reads as it always did.
        if (g.HasLayout)
            output.Write($", \"layout\": {JsonText.String(Layouts.Name(g.Layout))}, \"kernel_layout\": {JsonText.String(Layouts.Name(g.KernelLayout, g.Transposed))}");
        output.Write("},\n");
        output.Write($"  \"rows_shown\": {(report.AllRows ? "null" : "[" + string.Join(", ", report.RowRanges.Select(r => JsonText.Integers([r.First, r.Last]))) + "]")},\n");

        output.Write("  \"kernel\": ");
        WriteVector(report, report.Layer.Kernel.Values, output, line);
        output.Write(",\n  \"bias\": ");
        if (report.Layer.Bias is { } bias) WriteVector(report, bias.Values, output, line);
        else output.Write("null");
        // Constant padding other than zero only: what it reads, and p of the rows shown (y' = M x' + p (+ b)).
        if (report.Matrix.HasPaddingTerm)
        {
            output.Write(",\n  \"padding_value\": ");
            AppendExpression(report, report.Layer.PaddingValue, line.Clear());
            output.Write(line);
            output.Write(",\n  \"padding_term\": ");
            WriteVector(report, report.SelectedRows.Select(report.Matrix.PaddingTerm), output, line);
        }

        output.Write(",\n  \"matrix\": ");
        WriteSparse(report, report.Matrix.Rows, report.Matrix.Columns,
            report.SelectedRowsWithProgress(Section.Matrix).Select(row => (row, report.Matrix.Row(row))), output, line);
        if (report.Twin is { } twin)
            WriteForwardMatrix(report, twin, output, line);

        output.Write("  \"input\": ");
        WriteVector(report, report.Layer.Input.Values, output, line);
        output.Write(",\n  \"output\": ");
        WriteVector(report, report.SelectedRowsWithProgress(Section.OutputVector).Select(report.Output), output, line);
        output.Write("\n}\n");
    }

    private static string Bool(bool value) => value ? "true" : "false";

    // Transposed layers only: the note, and C with M = Cᵀ, always whole (like M, nonzeros row-major).
    private static void WriteForwardMatrix(Report report, Convolution.ForwardTwin twin, TextWriter output, StringBuilder line)
    {
        output.Write("  \"notes\": [");
        output.Write(string.Join(", ", report.Notes.Select(JsonText.String)));
        output.Write("],\n");
        output.Write("  \"forward_matrix\": ");
        WriteSparse(report, twin.Rows, twin.Columns, RowNumbers.Below(twin.Rows).Select(row => (row, twin.Row(row))), output, line);
    }

    // {"rows": R, "cols": N, "entries": [[row, col, EXPR], ...]}: the nonzeros, row-major.
    private static void WriteSparse(Report report, long rows, long columns,
        IEnumerable<(long Row, IReadOnlyList<LinearMaps.MatrixEntry> Entries)> content, TextWriter output, StringBuilder line)
    {
        output.Write($"{{\"rows\": {rows.ToString(CultureInfo.InvariantCulture)}, \"cols\": {columns.ToString(CultureInfo.InvariantCulture)}, \"entries\": [");
        var first = true;
        foreach (var (row, entries) in content)
        {
            foreach (var entry in entries)
            {
                line.Clear().Append(first ? "\n    [" : ",\n    [");
                first = false;
                line.Append(row.ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(entry.Column.ToString(CultureInfo.InvariantCulture)).Append(", ");
                AppendExpression(report, entry.Value, line);
                line.Append(']');
                output.Write(line);
            }
        }
        output.Write(first ? "]},\n" : "\n  ]},\n");
    }

    private static void WriteVector(Report report, IEnumerable<Polynomial> values, TextWriter output, StringBuilder line)
    {
        output.Write('[');
        var first = true;
        foreach (var value in values)
        {
            line.Clear().Append(first ? "\n    " : ",\n    ");
            first = false;
            AppendExpression(report, value, line);
            output.Write(line);
        }
        output.Write(first ? "]" : "\n  ]");
    }

    private static void AppendExpression(Report report, Polynomial value, StringBuilder line) =>
        AppendExpression(line, value, report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);

    /// <summary>
    /// Appends {"text": …, "terms": [{"coef": "p/q", "vars": {"a": 1}}, …]}, or null for no value.
    /// The check and neuron views write their expressions through here, so every JSON output has
    /// one form of EXPR.
    /// </summary>
    internal static void AppendExpression(StringBuilder line, Polynomial? value, SymbolTable symbols, UnitCoefficients units,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        if (value is null)
        {
            line.Append("null");
            return;
        }
        line.Append("{\"text\": ");
        JsonText.AppendString(line, PolynomialText.Format(value, symbols, units, numbers));
        line.Append(", \"terms\": [");
        var terms = value.Terms;
        for (var t = 0; t < terms.Length; t++)
        {
            if (t > 0) line.Append(", ");
            line.Append("{\"coef\": ");
            JsonText.AppendString(line, terms[t].Coefficient.ToString());
            line.Append(", \"vars\": {");
            var monomial = terms[t].Monomial;
            for (var f = 0; f < monomial.FactorCount; f++)
            {
                if (f > 0) line.Append(", ");
                JsonText.AppendString(line, symbols.NameOf(monomial.SymbolAt(f)));
                line.Append(": ").Append(monomial.ExponentAt(f).ToString(CultureInfo.InvariantCulture));
            }
            line.Append("}}");
        }
        line.Append("]}");
    }
}
