using System.Globalization;
using System.Text;
using SymConv.Export;

namespace SymConv.Networks;

/// <summary>
/// A stack's output neuron as one JSON object (schemas/stack-neuron.schema.json): its index and position, the input entries it
/// depends on (flat and as indices), the field's extent per axis, the stack's receptive field
/// size, and its value — EXPR when every layer is linear, else null beside the nested expression.
/// </summary>
internal sealed class StackNeuronJsonWriter
{
    /// <summary>Writes the neuron.</summary>
    public void Write(StackNeuron neuron, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        ArgumentNullException.ThrowIfNull(output);
        var report = neuron.Report;
        var input = report.Stack.Input.Shape;
        var line = new StringBuilder();
        output.Write("{\n");
        output.Write($"  \"input_shape\": {JsonText.Integers(input.Dims)},\n");
        output.Write($"  \"output_shape\": {JsonText.Integers(report.Stack.Layers[^1].Output.Dims)},\n");
        output.Write(string.Create(CultureInfo.InvariantCulture, $"  \"row\": {neuron.Index},\n"));
        output.Write($"  \"index\": {JsonText.Integers(neuron.Position)},\n");
        output.Write($"  \"reads\": {JsonText.Integers(neuron.Reads)},\n");
        output.Write("  \"input_indices\": [" + string.Join(", ", neuron.Reads.Select(r => JsonText.Integers(input.Unflatten(r)))) + "],\n");
        output.Write("  \"extent\": " + (neuron.Extent is { } extent ? "[" + string.Join(", ", extent.Select(e => JsonText.Integers([e.First, e.Last]))) + "]" : "null") + ",\n");
        output.Write("  \"field_size\": " + (StackNeuron.FieldSize(report) is { } size ? JsonText.Integers(size) : "null") + ",\n");
        output.Write("  \"value\": ");
        if (neuron.Polynomial() is { } value)
        {
            JsonReportWriter.AppendExpression(line, value, report.DisplaySymbols, report.Units, report.Numbers);
            output.Write(line);
            output.Write(",\n  \"expression\": null\n}\n");
        }
        else
        {
            output.Write($"null,\n  \"expression\": {JsonText.String(neuron.Value())}\n}}\n");
        }
    }
}
