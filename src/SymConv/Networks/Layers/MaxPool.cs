using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's MaxPool1d/2d/3d. Not linear: each output is the maximum of its window's taps (padding
/// is −∞ and never wins). At a given numeric input it is the selection matrix it applies there —
/// one 1 a row, at the window's largest entry, the first in row-major order on a tie, as
/// aten/src/ATen/native/cpu/MaxPoolKernel.cpp keeps the first — which is also PyTorch's Jacobian there.
/// </summary>
internal sealed class MaxPool : PoolingLayer, ILinearAtPoint
{
    /// <summary>A max pooling over <paramref name="windows"/>.</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="windows">Kernel, stride, padding, dilation and ceil_mode.</param>
    public MaxPool(string written, SourcePoint? at, PoolWindows windows) : base(written, at, windows)
    {
    }

    /// <summary>The function an output is of its window: max.</summary>
    public string Function => "max";

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var output = base.Output(input);
        // Only a dilation can leave a window no tap on the input: padding ≤ kernel/2 keeps an undilated one on it.
        for (var d = 0; d < Windows.Rank; d++)
            for (var o = 0; o < output[d + 1]; o++)
                if (Taps(d, o, input[d + 1]).Count == 0)
                    throw new LayerRefusal(LayerMessages.WindowInPadding(d, o));
        return output;
    }

    /// <summary>Null: max is not linear.</summary>
    protected override ILinearMap? MapOf(Shape input) => null;

    /// <summary>The input entries (row-major flat indices, increasing) whose maximum output entry <paramref name="output"/> is.</summary>
    public IReadOnlyList<long> Reads(Shape input, long output) => Window(input, OutputShape(input), output);

    // A window of an input already checked, so that a map of many rows checks the shape once.
    private List<long> Window(Shape input, Shape outputShape, long output)
    {
        var at = outputShape.Unflatten(output);
        var rank = Windows.Rank;
        var taps = new List<int>[rank];
        for (var d = 0; d < rank; d++) taps[d] = Taps(d, at[d + 1], input[d + 1]);
        var columns = new List<long>();
        var low = new int[rank];
        var high = taps.Select(t => t.Count).ToArray();
        var full = new int[rank + 1];
        full[0] = at[0];
        IndexBox.ForEach(low, high, k =>
        {
            for (var d = 0; d < rank; d++) full[d + 1] = taps[d][k[d]];
            columns.Add(input.Flatten(full));
        });
        return columns;
    }

    /// <summary>
    /// The selection the layer applies at the numeric input <paramref name="x"/> (row-major): its
    /// output there is this map times x, and its Jacobian there is this map.
    /// </summary>
    public ILinearMap? MapAt(Shape input, IReadOnlyList<Rational> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var output = OutputShape(input);
        if (x.Count != input.Size) throw new ArgumentException($"The input has {x.Count} values, not {input.Size}.", nameof(x));
        return new RowMap(output.Size, input.Size, row =>
        {
            var window = Window(input, output, row);
            var best = window[0];
            // Taps in row-major order; only a strictly larger value replaces the maximum.
            foreach (var column in window)
                if (x[(int)column].CompareTo(x[(int)best]) > 0) best = column;
            return SparseRow.Unit(best);
        });
    }

    private List<int> Taps(int axis, long index, int size)
    {
        var taps = new List<int>(Windows.Kernel[axis]);
        var start = Windows.Start(axis, index);
        for (var j = 0; j < Windows.Kernel[axis]; j++)
        {
            var i = start + (long)j * Windows.Dilation[axis];
            if (i >= 0 && i < size) taps.Add((int)i);
        }
        return taps;
    }
}
