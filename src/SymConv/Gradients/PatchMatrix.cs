using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The patch ("im2col") matrix U(x) of a layer: y' = U(x)·k' (+ b), one row per output neuron and
/// one column per kernel entry (k' is the kernel flattened in its layout), its entries read from
/// x. Row s holds, under each kernel entry, the input entry that entry multiplies in neuron s —
/// the padding value where the tap falls on constant padding, nothing where it falls on zeros.
/// Each kernel entry meets at most one input entry per neuron (reflect, replicate and circular
/// padding fold taps onto one input entry, which is a sum in M's row but never in U's), so
/// U's entries are x's own. It is the dual of M: M x' = U(x) k'. Rows are made on demand.
/// </summary>
internal sealed class PatchMatrix : ILinearMap
{
    private readonly ConvolutionMatrix _matrix;
    private readonly ThreadLocal<(TapWalker Walker, int[] KernelIndex, int[] Columns)> _scratch;

    private PatchMatrix(ConvolutionMatrix matrix)
    {
        _matrix = matrix;
        _scratch = new(() =>
        {
            var walker = new TapWalker(matrix.Geometry);
            return (walker, new int[walker.MaxTaps], new int[walker.MaxTaps]);
        });
    }

    /// <summary>The patch matrix of <paramref name="matrix"/>'s layer, over its input.</summary>
    public static PatchMatrix Of(ConvolutionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new PatchMatrix(matrix);
    }

    /// <summary>The layer's matrix M.</summary>
    public ConvolutionMatrix Matrix => _matrix;

    /// <summary>Rows: the output neurons.</summary>
    public long Rows => _matrix.Rows;

    /// <summary>Columns: the kernel's entries, flattened row-major in its layout.</summary>
    public long Columns => _matrix.Layer.Kernel.Shape.Size;

    /// <summary>True when the layer has a bias: y' = U(x) k' + b.</summary>
    public bool IsAffine => _matrix.Layer.Bias is not null;

    /// <summary>The bias of the row's output channel, or zero without a bias.</summary>
    public Polynomial Offset(long row) =>
        _matrix.Layer.Bias is { } bias ? bias[_matrix.Geometry.OutputChannelOf(row)] : Polynomial.Zero;

    /// <summary>Row <paramref name="row"/> of U(x): the input entry under each kernel entry, by increasing kernel entry.</summary>
    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        var (walker, kernelIndex, columns) = _scratch.Value;
        var layer = _matrix.Layer;
        var entries = new List<MatrixEntry>(walker.MaxTaps);
        var count = walker.Fill(row, kernelIndex, columns);
        for (var i = 0; i < count; i++)
        {
            var value = layer.Input[columns[i]];
            if (!value.IsZero) entries.Add(new MatrixEntry(kernelIndex[i], value));
        }
        if (_matrix.HasPaddingTerm)
        {
            count = walker.FillPadded(row, kernelIndex);
            for (var i = 0; i < count; i++)
                entries.Add(new MatrixEntry(kernelIndex[i], layer.PaddingValue));
        }
        // The walk goes in kernel reading order, which a kernel layout may permute.
        entries.Sort(static (a, b) => a.Column.CompareTo(b.Column));
        return entries;
    }
}
