namespace SymConv.Checking;

/// <summary>One case of a formula: VALUE if CONDITION, or VALUE alone (always).</summary>
internal sealed record FormulaCase(FormulaNode Value, FormulaNode? Condition);
