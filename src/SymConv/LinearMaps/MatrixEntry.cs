using SymConv.Algebra;

namespace SymConv.LinearMaps;

/// <summary>A nonzero entry of a row of a linear map.</summary>
/// <param name="Column">The column: a row-major flat index into the map's input.</param>
/// <param name="Value">
/// The entry, never zero. It prints by symbol ids, since it does not know its layer's names; for
/// the entry by name use <see cref="ConvLayer.Entry"/> or <see cref="ConvLayer.Expression"/>.
/// </param>
public readonly record struct MatrixEntry(long Column, Polynomial Value);
