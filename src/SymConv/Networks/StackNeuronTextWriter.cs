using System.Globalization;
using System.Text;

namespace SymConv.Networks;

/// <summary>
/// A stack's output neuron in text: its receptive field drawn on the input grid (■ read, · not),
/// one grid per channel it reads (per outer position for three or more spatial dimensions), the
/// field's extent and the stack's receptive field size, then its value.
/// </summary>
internal sealed class StackNeuronTextWriter
{
    /// <summary>Writes the neuron.</summary>
    public void Write(StackNeuron neuron, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(neuron);
        ArgumentNullException.ThrowIfNull(output);
        var report = neuron.Report;
        var stack = report.Stack;
        var input = stack.Input.Shape;
        var last = stack.Layers[^1];
        output.Write(Inv($"{neuron.Name}: output neuron {neuron.Index} of the stack, layer {last.Index} ({last.Layer.Written}), on x {input}\n\n"));
        output.Write(Inv($"Receptive field (the {neuron.Reads.Count} input {(neuron.Reads.Count == 1 ? "entry" : "entries")} it depends on, through every layer; ■ read, · not read):\n"));
        if (neuron.Extent is not { } extent)
        {
            output.Write("(none: the neuron is a constant)\n");
        }
        else if (input.Rank >= 2)
        {
            var read = new HashSet<long>(neuron.Reads);
            var index = new int[input.Rank];
            // The last two axes form each grid (the last alone in 1-D); the axes before them, channel first, choose the grid.
            var gridAxes = input.Rank >= 3 ? 2 : 1;
            var outer = input.Rank - gridAxes;
            var outerShape = new Model.Shape([.. input.Dims.Take(outer)]);
            for (long o = 0; o < outerShape.Size; o++)
            {
                var prefix = outerShape.Unflatten(o);
                if (Enumerable.Range(0, outer).Any(d => prefix[d] < extent[d].First || prefix[d] > extent[d].Last)) continue;
                var rows = gridAxes == 2 ? input[input.Rank - 2] : 1;
                var lines = new List<string>();
                var any = false;
                for (var r = 0; r < rows; r++)
                {
                    var line = new StringBuilder("[");
                    for (var c = 0; c < input[input.Rank - 1]; c++)
                    {
                        prefix.CopyTo(index, 0);
                        if (gridAxes == 2) index[^2] = r;
                        index[^1] = c;
                        var hit = read.Contains(input.Flatten(index));
                        any |= hit;
                        line.Append(c == 0 ? "" : " ").Append(hit ? '■' : '·');
                    }
                    lines.Add(line.Append(']').ToString());
                }
                if (!any) continue;
                output.Write("x[" + string.Join(",", prefix.Select(p => p.ToString(CultureInfo.InvariantCulture))) + (gridAxes == 2 ? ",:,:" : ",:") + "]:\n");
                foreach (var line in lines) output.Write(line + "\n");
            }
            output.Write("Field: " + string.Join(", ", extent.Skip(1).Select((e, d) => Inv($"{e.Last - e.First + 1} wide in spatial dimension {d} ({e.First}..{e.Last})"))) + "\n");
        }
        if (StackNeuron.FieldSize(report) is { } size)
            output.Write(Inv($"Receptive field of the stack (the neuron in the middle of the output): {string.Join("×", size)}\n"));

        output.Write("\nValue:\n");
        if (neuron.Polynomial() is { } value)
            output.Write(Inv($"y'[{neuron.Index}] = {report.Text(value)}\n"));
        else
            output.Write(Inv($"y'[{neuron.Index}] = {neuron.Value()}\n"));
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
