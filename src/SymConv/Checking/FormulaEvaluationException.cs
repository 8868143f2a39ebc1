namespace SymConv.Checking;

/// <summary>
/// A formula that cannot give a value at one entry of M: it reads a tensor outside its shape or
/// divides by zero there. The checker counts that entry as a mismatch and says why, rather than
/// stopping, because such a formula is simply wrong at that entry.
/// </summary>
internal sealed class FormulaEvaluationException(string message) : Exception(message);
