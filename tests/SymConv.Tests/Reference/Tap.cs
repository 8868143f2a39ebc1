namespace SymConv.Tests.Reference;

/// <summary>
/// One connection of an output neuron: the kernel entry it multiplies and the input entry
/// (column of M) it reads. Under reflect, replicate or circular padding several taps of one
/// neuron can read the same column; M's entry there is the sum of their weights.
/// </summary>
/// <param name="KernelIndex">Row-major flat index into the kernel tensor.</param>
/// <param name="Column">Row-major flat index into the input, i.e. the column of M.</param>
public readonly record struct Tap(long KernelIndex, long Column);
