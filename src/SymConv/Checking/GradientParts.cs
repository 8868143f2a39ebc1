using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// The backward pass of a layer for an upstream gradient g = ∂L/∂y, as claims name its parts:
/// g (shaped like y), dx (∂L/∂x, shaped like x; dx' flat), dK (∂L/∂K, shaped like K) and db
/// (∂L/∂b, null for a layer without a bias). Their shapes are known at once; their entries are
/// computed (by <see cref="LayerGradient"/>) only when a claim first reads them, so a run that
/// checks the forward pass only never computes them.
/// </summary>
internal sealed record GradientParts(FormulaTensor Upstream, FormulaTensor GradInput, FormulaTensor GradKernel, FormulaTensor? GradBias)
{
    /// <summary>The parts of <paramref name="gradient"/>, made when first read, under <paramref name="upstream"/> (its g).</summary>
    public static GradientParts Of(Lazy<LayerGradient> gradient, Tensor<Polynomial> upstream, ConvolutionMatrix matrix)
    {
        var layer = matrix.Layer;
        return new(
            FormulaTensor.Of(upstream),
            new FormulaTensor(layer.Input.Shape, i => gradient.Value.GradInput[i]),
            new FormulaTensor(layer.Kernel.Shape, i => gradient.Value.GradKernel[i]),
            layer.Bias is { } bias ? new FormulaTensor(bias.Shape, i => gradient.Value.GradBias![i]) : null);
    }
}
