using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Neuron;

namespace SymConv.Export.Pictures;

/// <summary>
/// The sliding window as an animated SVG (SMIL, which Chromium and Firefox play without script):
/// frame f shows neuron f of the first output channel — the kernel window on the input with its
/// taps by weight, its row of M lit on the matrix, and its y′ entry appearing on the output with
/// its value written out. All three are driven by one clock (the same duration, the same key times
/// for a frame), so the window, the row of M and the output are always in step.
/// </summary>
internal static class SlidingWindowAnimation
{
    /// <summary>The most frames: neurons of the first output channel shown.</summary>
    public const int MaxFrames = 64;

    /// <summary>The most input positions a side the animation draws (it never crops, so the window is seen to slide).</summary>
    public const int MaxSide = 14;

    /// <summary>Seconds per frame.</summary>
    public const double FrameSeconds = 1.2;

    public static string Document(Report report)
    {
        var matrix = report.Matrix;
        var g = matrix.Geometry;
        if (g.InputSize.Any(n => n > MaxSide) || !MatrixCells.Fits(matrix.Rows, matrix.Columns))
            throw new Model.InputException($"the sliding-window animation draws inputs of at most {MaxSide} positions a side and an M of at most {MatrixCells.MaxSide} rows and columns; this layer's input is {g.InputShape} and M is {matrix.Rows}×{matrix.Columns}");
        var frames = (int)Math.Min(MaxFrames, g.OutputPlane);
        var rows = Enumerable.Range(0, frames).Select(f => FirstChannelRow(report, f)).ToList();
        var views = rows.Select(r => NeuronView.At(matrix, [checked((int)r)], null, Activation.None, report.Options.UnitCoefficients, report.Options.Numbers)).ToList();
        var fields = views.Select(ReceptiveField.Of).ToList();
        var colours = MatrixPictures.ColoursOf(report);
        var cell = 34.0;
        var total = frames * FrameSeconds;
        string Clock(int f, bool stays) =>
            $"<animate attributeName=\"visibility\" calcMode=\"discrete\" dur=\"{Svg.N(total)}s\" repeatCount=\"indefinite\" " +
            $"values=\"hidden;visible{(stays ? "" : ";hidden")}\" keyTimes=\"0;{Key(f, frames)}{(stays ? "" : ";" + Key(f + 1, frames))}\" data-frame=\"{f}\"/>";

        var svg = new StringBuilder();
        svg.Append(Svg.Text(0, 12, $"the window slides over the input; row r of M lights up and y′[r] appears (first output channel, {frames} frames of {Svg.N(FrameSeconds)} s)", 12, extra: " fill=\"#333\""));
        var top = 40.0;
        var x = 0.0;
        var tallest = 0.0;
        // The input planes as frame 0 has them, without taps; each frame lays its taps and window over them.
        var basePlanes = fields[0].Inputs.Select(p => p with { Cells = [.. p.Cells.Select(c => c with { Weight = null })], Window = null }).ToList();
        var planeLeft = new List<double>();
        foreach (var plane in basePlanes)
        {
            var (body, w, h) = SvgReceptiveField.Plane(plane, cell, colours, x, top, input: true);
            svg.Append(body);
            planeLeft.Add(x);
            x += w + 24;
            tallest = Math.Max(tallest, h);
        }
        for (var f = 0; f < frames; f++)
        {
            svg.Append($"<g class=\"window-frame\" data-frame=\"{f}\" data-row=\"{rows[f]}\" visibility=\"hidden\">{Clock(f, stays: false)}\n");
            for (var p = 0; p < fields[f].Inputs.Count && p < planeLeft.Count; p++)
            {
                var plane = fields[f].Inputs[p];
                var taps = plane with { Cells = [.. plane.Cells.Where(c => c.Weight is not null)], Rows = basePlanes[p].Rows, Columns = basePlanes[p].Columns };
                svg.Append(SvgReceptiveField.Plane(taps, cell, colours, planeLeft[p], top, input: true, numbers: false).Body);
            }
            svg.Append("</g>\n");
        }

        // The output plane; each neuron's cell turns dark when its frame comes, and stays.
        var outputLeft = x + 20;
        var output = fields[0].Output with { Marked = null };
        var (outputBody, outputWidth, outputHeight) = SvgReceptiveField.Plane(output, cell, colours, outputLeft, top, input: false);
        svg.Append(outputBody);
        for (var f = 0; f < frames; f++)
        {
            var (r, c) = fields[f].Output.Marked!.Value;
            var cx = outputLeft + 16 + (c - output.Columns.First) * cell;
            var cy = top + 20 + (r - output.Rows.First) * cell;
            svg.Append($"<g class=\"output-frame\" data-frame=\"{f}\" data-row=\"{rows[f]}\" visibility=\"hidden\">{Clock(f, stays: true)}" +
                $"<rect x=\"{Svg.N(cx)}\" y=\"{Svg.N(cy)}\" width=\"{Svg.N(cell)}\" height=\"{Svg.N(cell)}\" fill=\"#2e7d32\" stroke=\"#1b5e20\"/>" +
                Svg.Text(cx + cell / 2, cy + cell / 2 + 4, "y′" + Svg.N(rows[f]), 10, "middle", " fill=\"#fff\" font-weight=\"bold\"") + "</g>\n");
        }
        tallest = Math.Max(tallest, outputHeight);

        // M, with the frame's row lit.
        var mTop = top + tallest + 30;
        var cells = MatrixCells.Of(MatrixAxes.Of(matrix), [.. Enumerable.Range(0, (int)matrix.Rows).Select(i => (long)i)], colours);
        var m = SvgMatrixCells.Draw(cells, MatrixPictures.Caption(cells), width: 520);
        svg.Append($"<g transform=\"translate(0,{Svg.N(mTop)})\">\n").Append(m.Body);
        var (left, mCellTop, size) = m.CellOrigin!.Value;
        svg.Append($"<g transform=\"translate({Svg.N(left)},{Svg.N(mCellTop)}) scale({Svg.N(size)})\">\n");
        for (var f = 0; f < frames; f++)
            svg.Append($"<rect class=\"row-frame\" data-frame=\"{f}\" x=\"0\" y=\"{rows[f]}\" width=\"{matrix.Columns}\" height=\"1\" fill=\"#ffeb3b\" fill-opacity=\"0.45\" stroke=\"#e65100\" stroke-width=\"{Svg.N(2 / size)}\" visibility=\"hidden\">{Clock(f, stays: false)}</rect>\n");
        svg.Append("</g>\n</g>\n");

        // The value of the frame's neuron under everything.
        var valueTop = mTop + m.Height + 20;
        for (var f = 0; f < frames; f++)
        {
            var lines = SvgReceptiveField.Wrap(NeuronText.FlatLabel(views[f]) + " = " + views[f].Text(views[f].Value), 100).ToList();
            svg.Append($"<g class=\"value-frame\" data-frame=\"{f}\" visibility=\"hidden\">{Clock(f, stays: false)}");
            for (var i = 0; i < Math.Min(3, lines.Count); i++)
                svg.Append(Svg.Text(0, valueTop + i * 18, lines[i] + (i == 2 && lines.Count > 3 ? " …" : ""), 13, extra: " font-family=\"'DejaVu Sans Mono', monospace\""));
            svg.Append("</g>\n");
        }
        var width = Math.Max(outputLeft + outputWidth, m.Width) + 10;
        var fragment = new SvgFragment(svg.ToString(), Math.Max(width, 900), valueTop + 56);
        return SvgFragment.Document(report.Title, [fragment], SvgMatrixCells.Styles(colours), SvgMatrixCells.Patterns(colours));
    }

    // Frame f's key time on the shared clock, exact to the digits written.
    private static string Key(int f, int frames) => (f / (double)frames).ToString("0.######", CultureInfo.InvariantCulture);

    // The f-th neuron of output channel 0, in the output's own order.
    private static long FirstChannelRow(Report report, int f)
    {
        var g = report.Geometry;
        return g.Layout == Model.DataLayout.ChannelsLast ? (long)f * g.OutChannels : f;
    }
}
