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
internal sealed record Layer(Tensor<Polynomial> Kernel, Tensor<Polynomial> Input, Tensor<Polynomial>? Bias, LayerSpec Spec, SymbolTable Symbols)
{
    /// <summary>
    /// What constant padding reads (default zero), as ONNX's Pad and TensorFlow's constant_values. Any
    /// other value makes the layer affine: y' = M x' + p (+ b), where p_row is this value times the
    /// sum of the kernel entries whose taps fall on the padding.
    /// </summary>
    public Polynomial PaddingValue { get; init; } = Polynomial.Zero;

    /// <summary>
    /// What reading the layer assumed that the user should know, one line each (a batch
    /// dimension of 1 dropped from the input); the command prints them on standard error.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Where a spec's lines set each parameter (by key: groups, stride), so that a value the
    /// geometry refuses is pointed at with a caret as a syntax error is; command-line options have none.
    /// </summary>
    public IReadOnlyDictionary<string, SourcePoint> Sources { get; init; } = new Dictionary<string, SourcePoint>();
}
