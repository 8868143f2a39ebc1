using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// A layer written as one convolution: its kernel in PyTorch's layout (out, in/groups, k…), its
/// bias (or null) and its hyper-parameters. An average pooling is one (a depthwise kernel of
/// 1/k entries), and so is every convolution of a stack; the equivalent single layer of a stack
/// is composed from these.
/// </summary>
/// <param name="Kernel">The kernel, (out, in/groups, k…).</param>
/// <param name="Bias">One entry per output channel, or null.</param>
/// <param name="Spec">Stride, padding, dilation, groups; channels first, PyTorch's kernel layout, forward.</param>
internal sealed record ConvolutionForm(Tensor<Polynomial> Kernel, Tensor<Polynomial>? Bias, LayerSpec Spec);
