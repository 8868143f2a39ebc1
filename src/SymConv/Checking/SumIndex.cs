using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// One index a sum runs over: <paramref name="Name"/> from <paramref name="From"/> (0 when not
/// written) up to <paramref name="To"/>, excluded. With no bounds written (Σ_{v,w}) the range is
/// the dimension the name indexes on its own in the sum's body.
/// </summary>
internal sealed record SumIndex(string Name, FormulaNode? From, FormulaNode? To, SourcePoint At);
