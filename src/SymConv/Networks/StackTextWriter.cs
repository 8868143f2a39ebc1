using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// A stack in text: the layers with their shapes and maps, the equivalent single layer (or why
/// there is none), and the sections asked for through the layer report's text writers — M_total
/// as a layer's M is written (its rows in full, zeros and all), and x', c, y' and the activations one
/// entry a line (<c>y'[3] = …</c>), streamed as they are made.
/// </summary>
internal sealed class StackTextWriter
{
    /// <summary>Writes the report.</summary>
    public void Write(StackReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var stack = report.Stack;
        var sections = report.Sections;
        var blocks = 0;
        void Gap()
        {
            if (blocks++ > 0) output.Write('\n');
        }
        if (sections.Table)
        {
            Gap();
            WriteTable(stack, output);
        }
        if (sections.Equivalent)
        {
            Gap();
            WriteEquivalent(report, output);
        }
        if (sections.Input)
        {
            Gap();
            output.Write("x' (the stack's input, flattened):\n");
            WriteLines(report, report.InputSection, output);
        }
        if (sections.Matrix && report.MatrixSection is { } matrix)
        {
            // As a layer's M is written: its rows in full, zeros and all, under the layer's limit on dense cells.
            var total = matrix with { Label = "M_total", Note = null };
            SectionRows.Check(total.Rows, total.Map.Rows);
            DenseLimit.Check(total.ShownRowCount, total.Map.Columns);
            Gap();
            output.Write(TextSectionWriter.Heading(total) + ":\n");
            new TextSectionWriter(report.DisplaySymbols, report.Options).WriteMatrixBody(total, total.ShownRows, output);
        }
        if (sections.Offset && report.OffsetSection is { } offset)
        {
            Gap();
            output.Write("c (y' = M_total x' + c)" + RowsNote(offset) + ":\n");
            WriteLines(report, offset, output);
        }
        foreach (var layer in sections.Activations)
        {
            Gap();
            WriteActivation(report, layer, output);
        }
        if (sections.Output && report.OutputSection is { } y)
        {
            Gap();
            output.Write(Inv($"y' (y{stack.LinearCount - 1}' = M_total x' + c, of shape {stack.TotalOutput})") + RowsNote(y) + ":\n");
            WriteLines(report, y, output);
        }
    }

    private static void WriteActivation(StackReport report, int layer, TextWriter output)
    {
        var stack = report.Stack;
        if (layer >= stack.LinearCount)
        {
            var stop = stack.FirstNonlinear!;
            output.Write(Inv($"y{layer}: not written: layer {stop.Index} ({stop.Layer.Written}) is not linear; symconv neuron writes one output neuron through it\n"));
            return;
        }
        output.Write(Inv($"y{layer}' (the output of layer {layer}, {stack.Layers[layer].Layer.Written}, of shape {stack.Layers[layer].Output}):\n"));
        WriteLines(report, report.ActivationSection(layer), output);
    }

    // One entry a line under its label (y'[3] = …), streamed in blocks on every core as a layer's y' is.
    private static void WriteLines(StackReport report, AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        RowTextStream.WriteVector(vector, report.DisplaySymbols, report.Options, null, output);
    }

    // ", rows 0..3": as a layer's headings say which rows --rows kept.
    private static string RowsNote(AffineVectorSection vector) =>
        vector.AllRows ? "" : ", rows " + TextSectionWriter.RowsText(vector.RowRanges);

    private static void WriteTable(NetworkStack stack, TextWriter output)
    {
        output.Write(Inv($"Stack of {stack.Layers.Count} {(stack.Layers.Count == 1 ? "layer" : "layers")} on x {stack.Input.Shape} (numbered from 0, as nn.Sequential numbers them):\n"));
        var rows = new List<string[]> { new[] { "layer", "constructor", "input", "output", "map" } };
        foreach (var layer in stack.Layers)
        {
            var map = layer.Map is { } m
                ? Inv($"M_{layer.Index} {m.Rows}×{m.Columns}") + (m.IsAffine ? " + constant" : "") + (layer.AtPoint ? " at this input (not linear)" : "")
                : "not linear";
            rows.Add([layer.Index.ToString(CultureInfo.InvariantCulture), layer.Layer.Written, layer.Input.ToString(), layer.Output.ToString(), map]);
        }
        var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
                line.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            output.Write(line.ToString().TrimEnd() + "\n");
        }
        var k = stack.LinearCount;
        if (k == 0)
        {
            output.Write(Inv($"M_total: none: the first layer ({stack.Layers[0].Layer.Written}) is not linear\n"));
            return;
        }
        var product = string.Join(" ", Enumerable.Range(0, k).Reverse().Select(i => Inv($"M_{i}")));
        var total = stack.Total!;
        output.Write(Inv($"M_total = {product}: {total.Rows}×{total.Columns}; y' = M_total x'") + (total.IsAffine ? " + c" : "") + "\n");
        foreach (var point in stack.Layers.Where(l => l.AtPoint))
            output.Write(Inv($"layer {point.Index} ({point.Layer.Written}) is not linear; its input here is numbers, so M_{point.Index} is the map it applies at them (its Jacobian there), and M_total is the stack's Jacobian at this input\n"));
        if (stack.FirstNonlinear is { } stop)
            output.Write(Inv($"M_total stops before layer {stop.Index} ({stop.Layer.Written}), which is not linear: it is the map of layers 0 to {k - 1}\n"));
    }

    private static void WriteEquivalent(StackReport report, TextWriter output)
    {
        if (report.Equivalent is not { } form)
        {
            output.Write("No single convolution is equivalent: " + report.NoEquivalentBecause + "\n");
            return;
        }
        output.Write("Equivalent single layer: " + ConvolutionFormText.Constructor(form) + "\n");
        output.Write(Inv($"K ({form.Kernel.Shape}, the composed kernel) = ") + ConvolutionFormText.Tensor(form.Kernel, report.Text) + "\n");
        if (form.Bias is { } bias)
            output.Write("b = " + ConvolutionFormText.Tensor(bias, report.Text) + "\n");
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
