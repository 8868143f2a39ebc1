namespace SymConv.Checking;

/// <summary>A formula's right-hand side: its cases in order and the otherwise value, if written.</summary>
internal sealed record FormulaBody(IReadOnlyList<FormulaCase> Cases, FormulaNode? Otherwise);
