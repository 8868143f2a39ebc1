using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Export.Neuron;

/// <summary>
/// One output neuron explained, answering the seed's question of what a neuron's inputs and
/// output are: the input positions it reads (its receptive field), the weights it reads them
/// with (its row of M without the zero columns) and its value y'_s = m_s · x' (+ b), optionally
/// through an activation. Every format writes this one model, so they cannot disagree.
/// </summary>
internal sealed class NeuronView
{
    /// <summary>The most reads for which the dot product is written out term by term.</summary>
    public const int MaxDotTerms = 32;

    private NeuronView(ConvolutionMatrix matrix, long row, Activation activation, UnitCoefficients? units, NumberNotation numbers)
    {
        Numbers = numbers;
        Matrix = matrix;
        Row = row;
        Activation = activation;
        Units = units;
        Index = matrix.Geometry.OutputShape.Unflatten(row);
        var inputShape = matrix.Geometry.InputShape;
        Reads = matrix.Row(row).Select(e => new NeuronRead(e.Column, inputShape.Unflatten(e.Column), e.Value, matrix.Layer.Input[e.Column])).ToList();
        Channel = matrix.Geometry.OutputChannelOf(row);
        Bias = matrix.Layer.Bias is { } bias ? bias[Channel] : null;
        PaddingTerm = matrix.HasPaddingTerm ? matrix.PaddingTerm(row) : null;
        Value = matrix.Output(row);
        (Grids, SlicesLeftOut) = DrawGrids(matrix.Geometry, Reads);
    }

    /// <summary>The layer.</summary>
    public ConvolutionMatrix Matrix { get; }

    /// <summary>The neuron's row of M, its index in y'.</summary>
    public long Row { get; }

    /// <summary>Its multi-index in y: output channel, then position.</summary>
    public int[] Index { get; }

    /// <summary>The activation its value is wrapped in.</summary>
    public Activation Activation { get; }

    /// <summary>Whether coefficients of 1 are written; null for each format's own default.</summary>
    public UnitCoefficients? Units { get; }

    /// <summary>Whether a terminating fraction is written as its decimal (0.1) or as a fraction (1/10).</summary>
    public NumberNotation Numbers { get; }

    /// <summary>What it reads, by increasing column.</summary>
    public IReadOnlyList<NeuronRead> Reads { get; }

    /// <summary>Its output channel (the first index of y, or the last with channels last).</summary>
    public int Channel { get; }

    /// <summary>p_row, what the padding value adds through the taps on the padding; null when the padding is zeros.</summary>
    public Polynomial? PaddingTerm { get; }

    /// <summary>The bias added to it, or null for a layer without bias.</summary>
    public Polynomial? Bias { get; }

    /// <summary>y'_row = m_row · x' (+ b), expanded and simplified.</summary>
    public Polynomial Value { get; }

    /// <summary>The receptive field drawn on the input grid: one window per channel read (and per outer position for 3-D and higher).</summary>
    public IReadOnlyList<FieldGrid> Grids { get; }

    /// <summary>True when planes without any read were left out of <see cref="Grids"/>.</summary>
    public bool SlicesLeftOut { get; }

    /// <summary>The symbol table, for naming symbols.</summary>
    public SymbolTable Symbols => Matrix.Layer.Symbols;

    /// <summary>A one-line description of the layer.</summary>
    public string LayerTitle => Export.LayerTitle.Of(Matrix);

    /// <summary>The name of the activation as written around the value: relu, sigmoid, tanh; null for none.</summary>
    public string? ActivationName => Activation == Activation.None ? null : Activation.ToString().ToLowerInvariant();

    /// <summary>The plain-text form of an entry.</summary>
    public string Text(Polynomial value) => PolynomialText.Format(value, Symbols, Units, Numbers);

    /// <summary>The neuron at an output multi-index (channel, position…) or, given one number, at that row of M.</summary>
    /// <exception cref="InputException">When the index does not name an output neuron.</exception>
    public static NeuronView At(ConvolutionMatrix matrix, IReadOnlyList<int> at, SourcePoint? where, Activation activation, UnitCoefficients? units,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        var row = NeuronIndex.Read(matrix.Geometry.OutputShape, at, where);
        return new NeuronView(matrix, row, activation, units, numbers);
    }

    private static (IReadOnlyList<FieldGrid>, bool) DrawGrids(LayerGeometry g, IReadOnlyList<NeuronRead> reads)
    {
        var rank = g.SpatialRank;
        var leadingCount = rank >= 2 ? rank - 1 : 1; // channel plus the outer spatial dimensions
        var grids = new List<FieldGrid>();
        // Grids are drawn per channel, whichever place the layout gives the channel in the index.
        var channelsLast = g.Layout == DataLayout.ChannelsLast;
        int[] ChannelFirst(NeuronRead r) => channelsLast ? [r.InputIndex[^1], .. r.InputIndex[..^1]] : r.InputIndex;
        foreach (var slice in reads.GroupBy(r => string.Join(',', ChannelFirst(r).Take(leadingCount))))
        {
            var inSlice = slice.ToList();
            var leading = ChannelFirst(inSlice[0]).Take(leadingCount).ToArray();
            int RowOf(NeuronRead r) => rank >= 2 ? ChannelFirst(r)[^2] : 0;
            int ColumnOf(NeuronRead r) => ChannelFirst(r)[^1];
            var height = rank >= 2 ? g.InputSize[^2] : 1;
            var width = g.InputSize[^1];
            var rows = (First: Math.Max(0, inSlice.Min(RowOf) - 1), Last: Math.Min(height - 1, inSlice.Max(RowOf) + 1));
            var columns = (First: Math.Max(0, inSlice.Min(ColumnOf) - 1), Last: Math.Min(width - 1, inSlice.Max(ColumnOf) + 1));
            var full = rows.First == 0 && rows.Last == height - 1 && columns.First == 0 && columns.Last == width - 1;
            var cells = new Polynomial?[rows.Last - rows.First + 1][];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = new Polynomial?[columns.Last - columns.First + 1];
            foreach (var read in inSlice)
                cells[RowOf(read) - rows.First][ColumnOf(read) - columns.First] = read.Weight;
            grids.Add(new FieldGrid(leading, rows, columns, full, cells) { ChannelLast = channelsLast });
        }
        // Slices are whole channels (or outer positions); say so when some hold no read.
        long slices = 1;
        for (var d = 0; d < leadingCount; d++)
            slices *= d == 0 ? g.InChannels : g.InputSize[d - 1];
        return (grids, grids.Count < slices);
    }
}
