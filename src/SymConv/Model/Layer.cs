using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// A layer ready to expand: its kernel, input and optional bias as tensors of polynomials over
/// one symbol table, and its hyper-parameters.
/// </summary>
/// <param name="Kernel">Weights: (out, in/groups, k…) forward, (in, out/groups, k…) transposed, as PyTorch lays them out.</param>
/// <param name="Input">The input: (channels, n…).</param>
/// <param name="Bias">One entry per output channel, or null for none.</param>
/// <param name="Spec">Stride, padding and the rest.</param>
/// <param name="Symbols">The symbols of all three tensors, in order of first appearance.</param>
public sealed record Layer(Tensor<Polynomial> Kernel, Tensor<Polynomial> Input, Tensor<Polynomial>? Bias, LayerSpec Spec, SymbolTable Symbols)
{
    /// <summary>
    /// What reading the layer assumed that the user should know, one line each (a batch
    /// dimension of 1 dropped from the input); the command prints them on standard error.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
