using System.Text;

namespace SymConv.Checking.Neuron;

/// <summary>
/// The neuron view in Markdown: the grid as a code block, the weights as a table, the value in
/// code spans, so it reads the same on GitHub as in a terminal.
/// </summary>
public sealed class NeuronMarkdownWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var text = new StringBuilder();
        var rank = view.Matrix.Geometry.SpatialRank;
        text.Append("## Neuron `").Append(NeuronText.OutputLabel(view)).Append("` = `").Append(NeuronText.FlatLabel(view)).Append("`\n\n");
        text.Append(view.LayerTitle).Append("\n\n");

        text.Append("### Receptive field\n\nThe input positions it reads, by their weight; `·` is not read")
            .Append(view.SlicesLeftOut ? "; channels and planes it does not read are left out" : "").Append(".\n\n");
        if (view.Grids.Count == 0) text.Append("It reads no input: its row of M is zero.\n\n");
        foreach (var grid in view.Grids)
        {
            text.Append('`').Append(grid.Label(rank)).Append("`:\n\n```\n");
            foreach (var line in NeuronText.GridLines(view, grid))
                text.Append(line).Append('\n');
            text.Append("```\n\n");
        }

        text.Append("### Weights\n\nRow ").Append(NeuronText.Number(view.Row)).Append(" of M, only the columns it reads.\n\n");
        text.Append("| column | input | weight | input value |\n|---:|---|---|---|\n");
        foreach (var read in view.Reads)
        {
            text.Append("| ").Append(NeuronText.Number(read.Column)).Append(" | `").Append(NeuronText.InputLabel(read))
                .Append("` | `").Append(view.Text(read.Weight)).Append("` | `").Append(view.Text(read.Input)).Append("` |\n");
        }
        if (view.PaddingTerm is { } padding)
            text.Append("\nPadding term (the padding value times the kernel entries on the padding): `p[").Append(NeuronText.Number(view.Row)).Append("] = ").Append(view.Text(padding)).Append("`\n");
        if (view.Bias is { } bias)
            text.Append("\nBias: `b[").Append(view.Channel).Append("] = ").Append(view.Text(bias)).Append("`\n");

        text.Append("\n### Value\n\n`").Append(NeuronText.ValueLine(view)).Append("`\n");
        if (NeuronText.ActivationLine(view) is { } activation)
            text.Append("\n`").Append(activation).Append("`\n");
        output.Write(text.ToString());
    }
}
