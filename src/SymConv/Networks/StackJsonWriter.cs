using System.Globalization;
using SymConv.Export;

namespace SymConv.Networks;

/// <summary>
/// A stack as one JSON object (schemas/stack.schema.json): the input shape, the layers with their
/// shapes, the equivalent single layer (or why there is none), and M_total, its constant term c,
/// x', y' and the activations asked for, written by the layer report's JSON writer in its forms.
/// </summary>
internal sealed class StackJsonWriter
{
    /// <summary>Writes the report.</summary>
    public void Write(StackReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stack = report.Stack;
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
        output.Write($"  \"rows_shown\": {JsonSectionWriter.RowsShown(report.Rows)},\n");

        var sections = new JsonSectionWriter(report.DisplaySymbols, report.Options);
        output.Write("  \"equivalent\": ");
        if (report.Equivalent is { } form)
        {
            output.Write($"{{\"constructor\": {JsonText.String(ConvolutionFormText.Constructor(form))}, \"kernel_shape\": {JsonText.Integers(form.Kernel.Shape.Dims)}, \"kernel\": ");
            sections.WriteValues(form.Kernel.Values, output);
            output.Write(", \"bias\": ");
            if (form.Bias is { } bias) sections.WriteValues(bias.Values, output);
            else output.Write("null");
            output.Write("},\n");
        }
        else
        {
            output.Write($"null,\n  \"no_equivalent\": {JsonText.String(report.NoEquivalentBecause)},\n");
        }

        // M_total, c, x', y' and the activations in the layer report's forms, by its writer.
        output.Write("  \"input\": ");
        sections.WriteVectorValue(report.InputSection, output);
        output.Write(",\n  \"matrix\": ");
        if (report.MatrixSection is { } matrix)
        {
            sections.WriteMatrixValue(matrix, output);
            output.Write(",\n  \"offset\": ");
            sections.WriteVectorValue(report.OffsetSection!, output);
            output.Write(",\n  \"output\": ");
            sections.WriteVectorValue(report.OutputSection!, output);
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
            sections.WriteVectorValue(report.ActivationSection(layer), output);
            firstActivation = false;
        }
        output.Write(firstActivation ? "}\n}\n" : "\n  }\n}\n");
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
