using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The backward pass of one layer, exactly: given the upstream gradient g = ∂L/∂y (shaped like y),
/// ∂L/∂x' = Mᵀ g' (shaped like x as <see cref="GradInput"/>), ∂L/∂K = U(x)ᵀ g' shaped like K, and
/// ∂L/∂b, g summed over each output channel's positions. g' is g flattened as y' is, so g'[s] is
/// the gradient of neuron s. Each part is computed when first read and kept.
/// </summary>
internal sealed class LayerGradient
{
    // Past this many entries ∂L/∂x is computed entry by entry when read, never held whole.
    private const long HeldInputLimit = 1 << 20;

    private readonly Lazy<Tensor<Polynomial>> _gradInput;
    private readonly Lazy<Tensor<Polynomial>> _gradKernel;
    private readonly Lazy<Tensor<Polynomial>?> _gradBias;

    private LayerGradient(ConvolutionMatrix matrix, Tensor<Polynomial> upstream)
    {
        Matrix = matrix;
        Upstream = upstream;
        Transposed = TransposedMatrix.Of(matrix);
        Patches = PatchMatrix.Of(matrix);
        _gradInput = new(MakeGradInput);
        _gradKernel = new(MakeGradKernel);
        _gradBias = new(MakeGradBias);
    }

    /// <summary>The backward pass of <paramref name="matrix"/>'s layer under the upstream gradient <paramref name="upstream"/>.</summary>
    /// <param name="matrix">The layer's matrix M.</param>
    /// <param name="upstream">g = ∂L/∂y, shaped like y (as laid out), over the layer's symbol table.</param>
    /// <exception cref="InputException">When <paramref name="upstream"/> is not shaped like y.</exception>
    public static LayerGradient Of(ConvolutionMatrix matrix, Tensor<Polynomial> upstream)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(upstream);
        var output = matrix.Geometry.OutputShape;
        if (!upstream.Shape.Equals(output))
            throw new InputException(GradientMessages.UpstreamShape(upstream.Shape, output), null, GradientMessages.UpstreamShapeHint(output));
        return new LayerGradient(matrix, upstream);
    }

    /// <summary>The backward pass under fresh upstream symbols g_{…} (see <see cref="UpstreamSymbols"/>).</summary>
    public static LayerGradient Of(ConvolutionMatrix matrix) => Of(matrix, UpstreamSymbols.Of(matrix));

    /// <summary>The layer's matrix M.</summary>
    public ConvolutionMatrix Matrix { get; }

    /// <summary>Mᵀ: ∂L/∂x' = Mᵀ g'.</summary>
    public TransposedMatrix Transposed { get; }

    /// <summary>The patch matrix U(x): y' = U(x) k' (+ b), and ∂L/∂k' = U(x)ᵀ g'.</summary>
    public PatchMatrix Patches { get; }

    /// <summary>g = ∂L/∂y, shaped like y; its flat entries are g', one per row of M.</summary>
    public Tensor<Polynomial> Upstream { get; }

    /// <summary>∂L/∂x shaped like x; its flat entries, row-major in x's layout, are ∂L/∂x'.</summary>
    public Tensor<Polynomial> GradInput => _gradInput.Value;

    /// <summary>∂L/∂K shaped like K, in the kernel's layout.</summary>
    public Tensor<Polynomial> GradKernel => _gradKernel.Value;

    /// <summary>∂L/∂b, one entry per output channel, or null when the layer has no bias.</summary>
    public Tensor<Polynomial>? GradBias => _gradBias.Value;

    /// <summary>∂L/∂x'[t] = Σ_s M[s,t] g'[s]: row t of Mᵀ times g'.</summary>
    public Polynomial GradInputAt(long column)
    {
        var sum = new ProductSum();
        foreach (var entry in Transposed.Row(column))
            sum.Add(entry.Value, Upstream[entry.Column]);
        return sum.ToPolynomial();
    }

    private Tensor<Polynomial> MakeGradInput()
    {
        var shape = Matrix.Layer.Input.Shape;
        if (shape.Size > HeldInputLimit)
            return new Tensor<Polynomial>(shape, GradInputAt);
        var values = new Polynomial[shape.Size];
        for (var t = 0; t < values.Length; t++)
            values[t] = GradInputAt(t);
        return new Tensor<Polynomial>(shape, values);
    }

    // One pass over the rows of U: each neuron's patch, times its gradient, adds into the kernel entries it read.
    private Tensor<Polynomial> MakeGradKernel()
    {
        var shape = Matrix.Layer.Kernel.Shape;
        var sums = new ProductSum[shape.Size];
        for (var k = 0; k < sums.Length; k++) sums[k] = new ProductSum();
        for (long s = 0; s < Patches.Rows; s++)
        {
            var g = Upstream[s];
            if (g.IsZero) continue;
            foreach (var entry in Patches.Row(s))
                sums[entry.Column].Add(entry.Value, g);
        }
        return new Tensor<Polynomial>(shape, [.. sums.Select(s => s.ToPolynomial())]);
    }

    private Tensor<Polynomial>? MakeGradBias()
    {
        if (Matrix.Layer.Bias is not { } bias) return null;
        var sums = new ProductSum[bias.Shape.Size];
        for (var o = 0; o < sums.Length; o++) sums[o] = new ProductSum();
        for (long s = 0; s < Matrix.Rows; s++)
            sums[Matrix.Geometry.OutputChannelOf(s)].Add(Upstream[s]);
        return new Tensor<Polynomial>(bias.Shape, [.. sums.Select(s => s.ToPolynomial())]);
    }
}
