using SymConv.Algebra;
using SymConv.Export.Neuron;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Export.Pictures;

/// <summary>One cell of a drawn plane: its position, whether it is padding, the weight of a tap on it and the value it holds.</summary>
internal sealed record FieldCell(int Row, int Column, bool Padding, Polynomial? Weight, string? Value);

/// <summary>A plane of a grid as drawn: a label, the rows and columns shown (input coordinates; padding is negative or past the end) and its cells.</summary>
internal sealed record FieldPlane(string Label, (int First, int Last) Rows, (int First, int Last) Columns, IReadOnlyList<FieldCell> Cells)
{
    /// <summary>The kernel window's extent on this plane (first and last row and column its taps touch), or null.</summary>
    public (int Row0, int Column0, int Row1, int Column1)? Window { get; init; }

    /// <summary>For the output plane of a transposed layer: each input the neuron reads, and the outputs it feeds with their weights (its row of C) — the scatter view.</summary>
    public IReadOnlyList<(string Input, IReadOnlyList<(int Row, int Column, Polynomial Weight)> Cells)> Fed { get; init; } = [];

    /// <summary>For the output plane: the neuron's cell.</summary>
    public (int Row, int Column)? Marked { get; init; }
}

/// <summary>
/// The receptive-field diagram of one output neuron, in the style of Dumoulin and Visin's
/// convolution arithmetic: for a forward layer the padded input with the kernel window placed on
/// it — each tap labelled by its weight, padding cells dashed, the gaps of a dilation visible —
/// beside the output with the neuron marked; for a transposed layer the scatter view: the inputs
/// the neuron reads, and on the output the positions each of them feeds, which overlap at the
/// neuron. Big planes are cropped around the field.
/// </summary>
internal sealed class ReceptiveField
{
    /// <summary>The most input channels drawn; the rest are counted.</summary>
    public const int MaxChannels = 4;

    private const int CropAbove = 14;

    private ReceptiveField(NeuronView view, IReadOnlyList<FieldPlane> inputs, FieldPlane output, int channelsLeftOut)
    {
        View = view;
        Inputs = inputs;
        Output = output;
        ChannelsLeftOut = channelsLeftOut;
    }

    /// <summary>The neuron.</summary>
    public NeuronView View { get; }

    /// <summary>The input planes, one per channel read (and per outer position of the window for three or more spatial dimensions).</summary>
    public IReadOnlyList<FieldPlane> Inputs { get; }

    /// <summary>The output plane holding the neuron.</summary>
    public FieldPlane Output { get; }

    /// <summary>Input channels read but not drawn.</summary>
    public int ChannelsLeftOut { get; }

    /// <summary>True for the scatter view of a transposed layer.</summary>
    public bool Scatter => View.Matrix.Geometry.Transposed;

    /// <summary>The diagram of a neuron.</summary>
    public static ReceptiveField Of(NeuronView view)
    {
        var g = view.Matrix.Geometry;
        var position = Position(g, view.Index);
        var (inputs, leftOut) = g.Transposed ? ScatterInputs(view) : WindowInputs(view, position);
        return new ReceptiveField(view, inputs, OutputPlane(view, position), leftOut);
    }

    // The neuron's spatial position, whichever end of its index the channel is at.
    private static int[] Position(LayerGeometry g, int[] index) => g.Layout == DataLayout.ChannelsLast ? index[..^1] : index[1..];

    private static (IReadOnlyList<FieldPlane>, int) WindowInputs(NeuronView view, int[] position)
    {
        var g = view.Matrix.Geometry;
        var layer = view.Matrix.Layer;
        var rank = g.SpatialRank;
        var group = view.Channel / g.OutChannelsPerGroup;
        var (oStride, iStride, sStride) = g.KernelStrides;
        var plane = new Shape([.. g.KernelSize]);
        var planes = new List<FieldPlane>();
        var shown = Math.Min(g.InChannelsPerGroup, MaxChannels);
        for (var local = 0; local < shown; local++)
        {
            var channel = group * g.InChannelsPerGroup + local;
            // Every tap of the window: where it lands (input coordinates, padding outside) and its weight.
            var taps = new List<(int[] At, Polynomial Weight)>();
            for (long k = 0; k < plane.Size; k++)
            {
                var offset = plane.Unflatten(k);
                var at = new int[rank];
                long spatial = 0;
                for (var d = 0; d < rank; d++)
                {
                    at[d] = position[d] * g.Stride[d] + offset[d] * g.Dilation[d] - g.PadBefore[d];
                    spatial = spatial * g.KernelSize[d] + (g.Flip ? g.KernelSize[d] - 1 - offset[d] : offset[d]);
                }
                taps.Add((at, layer.Kernel[view.Channel * oStride + local * iStride + spatial * sStride]));
            }
            // Three or more spatial dimensions: one plane per outer position the window covers.
            foreach (var slice in taps.GroupBy(t => string.Join(',', t.At.Take(Math.Max(0, rank - 2)))))
            {
                var inSlice = slice.ToList();
                var leading = inSlice[0].At.Take(Math.Max(0, rank - 2)).ToArray();
                planes.Add(WindowPlane(view, channel, leading, inSlice));
            }
        }
        return (planes, g.InChannelsPerGroup - shown);
    }

    private static FieldPlane WindowPlane(NeuronView view, int channel, int[] leading, List<(int[] At, Polynomial Weight)> taps)
    {
        var g = view.Matrix.Geometry;
        var rank = g.SpatialRank;
        int R(int[] at) => rank >= 2 ? at[^2] : 0;
        int C(int[] at) => at[^1];
        var rowDim = rank - 2;
        var (height, padTop, padBottom) = rank >= 2 ? (g.InputSize[rowDim], g.PadBefore[rowDim], g.PadAfter[rowDim]) : (1, 0, 0);
        var (width, padLeft, padRight) = (g.InputSize[^1], g.PadBefore[^1], g.PadAfter[^1]);
        var window = (taps.Min(t => R(t.At)), taps.Min(t => C(t.At)), taps.Max(t => R(t.At)), taps.Max(t => C(t.At)));
        var rows = Crop((-padTop, height + padBottom - 1), window.Item1, window.Item3);
        var columns = Crop((-padLeft, width + padRight - 1), window.Item2, window.Item4);
        var leadingPadding = leading.Select((p, d) => p < 0 || p >= g.InputSize[d]).Any(x => x);
        var weights = taps.ToDictionary(t => (R(t.At), C(t.At)), t => t.Weight);
        var cells = new List<FieldCell>();
        for (var r = rows.First; r <= rows.Last; r++)
            for (var c = columns.First; c <= columns.Last; c++)
            {
                var padding = leadingPadding || r < 0 || r >= height || c < 0 || c >= width;
                cells.Add(new FieldCell(r, c, padding, weights.GetValueOrDefault((r, c)), InputValue(view, channel, leading, r, c, padding)));
            }
        var label = "x[" + string.Join(",", new[] { channel.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Concat(leading.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Concat(rank >= 2 ? [Range(rows, height)] : []).Append(Range(columns, width))) + "]";
        return new FieldPlane(label, rows, columns, cells) { Window = window };
    }

    // What a cell holds: the input entry, or what the padding reads there (zeros, the padding value, or a reflected entry).
    private static string? InputValue(NeuronView view, int channel, int[] leading, int r, int c, bool padding)
    {
        var g = view.Matrix.Geometry;
        var layer = view.Matrix.Layer;
        var rank = g.SpatialRank;
        var at = new int[rank];
        for (var d = 0; d < leading.Length; d++) at[d] = leading[d];
        if (rank >= 2) at[^2] = r;
        at[^1] = c;
        if (padding)
        {
            if (g.PaddingMode == PaddingMode.Zeros) return view.Text(layer.PaddingValue);
            for (var d = 0; d < rank; d++)
            {
                at[d] = PaddedIndex.Source(at[d], g.InputSize[d], g.PaddingMode);
                if (at[d] < 0) return view.Text(layer.PaddingValue);
            }
        }
        int[] index = g.Layout == DataLayout.ChannelsLast ? [.. at, channel] : [channel, .. at];
        return view.Text(layer.Input[g.InputShape.Flatten(index)]);
    }

    private static (IReadOnlyList<FieldPlane>, int) ScatterInputs(NeuronView view)
    {
        var g = view.Matrix.Geometry;
        var planes = new List<FieldPlane>();
        var channels = view.Grids.Select(grid => grid.Leading[0]).Distinct().ToList();
        foreach (var grid in view.Grids.Where(grid => channels.IndexOf(grid.Leading[0]) < MaxChannels))
        {
            var cells = new List<FieldCell>();
            for (var r = grid.RowRange.First; r <= grid.RowRange.Last; r++)
                for (var c = grid.ColumnRange.First; c <= grid.ColumnRange.Last; c++)
                {
                    var leading = grid.Leading[1..];
                    cells.Add(new FieldCell(r, c, false, grid.Cells[r - grid.RowRange.First][c - grid.ColumnRange.First], InputValue(view, grid.Leading[0], leading, r, c, false)));
                }
            planes.Add(new FieldPlane(grid.Label(g.SpatialRank), grid.RowRange, grid.ColumnRange, cells));
        }
        return (planes, Math.Max(0, channels.Count - MaxChannels));
    }

    private static FieldPlane OutputPlane(NeuronView view, int[] position)
    {
        var g = view.Matrix.Geometry;
        var rank = g.SpatialRank;
        var height = rank >= 2 ? g.OutputSize[^2] : 1;
        var width = g.OutputSize[^1];
        var row = rank >= 2 ? position[^2] : 0;
        var column = position[^1];
        var leading = position[..Math.Max(0, rank - 2)];
        var fed = new List<(string, IReadOnlyList<(int, int, Polynomial)>)>();
        var fedCells = new List<(int, int)>();
        if (g.Transposed)
        {
            // Which outputs each read input feeds: its row of C, the column of M it is.
            var twin = ForwardTwin.Of(view.Matrix);
            foreach (var read in view.Reads.Take(ReceptiveField.MaxChannels))
            {
                var cells = new List<(int, int, Polynomial)>();
                foreach (var entry in twin.Row(read.Column))
                {
                    var index = g.OutputShape.Unflatten(entry.Column);
                    if (g.OutputChannelOf(entry.Column) != view.Channel) continue;
                    var at = Position(g, index);
                    if (!at[..leading.Length].SequenceEqual(leading)) continue;
                    cells.Add((rank >= 2 ? at[^2] : 0, at[^1], entry.Value));
                }
                fed.Add(("x[" + string.Join(",", read.InputIndex) + "]", cells));
                fedCells.AddRange(cells.Select(c => (c.Item1, c.Item2)));
            }
        }
        (int First, int Last) rows = height > CropAbove ? Crop((0, height - 1), fedCells.Select(c => c.Item1).Append(row).Min(), fedCells.Select(c => c.Item1).Append(row).Max()) : (0, height - 1);
        (int First, int Last) columns = width > CropAbove ? Crop((0, width - 1), fedCells.Select(c => c.Item2).Append(column).Min(), fedCells.Select(c => c.Item2).Append(column).Max()) : (0, width - 1);
        var outputCells = new List<FieldCell>();
        for (var r = rows.First; r <= rows.Last; r++)
            for (var c = columns.First; c <= columns.Last; c++)
                outputCells.Add(new FieldCell(r, c, false, null, null));
        var channel = view.Channel.ToString(System.Globalization.CultureInfo.InvariantCulture);
        IEnumerable<string> parts = [channel, .. leading.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. rank >= 2 ? [Range(rows, height)] : Array.Empty<string>(), Range(columns, width)];
        if (g.Layout == DataLayout.ChannelsLast) parts = [.. parts.Skip(1), channel];
        return new FieldPlane("y[" + string.Join(",", parts) + "]", rows, columns, outputCells)
        {
            Marked = (row, column),
            Fed = [.. fed.Select(f => (f.Item1, (IReadOnlyList<(int, int, Polynomial)>)[.. f.Item2.Where(c => c.Item1 >= rows.First && c.Item1 <= rows.Last && c.Item2 >= columns.First && c.Item2 <= columns.Last)]))],
        };
    }

    // A side of a plane, cropped to the field and a margin when it is longer than a slide shows.
    private static (int First, int Last) Crop((int First, int Last) whole, int first, int last) =>
        whole.Last - whole.First + 1 <= CropAbove ? whole : (Math.Max(whole.First, first - 2), Math.Min(whole.Last, last + 2));

    private static string Range((int First, int Last) shown, int size) =>
        shown.First <= 0 && shown.Last >= size - 1 ? ":" : $"{Math.Max(0, shown.First)}..{Math.Min(size - 1, shown.Last)}";
}
