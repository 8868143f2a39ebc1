using System.Text;

namespace SymConv.Export.Neuron;

/// <summary>The neuron view in plain text, in the seed's notation.</summary>
internal sealed class NeuronTextWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var text = new StringBuilder();
        var rank = view.Matrix.Geometry.SpatialRank;
        text.Append("Neuron ").Append(NeuronText.OutputLabel(view)).Append(" = ").Append(NeuronText.FlatLabel(view))
            .Append(" of ").Append(view.LayerTitle).Append("\n\n");

        text.Append("Receptive field (the input positions it reads, by their weight; · is not read")
            .Append(view.SlicesLeftOut ? "; channels and planes it does not read are left out" : "").Append("):\n");
        if (view.Grids.Count == 0) text.Append("it reads no input: its row of M is zero\n");
        foreach (var grid in view.Grids)
        {
            text.Append(grid.Label(rank)).Append(":\n");
            foreach (var line in NeuronText.GridLines(view, grid))
                text.Append(line).Append('\n');
        }

        text.Append("\nWeights (row ").Append(NeuronText.Number(view.Row)).Append(" of M, only the columns it reads):\n");
        var rows = view.Reads.Select(r => (
            Weight: $"M[{NeuronText.Number(view.Row)},{NeuronText.Number(r.Column)}] = {view.Text(r.Weight)}",
            Input: $"x'[{NeuronText.Number(r.Column)}] = {NeuronText.InputLabel(r)} = {view.Text(r.Input)}")).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Weight.Length);
        foreach (var (weight, input) in rows)
            text.Append(weight.PadRight(width)).Append("  reads ").Append(input).Append('\n');
        if (view.PaddingTerm is { } padding)
            text.Append("padding p[").Append(view.Row).Append("] = ").Append(view.Text(padding)).Append("  (the padding value times the kernel entries on the padding)\n");
        if (view.Bias is { } bias)
            text.Append("bias b[").Append(view.Channel).Append("] = ").Append(view.Text(bias)).Append('\n');

        text.Append("\nValue:\n").Append(NeuronText.ValueLine(view)).Append('\n');
        if (NeuronText.ActivationLine(view) is { } activation)
            text.Append(activation).Append('\n');
        output.Write(text.ToString());
    }
}
