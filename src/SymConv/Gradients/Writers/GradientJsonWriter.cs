using System.Text;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// A backward pass as JSON (schemas/grad.schema.json): the shapes, then upstream (g'), grad_input
/// (dL/dx'), grad_kernel (dL/dK flattened as K is) and grad_bias, each a list of EXPR as in the
/// layer's JSON, and the equivalent layer's statement. Always the whole pass, whatever --show says.
/// </summary>
internal sealed class GradientJsonWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(GradientReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var g = report.Matrix.Geometry;
        var gradient = report.Gradient;
        var line = new StringBuilder();
        output.Write("{\n");
        output.Write("  \"layer\": " + JsonText.String(report.Title) + ",\n");
        output.Write($"  \"input_shape\": {JsonText.Integers(g.InputShape.Dims)},\n");
        output.Write($"  \"kernel_shape\": {JsonText.Integers(g.KernelShape.Dims)},\n");
        output.Write($"  \"output_shape\": {JsonText.Integers(g.OutputShape.Dims)},\n");
        output.Write("  \"upstream\": ");
        WriteVector(report, gradient.Upstream, output, line);
        output.Write(",\n  \"grad_input\": ");
        WriteVector(report, gradient.GradInput, output, line);
        output.Write(",\n  \"grad_kernel\": ");
        WriteVector(report, gradient.GradKernel, output, line);
        output.Write(",\n  \"grad_bias\": ");
        if (gradient.GradBias is { } bias) WriteVector(report, bias, output, line);
        else output.Write("null");
        // Mᵀ and U(x), as the layer's matrix: only when --show asks for them.
        foreach (var (section, key) in new[] { (GradientSection.Transpose, "transpose"), (GradientSection.Patches, "patches") })
        {
            if (!report.Sections.Contains(section)) continue;
            output.Write(",\n  \"" + key + "\": ");
            new JsonSectionWriter(report.Symbols, report.SectionOptions).WriteMatrixValue(report.MatrixSection(section), output);
        }
        output.Write(",\n  \"equivalent\": [");
        output.Write(string.Join(", ", report.Equivalent.Lines.Select(JsonText.String)));
        output.Write("]\n}\n");
    }

    private static void WriteVector(GradientReport report, Tensor<Polynomial> values, TextWriter output, StringBuilder line)
    {
        output.Write('[');
        for (long i = 0; i < values.Shape.Size; i++)
        {
            line.Clear().Append(i == 0 ? "\n    " : ",\n    ");
            JsonReportWriter.AppendExpression(line, values[i], report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);
            output.Write(line);
        }
        output.Write(values.Shape.Size == 0 ? "]" : "\n  ]");
    }
}
