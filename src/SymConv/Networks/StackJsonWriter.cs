using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export;

namespace SymConv.Networks;

/// <summary>
/// A stack as one JSON object: the input shape, the layers with their shapes, M_total as its
/// nonzeros row by row with its constant term c, x', y' and the activations asked for, and the
/// equivalent single layer (or why there is none); every expression as EXPR, the layer format's
/// {"text", "terms"}.
/// </summary>
internal sealed class StackJsonWriter
{
    /// <summary>Writes the report.</summary>
    public void Write(StackReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stack = report.Stack;
        var line = new StringBuilder();
        output.Write("{\n");
        output.Write($"  \"input_shape\": {JsonText.Integers(stack.Input.Shape.Dims)},\n");
        output.Write("  \"layers\": [");
        for (var i = 0; i < stack.Layers.Count; i++)
        {
            var layer = stack.Layers[i];
            output.Write(i == 0 ? "\n" : ",\n");
            output.Write(Inv($"    {{\"index\": {layer.Index}, \"layer\": {JsonText.String(layer.Layer.Written)}, "));
            output.Write($"\"input_shape\": {JsonText.Integers(layer.Input.Dims)}, \"output_shape\": {JsonText.Integers(layer.Output.Dims)}, ");
            output.Write($"\"linear\": {(layer.IsLinear && !layer.AtPoint ? "true" : "false")}, \"at_this_input\": {(layer.AtPoint ? "true" : "false")}}}");
        }
        output.Write("\n  ],\n");
        output.Write(Inv($"  \"linear_layers\": {stack.LinearCount},\n"));

        output.Write("  \"equivalent\": ");
        if (report.Equivalent is { } form)
        {
            output.Write($"{{\"constructor\": {JsonText.String(ConvolutionFormText.Constructor(form))}, \"kernel_shape\": {JsonText.Integers(form.Kernel.Shape.Dims)}, \"kernel\": ");
            WriteVector(report, form.Kernel.Values, output, line);
            output.Write(", \"bias\": ");
            if (form.Bias is { } bias) WriteVector(report, bias.Values, output, line);
            else output.Write("null");
            output.Write("},\n");
        }
        else
        {
            output.Write($"null,\n  \"no_equivalent\": {JsonText.String(report.NoEquivalentBecause)},\n");
        }

        output.Write("  \"input\": ");
        WriteVector(report, stack.Input.Values, output, line);
        output.Write(",\n  \"matrix\": ");
        if (stack.Total is { } total)
        {
            output.Write(Inv($"{{\"rows\": {total.Rows}, \"cols\": {total.Columns}, \"entries\": ["));
            var first = true;
            for (long r = 0; r < total.Rows; r++)
            {
                foreach (var entry in total.Row(r))
                {
                    line.Clear().Append(first ? "\n    [" : ",\n    [").Append(r.ToString(CultureInfo.InvariantCulture)).Append(", ")
                        .Append(entry.Column.ToString(CultureInfo.InvariantCulture)).Append(", ");
                    Expression(report, entry.Value, line);
                    output.Write(line.Append(']'));
                    first = false;
                }
            }
            output.Write("\n  ]},\n  \"offset\": ");
            WriteVector(report, Enumerable.Range(0, (int)total.Rows).Select(r => total.Offset(r)), output, line);
            output.Write(",\n  \"output\": ");
            WriteVector(report, Enumerable.Range(0, (int)total.Rows).Select(r => report.Activations.Entry(stack.LinearCount - 1, r)), output, line);
        }
        else
        {
            output.Write("null,\n  \"offset\": null,\n  \"output\": null");
        }
        output.Write(",\n  \"activations\": {");
        var firstActivation = true;
        foreach (var layer in report.Sections.Activations.Where(l => l < stack.LinearCount))
        {
            output.Write(firstActivation ? "\n" : ",\n");
            output.Write(Inv($"    \"y{layer}\": "));
            WriteVector(report, Enumerable.Range(0, (int)report.Activations.Count(layer)).Select(i => report.Activations.Entry(layer, i)), output, line);
            firstActivation = false;
        }
        output.Write(firstActivation ? "}\n}\n" : "\n  }\n}\n");
    }

    private static void WriteVector(StackReport report, IEnumerable<Polynomial> values, TextWriter output, StringBuilder line)
    {
        output.Write('[');
        var first = true;
        foreach (var value in values)
        {
            line.Clear().Append(first ? "" : ", ");
            Expression(report, value, line);
            output.Write(line);
            first = false;
        }
        output.Write(']');
    }

    private static void Expression(StackReport report, Polynomial value, StringBuilder line) =>
        JsonReportWriter.AppendExpression(line, value, report.DisplaySymbols, report.Units, report.Numbers);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
