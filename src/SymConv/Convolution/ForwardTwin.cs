using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// The forward convolution a transposed one is the transpose of. PyTorch's ConvTranspose weight
/// (in, out/groups, k…) is read unchanged as the weight (out, in/groups, k…) of a forward convolution
/// going the other way — from the transposed layer's output shape back to its input shape — with the
/// same stride, padding, dilation, groups and flip. Its matrix C satisfies M = Cᵀ: row r of C is
/// column r of M. Only when the output padding reaches the stride (allowed while it stays below the
/// dilation) does the forward layer produce more positions than the transposed layer reads; C then
/// keeps the rows of the positions the transposed layer has.
/// </summary>
internal sealed class ForwardTwin : ILinearMap
{
    private readonly LayerGeometry _transposed;

    private ForwardTwin(ConvolutionMatrix transposed, ConvolutionMatrix forward)
    {
        _transposed = transposed.Geometry;
        Forward = forward;
    }

    /// <summary>The matching forward convolution's own matrix.</summary>
    public ConvolutionMatrix Forward { get; }

    /// <summary>Rows of C: the transposed layer's input entries.</summary>
    public long Rows => _transposed.Columns;

    /// <summary>Columns of C: the transposed layer's output entries.</summary>
    public long Columns => _transposed.Rows;

    /// <summary>True when the forward layer computes more positions than C keeps (output padding ≥ stride).</summary>
    public bool Cropped => !Forward.Geometry.OutputSize.AsSpan().SequenceEqual(_transposed.InputSize.AsSpan());

    /// <summary>The forward twin of a transposed layer.</summary>
    public static ForwardTwin Of(ConvolutionMatrix transposed)
    {
        var g = transposed.Geometry;
        if (!g.Transposed)
            throw new ArgumentException("only a transposed layer has a forward twin", nameof(transposed));
        var spec = new LayerSpec
        {
            Stride = g.Stride,
            // The same sides: ONNX's ConvTranspose may pad its two ends differently.
            Padding = g.PadBefore.AsSpan().SequenceEqual(g.PadAfter.AsSpan())
                ? new Padding.Explicit(g.PadBefore)
                : new Padding.Sides(g.PadBefore, g.PadAfter),
            Dilation = g.Dilation,
            Groups = g.Groups,
            Flip = g.Flip,
            // The same tensors as laid out: x's layout is y's, and the kernel's o and i axes trade roles.
            Layout = g.Layout,
            KernelLayout = Layouts.Swapped(g.KernelLayout, transposed: true),
        };
        // The twin's input only gives C its shape (C's rows never read it), so it is made on demand, never stored.
        var zeros = new Tensor<Polynomial>(g.OutputShape, _ => Polynomial.Zero);
        var layer = new Layer(transposed.Layer.Kernel, zeros, null, spec, transposed.Layer.Symbols);
        return new ForwardTwin(transposed, new ConvolutionMatrix(layer));
    }

    /// <summary>C is linear: M's constant terms belong to M's rows, not to C's.</summary>
    public bool IsAffine => false;

    /// <summary>Zero: C has no constant term.</summary>
    public Polynomial Offset(long row) => Polynomial.Zero;

    /// <summary>Row <paramref name="row"/> of C, which is column <paramref name="row"/> of M.</summary>
    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        // The same (channel, position) in the forward layer's output, whose positions may run further.
        var index = _transposed.InputShape.Unflatten(row);
        return Forward.Row(Forward.Geometry.OutputShape.Flatten(index));
    }
}
