namespace SymConv.Algebra;

/// <summary>Raised when an expansion would be too large to hold or print.</summary>
public sealed class ExpressionTooLargeException(string message) : Exception(message);
