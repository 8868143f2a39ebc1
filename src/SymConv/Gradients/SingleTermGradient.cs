using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The tensors of a backward pass as <see cref="SingleTermTensor"/>s — each entry a number or a
/// number times one symbol — when they are: then every product in ∂L/∂x (a weight times an
/// upstream entry) and in ∂L/∂K (an input entry, or the padding value, times an upstream entry)
/// is one term whose monomial <see cref="TermKey"/> packs, and the sums are written without
/// building polynomials. Each tensor is read once, when first asked for, and shared by every thread.
/// </summary>
internal sealed class SingleTermGradient
{
    private readonly Lazy<SingleTermTensor?> _kernel;
    private readonly Lazy<SingleTermTensor?> _input;
    private readonly Lazy<SingleTermTensor?> _upstream;
    private readonly Lazy<SingleTermTensor?> _paddingValue;

    public SingleTermGradient(LayerGradient gradient)
    {
        Gradient = gradient;
        var layer = gradient.Matrix.Layer;
        _kernel = new(() => SingleTermTensor.TryFrom(layer.Kernel));
        _input = new(() => SingleTermTensor.TryFrom(layer.Input));
        _upstream = new(() => SingleTermTensor.TryFrom(gradient.Upstream));
        _paddingValue = new(() => SingleTermTensor.TryFrom(new Tensor<Polynomial>(new Shape(1), [layer.PaddingValue])));
    }

    /// <summary>The backward pass.</summary>
    public LayerGradient Gradient { get; }

    /// <summary>The kernel and g as single terms, or null when ∂L/∂x takes the general path.</summary>
    public (SingleTermTensor Kernel, SingleTermTensor Upstream)? ForInput =>
        _upstream.Value is { } g && _kernel.Value is { } k ? (k, g) : null;

    /// <summary>x, g and the padding value (entry 0) as single terms, or null when ∂L/∂K takes the general path.</summary>
    public (SingleTermTensor Input, SingleTermTensor Upstream, SingleTermTensor PaddingValue)? ForKernel =>
        _upstream.Value is { } g && _input.Value is { } x && _paddingValue.Value is { } p ? (x, g, p) : null;
}
