using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>PyTorch's AdaptiveAvgPool1d/2d/3d: each output the mean of its adaptive window, weights 1/(entries in it).</summary>
internal sealed class AdaptiveAvgPool : NetworkLayer
{
    /// <summary>An adaptive average pooling over <paramref name="windows"/>.</summary>
    public AdaptiveAvgPool(string written, SourcePoint? at, AdaptiveWindows windows) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = windows;
    }

    /// <summary>The windows.</summary>
    public AdaptiveWindows Windows { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input) => Windows.Output(input);

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = Windows.Output(input);
        return new RowMap(output.Size, input.Size, row =>
        {
            var window = Windows.Window(input, output, row);
            var weight = Polynomial.Constant(Rational.Of(1, window.Count));
            return [.. window.Select(c => new MatrixEntry(c, weight))];
        });
    }
}
