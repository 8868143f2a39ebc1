using SymConv.Algebra;

namespace SymConv.Export.Neuron;

/// <summary>One input entry a neuron reads: a nonzero entry of its row of M.</summary>
/// <param name="Column">The column of M, the flat index into x'.</param>
/// <param name="InputIndex">The same entry's multi-index into x (channel, position…).</param>
/// <param name="Weight">M's entry there: the kernel weight (a sum of weights where padding folds several taps onto one input).</param>
/// <param name="Input">x'_column, the value read.</param>
internal sealed record NeuronRead(long Column, int[] InputIndex, Polynomial Weight, Polynomial Input);
