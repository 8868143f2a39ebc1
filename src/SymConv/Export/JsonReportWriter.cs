using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The JSON contract (README.md, "JSON schema"): shapes, M as its nonzero entries row by row,
/// x' and y' — every expression both as text and as exact terms. Always sparse, so it is the
/// format for layers too large to show densely. The whole layer is written regardless of
/// --show, except that --rows restricts M and y', and the patch matrix U(x) is added when --show names it.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var g = report.Geometry;
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
        output.Write($"  \"rows_shown\": {JsonSectionWriter.RowsShown(report.Options.Rows)},\n");

        var sections = new JsonSectionWriter(report.Symbols, report.Options);
        output.Write("  \"kernel\": ");
        sections.WriteValues(report.Layer.Kernel.Values, output);
        output.Write(",\n  \"bias\": ");
        if (report.Layer.Bias is { } bias) sections.WriteValues(bias.Values, output);
        else output.Write("null");
        // Constant padding other than zero only: what it reads, and p of the rows shown (y' = M x' + p (+ b)).
        if (report.Matrix.HasPaddingTerm)
        {
            output.Write(",\n  \"padding_value\": ");
            var line = new StringBuilder();
            JsonText.AppendExpression(line, report.Layer.PaddingValue, report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);
            output.Write(line);
            output.Write(",\n  \"padding_term\": ");
            sections.WriteValues(report.SelectedRows.Select(report.Matrix.PaddingTerm), output);
        }

        output.Write(",\n  \"matrix\": ");
        sections.WriteMatrixValue(report.MatrixSection, report.SelectedRowsWithProgress(Section.Matrix), output);
        output.Write(",\n");
        if (report.ForwardSection is { } forward)
        {
            // Transposed layers only: the note, and C with M = Cᵀ, always whole.
            output.Write("  \"notes\": [");
            output.Write(string.Join(", ", report.Notes.Select(JsonText.String)));
            output.Write("],\n");
            output.Write("  \"forward_matrix\": ");
            sections.WriteMatrixValue(forward, output);
            output.Write(",\n");
        }

        // Only when the sections name it (--show U): U(x), as big as M, its rows those of M shown.
        if (report.Sections.Contains(Section.PatchMatrix))
        {
            output.Write("  \"patches\": ");
            sections.WriteMatrixValue(report.PatchSection, report.SelectedRowsWithProgress(Section.PatchMatrix), output);
            output.Write(",\n");
        }

        output.Write("  \"input\": ");
        sections.WriteValues(report.Layer.Input.Values, output);
        output.Write(",\n  \"output\": ");
        sections.WriteValues(report.SelectedRowsWithProgress(Section.OutputVector).Select(report.Output), output);
        output.Write("\n}\n");
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An expression as every JSON output writes it: <see cref="JsonText.AppendExpression"/>, which new code calls directly.</summary>
    internal static void AppendExpression(StringBuilder line, Polynomial? value, SymbolTable symbols, UnitCoefficients? units,
        NumberNotation numbers = NumberNotation.Fraction) =>
        JsonText.AppendExpression(line, value, symbols, units, numbers);
}
