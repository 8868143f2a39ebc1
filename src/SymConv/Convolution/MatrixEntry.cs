using SymConv.Algebra;

namespace SymConv.Convolution;

/// <summary>A nonzero entry of a row of M.</summary>
/// <param name="Column">The column: a row-major flat index into the input.</param>
/// <param name="Value">The entry, never zero.</param>
public readonly record struct MatrixEntry(long Column, Polynomial Value);
