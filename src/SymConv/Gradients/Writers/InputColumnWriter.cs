using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export;

namespace SymConv.Gradients;

/// <summary>The column view of one input entry in text or JSON (schemas/input-column.schema.json).</summary>
internal static class InputColumnWriter
{
    /// <summary>The view as text: the neurons that read the entry, each with its weight, then its gradient.</summary>
    public static string Text(InputColumn view, UnitCoefficients? units, NumberNotation numbers)
    {
        ArgumentNullException.ThrowIfNull(view);
        var symbols = view.Gradient.Matrix.Layer.Symbols;
        string Show(Polynomial p) => PolynomialText.Format(p, symbols, units, numbers);
        string Factor(Polynomial p) => p.TermCount > 1 ? "(" + Show(p) + ")" : Show(p);
        var text = new StringBuilder();
        var column = view.Column.ToString(CultureInfo.InvariantCulture);
        text.Append(LayerTitle.Of(view.Gradient.Matrix)).Append('\n');
        text.Append($"x[{Index(view.Index)}] = x'[{column}] = {Show(view.Value)}, column {column} of M (row {column} of Mᵀ)\n\n");
        text.Append(view.Readers.Count switch
        {
            0 => "No output neuron reads it.\n",
            1 => "Read by 1 output neuron, with the weight M[s," + column + "]:\n",
            var n => string.Create(CultureInfo.InvariantCulture, $"Read by {n} output neurons, each with the weight M[s,{column}]:\n"),
        });
        foreach (var reader in view.Readers)
            text.Append(string.Create(CultureInfo.InvariantCulture, $"  y'[{reader.Row}] = y[{Index(reader.OutputIndex)}]: {Show(reader.Weight)}\n"));
        var sum = new StringBuilder();
        foreach (var reader in view.Readers)
        {
            if (sum.Length > 0) sum.Append(" + ");
            // A sum is bracketed, so the product reads as one: (a+c)·g_{0,1}.
            sum.Append(Factor(reader.Weight)).Append('·').Append(Factor(reader.Upstream));
        }
        text.Append($"\ndL/dx[{Index(view.Index)}] = Σ_s M[s,{column}] g'[s]");
        if (view.Readers.Count is > 0 and <= 32) text.Append(" = ").Append(sum);
        text.Append(" = ").Append(Show(view.Grad)).Append('\n');
        return text.ToString();
    }

    /// <summary>The view as one JSON object.</summary>
    public static string Json(InputColumn view, UnitCoefficients? units, NumberNotation numbers)
    {
        ArgumentNullException.ThrowIfNull(view);
        var g = view.Gradient.Matrix.Geometry;
        var symbols = view.Gradient.Matrix.Layer.Symbols;
        var text = new StringBuilder("{\n");
        text.Append("  \"layer\": ").Append(JsonText.String(LayerTitle.Of(view.Gradient.Matrix))).Append(",\n");
        text.Append("  \"input_shape\": ").Append(JsonText.Integers(g.InputShape.Dims)).Append(",\n");
        text.Append("  \"output_shape\": ").Append(JsonText.Integers(g.OutputShape.Dims)).Append(",\n");
        text.Append("  \"column\": ").Append(view.Column.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        text.Append("  \"index\": ").Append(JsonText.Integers(view.Index)).Append(",\n");
        text.Append("  \"value\": ");
        JsonReportWriter.AppendExpression(text, view.Value, symbols, units, numbers);
        text.Append(",\n  \"read_by\": [");
        for (var i = 0; i < view.Readers.Count; i++)
        {
            var reader = view.Readers[i];
            text.Append(i == 0 ? "\n    " : ",\n    ");
            text.Append("{\"row\": ").Append(reader.Row.ToString(CultureInfo.InvariantCulture))
                .Append(", \"output_index\": ").Append(JsonText.Integers(reader.OutputIndex)).Append(", \"weight\": ");
            JsonReportWriter.AppendExpression(text, reader.Weight, symbols, units, numbers);
            text.Append(", \"upstream\": ");
            JsonReportWriter.AppendExpression(text, reader.Upstream, symbols, units, numbers);
            text.Append('}');
        }
        text.Append(view.Readers.Count == 0 ? "],\n" : "\n  ],\n");
        text.Append("  \"gradient\": ");
        JsonReportWriter.AppendExpression(text, view.Grad, symbols, units, numbers);
        text.Append("\n}\n");
        return text.ToString();
    }

    private static string Index(int[] index) => string.Join(',', index.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
