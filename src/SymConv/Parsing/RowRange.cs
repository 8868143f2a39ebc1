namespace SymConv.Parsing;

/// <summary>An inclusive range of rows of M.</summary>
/// <param name="First">The first row.</param>
/// <param name="Last">The last row, included.</param>
public readonly record struct RowRange(long First, long Last);
