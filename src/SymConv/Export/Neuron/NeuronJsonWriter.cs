using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export;

namespace SymConv.Export.Neuron;

/// <summary>
/// The neuron view as one JSON object (README.md, "symconv neuron"): its indices, what it reads
/// and with which weight, its bias and value, every expression both as text and as exact terms
/// in the same form as the layer report's.
/// </summary>
internal sealed class NeuronJsonWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var g = view.Matrix.Geometry;
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"input_shape\": ").Append(JsonText.Integers(g.InputShape.Dims)).Append(",\n");
        text.Append("  \"output_shape\": ").Append(JsonText.Integers(g.OutputShape.Dims)).Append(",\n");
        text.Append("  \"row\": ").Append(view.Row.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"index\": ").Append(JsonText.Integers(view.Index)).Append(",\n");
        text.Append("  \"reads\": [");
        for (var i = 0; i < view.Reads.Count; i++)
        {
            var read = view.Reads[i];
            text.Append(i == 0 ? "\n    " : ",\n    ");
            text.Append("{\"column\": ").Append(read.Column.ToString(CultureInfo.InvariantCulture))
                .Append(", \"input_index\": ").Append(JsonText.Integers(read.InputIndex)).Append(", \"weight\": ");
            Expression(read.Weight, view, text);
            text.Append(", \"input\": ");
            Expression(read.Input, view, text);
            text.Append('}');
        }
        text.Append(view.Reads.Count == 0 ? "],\n" : "\n  ],\n");
        text.Append("  \"bias\": ");
        Expression(view.Bias, view, text);
        if (view.PaddingTerm is { } padding)
        {
            text.Append(",\n  \"padding_term\": ");
            Expression(padding, view, text);
        }
        text.Append(",\n  \"value\": ");
        Expression(view.Value, view, text);
        text.Append(",\n  \"activation\": ").Append(view.ActivationName is { } name ? JsonText.String(name) : "null");
        text.Append(",\n  \"activated\": ")
            .Append(view.ActivationName is { } n ? JsonText.String($"{n}({view.Text(view.Value)})") : "null");
        text.Append("\n}\n");
        output.Write(text.ToString());
    }

    private static void Expression(Polynomial? value, NeuronView view, StringBuilder text) =>
        JsonText.AppendExpression(text, value, view.Symbols, view.Units, view.Numbers);
}
