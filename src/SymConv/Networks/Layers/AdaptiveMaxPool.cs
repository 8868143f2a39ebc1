using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's AdaptiveMaxPool1d/2d/3d: not linear; at a numeric input, the selection of each adaptive
/// window's largest entry, the first in row-major order on a tie, as its kernel keeps the first.
/// </summary>
internal sealed class AdaptiveMaxPool : NetworkLayer, ILinearAtPoint
{
    /// <summary>An adaptive max pooling over <paramref name="windows"/>.</summary>
    public AdaptiveMaxPool(string written, SourcePoint? at, AdaptiveWindows windows) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = windows;
    }

    /// <summary>The windows.</summary>
    public AdaptiveWindows Windows { get; }

    /// <summary>The function an output is of its window: max.</summary>
    public string Function => "max";

    /// <inheritdoc/>
    protected override Shape Output(Shape input) => Windows.Output(input);

    /// <summary>Null: max is not linear.</summary>
    protected override ILinearMap? MapOf(Shape input) => null;

    /// <summary>The input entries of output entry <paramref name="output"/>'s window.</summary>
    public IReadOnlyList<long> Reads(Shape input, long output) => Windows.Window(input, OutputShape(input), output);

    /// <summary>The selection the layer applies at the numeric input <paramref name="x"/>.</summary>
    public ILinearMap? MapAt(Shape input, IReadOnlyList<Rational> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var output = OutputShape(input);
        if (x.Count != input.Size) throw new ArgumentException($"The input has {x.Count} values, not {input.Size}.", nameof(x));
        return new RowMap(output.Size, input.Size, row =>
        {
            var window = Windows.Window(input, output, row);
            var best = window[0];
            foreach (var column in window)
                if (x[(int)column].CompareTo(x[(int)best]) > 0) best = column;
            return SparseRow.Unit(best);
        });
    }
}
