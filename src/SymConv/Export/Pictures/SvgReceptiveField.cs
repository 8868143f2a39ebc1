using System.Text;
using SymConv.Export.Neuron;

namespace SymConv.Export.Pictures;

/// <summary>
/// The SVG of a neuron's receptive field: the input planes with the kernel window on them (taps in
/// their weight's colour, labelled; padding dashed; each cell's value in its corner), an arrow, the
/// output plane with the neuron marked (and, for a transposed layer, the positions each input feeds
/// outlined in its weight's colour), and the neuron's value underneath.
/// </summary>
internal static class SvgReceptiveField
{
    public static string Document(NeuronView view)
    {
        var field = ReceptiveField.Of(view);
        var colours = MatrixPictures.ColoursOf(view.Matrix, view.Text);
        var largest = field.Inputs.Select(p => Math.Max(p.Rows.Last - p.Rows.First, p.Columns.Last - p.Columns.First) + 1).Append(1).Max();
        var cell = largest <= 8 ? 40.0 : largest <= 12 ? 32 : 26;
        // Long weight names (w_{0,1,2,2}) widen the cells enough to be read at 8 px.
        var longest = field.Inputs.SelectMany(p => p.Cells).Concat(field.Output.Fed.SelectMany(f => f.Cells.Select(c => new FieldCell(0, 0, false, c.Weight, null))))
            .Select(c => c.Weight is { } w ? view.Text(w).Length : 0).Append(0).Max();
        cell = Math.Max(cell, Math.Min(72, longest * 0.62 * 8 + 6));
        var svg = new StringBuilder();
        var heading = $"{NeuronText.OutputLabel(view)} = {NeuronText.FlatLabel(view)}: " +
            (field.Scatter ? "the inputs it reads, and on the output where each of them is scattered" : "its receptive field, the kernel window on the padded input");
        svg.Append(Svg.Text(0, 12, heading, 12, extra: " fill=\"#333\""));
        var x = 0.0;
        var top = 46.0;
        var tallest = 0.0;
        foreach (var plane in field.Inputs)
        {
            var (body, w, h) = Plane(plane, cell, colours, x, top, input: true);
            svg.Append(body);
            x += w + 28;
            tallest = Math.Max(tallest, h);
        }
        if (field.ChannelsLeftOut > 0)
        {
            svg.Append(Svg.Text(x, top + 30, $"+ {field.ChannelsLeftOut} more input channels", 11, extra: " fill=\"#666\""));
            x += 170;
        }
        // The arrow from the field to the neuron.
        var arrowY = top + 18 + Math.Min(tallest, 4 * cell) / 2;
        svg.Append($"<path d=\"M{Svg.N(x)} {Svg.N(arrowY)}h34\" stroke=\"#555\" stroke-width=\"2\" fill=\"none\"/><path d=\"M{Svg.N(x + 34)} {Svg.N(arrowY - 6)}l10 6l-10 6z\" fill=\"#555\"/>\n");
        x += 62;
        // The scatter view: what each input read adds to the output, then the output with the neuron.
        foreach (var (inputLabel, cells) in field.Output.Fed)
        {
            var weights = cells.ToDictionary(c => (c.Row, c.Column), c => c.Weight);
            var scattered = field.Output with
            {
                Label = inputLabel + " feeds",
                Cells = [.. field.Output.Cells.Select(c => c with { Weight = weights.GetValueOrDefault((c.Row, c.Column)) })],
                Fed = [],
            };
            var (part, partWidth, partHeight) = Plane(scattered, cell, colours, x, top, input: false);
            svg.Append(part);
            x += partWidth + 22;
            tallest = Math.Max(tallest, partHeight);
        }
        if (field.Output.Fed.Count > 0)
        {
            svg.Append($"<path d=\"M{Svg.N(x - 8)} {Svg.N(arrowY)}h24\" stroke=\"#555\" stroke-width=\"2\" fill=\"none\"/><path d=\"M{Svg.N(x + 16)} {Svg.N(arrowY - 6)}l10 6l-10 6z\" fill=\"#555\"/>\n");
            x += 40;
        }
        var (output, outputWidth, outputHeight) = Plane(field.Output, cell, colours, x, top, input: false);
        svg.Append(output);
        x += outputWidth;
        tallest = Math.Max(tallest, outputHeight);

        // The value, wrapped between terms.
        var y = top + tallest + 26;
        var lines = Wrap(NeuronText.ValueLine(view), 110).ToList();
        if (NeuronText.ActivationLine(view) is { } activation) lines.AddRange(Wrap(activation, 110));
        foreach (var line in lines)
        {
            svg.Append(Svg.Text(0, y, line, 13, extra: " class=\"value\" font-family=\"'DejaVu Sans Mono', monospace\" fill=\"#111\""));
            y += 18;
        }
        svg.Append(Legend(view, field, 0, y + 4));
        var width = Math.Max(x, lines.Max(l => l.Length) * 7.9) + 8;
        var fragment = new SvgFragment(svg.ToString(), width, y + 64);
        return SvgFragment.Document(view.LayerTitle, [fragment], SvgMatrixCells.Styles(colours));
    }

    private static string Legend(NeuronView view, ReceptiveField field, double x, double y)
    {
        var notes = new List<string>();
        if (!field.Scatter)
        {
            notes.Add("coloured cells: the kernel's taps, by weight; dashed outline: the window");
            if (view.Matrix.Geometry.PadBefore.Any(p => p > 0) || view.Matrix.Geometry.PadAfter.Any(p => p > 0)) notes.Add("grey dashed cells: padding (" + view.Matrix.Geometry.PaddingMode.ToString().ToLowerInvariant() + ")");
            if (view.Matrix.Geometry.Dilation.Any(d => d > 1)) notes.Add("white cells inside the window: the gaps of the dilation, not read");
        }
        else notes.Add("each input scatters its value times the kernel onto the output (its row of C); the neuron, outlined, sums what lands on it");
        notes.Add("small numbers: the value each input cell holds");
        return string.Concat(notes.Select((n, i) => Svg.Text(x, y + i * 14, n, 10, extra: " fill=\"#666\"")));
    }

    internal static (string Body, double Width, double Height) Plane(FieldPlane plane, double cell, WeightColours colours, double left, double top, bool input, bool numbers = true)
    {
        var svg = new StringBuilder();
        var columns = plane.Columns.Last - plane.Columns.First + 1;
        var rows = plane.Rows.Last - plane.Rows.First + 1;
        const double labelRoom = 20, numberRoom = 16;
        if (numbers) svg.Append(Svg.Text(left + numberRoom, top + 4, plane.Label, 12, extra: " font-weight=\"bold\" fill=\"#333\""));
        var gridLeft = left + numberRoom;
        var gridTop = top + labelRoom;
        double X(int column) => gridLeft + (column - plane.Columns.First) * cell;
        double Y(int row) => gridTop + (row - plane.Rows.First) * cell;
        svg.Append($"<g class=\"{(input ? "input" : "output")}\" data-label=\"{Svg.Escape(plane.Label)}\">\n");
        foreach (var c in plane.Cells)
        {
            var kind = c.Weight is not null ? "tap" : c.Padding ? "pad" : input ? "in" : "out";
            var marked = plane.Marked is { } m && m.Row == c.Row && m.Column == c.Column && plane.Cells.All(o => o.Weight is null);
            var fill = c.Weight is { } w ? null : c.Padding ? "#f3f3f3" : marked ? "#2e7d32" : input ? "#dce8f5" : "#e3f0e3";
            var style = c.Weight is { } weight ? $" class=\"e{colours.Of(weight)}\"" : $" fill=\"{fill}\"";
            var dash = c.Padding ? " stroke-dasharray=\"4 3\"" : "";
            var data = c.Weight is { } wt ? $" data-weight=\"{Svg.Escape(colours.Legend[colours.Of(wt)].Text)}\"" : "";
            svg.Append($"<rect data-kind=\"{(marked ? "neuron" : kind)}\"{data} data-row=\"{c.Row}\" data-column=\"{c.Column}\" x=\"{Svg.N(X(c.Column))}\" y=\"{Svg.N(Y(c.Row))}\" width=\"{Svg.N(cell)}\" height=\"{Svg.N(cell)}\"{style} stroke=\"{(c.Padding ? "#9a9a9a" : "#7f93a8")}\" stroke-width=\"1\"{dash}/>\n");
            if (c.Value is { } value && value.Length * 5.5 < cell - 3)
                svg.Append(Svg.Text(X(c.Column) + 3, Y(c.Row) + 10, value, 8.5, extra: $" fill=\"{(c.Weight is null ? "#556" : "#fff")}\""));
            if (c.Weight is { } tap)
            {
                var text = colours.Legend[colours.Of(tap)].Text;
                var size = Math.Min(15, (cell - 4) / Math.Max(1, text.Length * 0.62));
                if (size >= 7)
                    svg.Append(Svg.Text(X(c.Column) + cell / 2, Y(c.Row) + cell / 2 + size * 0.45, text, size, "middle",
                        " class=\"weight\" font-weight=\"bold\" fill=\"#fff\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"2\" paint-order=\"stroke\""));
            }
            if (marked)
                svg.Append(Svg.Text(X(c.Column) + cell / 2, Y(c.Row) + cell / 2 + 5, "y'", 14, "middle", " font-weight=\"bold\" fill=\"#fff\""));
        }
        svg.Append("</g>\n");
        if (plane.Window is { } win)
            svg.Append($"<rect class=\"window\" x=\"{Svg.N(X(win.Column0) - 2)}\" y=\"{Svg.N(Y(win.Row0) - 2)}\" width=\"{Svg.N((win.Column1 - win.Column0 + 1) * cell + 4)}\" " +
                $"height=\"{Svg.N((win.Row1 - win.Row0 + 1) * cell + 4)}\" fill=\"none\" stroke=\"#222\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>\n");
        if (!input && plane.Marked is { } neuron)
            svg.Append($"<rect class=\"neuron\" x=\"{Svg.N(X(neuron.Column) - 1.5)}\" y=\"{Svg.N(Y(neuron.Row) - 1.5)}\" width=\"{Svg.N(cell + 3)}\" height=\"{Svg.N(cell + 3)}\" fill=\"none\" stroke=\"#1b5e20\" stroke-width=\"3\"/>\n");
        // Row and column numbers, in input coordinates (negative on the padding).
        if (numbers)
        {
            for (var r = plane.Rows.First; r <= plane.Rows.Last; r++)
                svg.Append(Svg.Text(gridLeft - 4, Y(r) + cell / 2 + 3, Svg.N(r), 9, "end", " fill=\"#888\""));
            for (var c = plane.Columns.First; c <= plane.Columns.Last; c++)
                svg.Append(Svg.Text(X(c) + cell / 2, gridTop - 3, Svg.N(c), 9, "middle", " fill=\"#888\""));
        }
        return (svg.ToString(), numberRoom + columns * cell, labelRoom + rows * cell);
    }

    /// <summary>A long line broken after a term's sign or at a space, each piece at most <paramref name="width"/> characters.</summary>
    internal static IEnumerable<string> Wrap(string line, int width)
    {
        while (line.Length > width)
        {
            var cut = line.LastIndexOfAny([' ', '+', '-'], width);
            if (cut <= width / 2) cut = width;
            yield return line[..cut];
            line = "    " + line[cut..].TrimStart();
        }
        yield return line;
    }
}
