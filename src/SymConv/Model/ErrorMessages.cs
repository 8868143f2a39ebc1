namespace SymConv.Model;

/// <summary>
/// Every message SymConv shows for bad input, in one place so that they read alike and tests
/// can pin them. Each says what is wrong; the hints say how to fix it.
/// </summary>
public static partial class ErrorMessages
{
    /// <summary>Hint shown under any tensor syntax error.</summary>
    public const string TensorHint =
        "write a tensor as nested brackets, entries separated by spaces ([[1 2] [3 4]]) or by commas ([[1, 2], [3, 4]]); use commas when an entry contains spaces";

    /// <summary>An empty bracket.</summary>
    public const string EmptyTensor = "empty brackets: a tensor needs at least one entry in every bracket";

    /// <summary>Hint for <see cref="EmptyTensor"/>.</summary>
    public const string EmptyTensorHint = "fill the brackets, or describe the tensor by its shape with --kernel-shape/--input-shape";

    /// <summary>Brackets of different depth at one level.</summary>
    public const string RaggedDepth = "ragged tensor: this bracket is nested to a different depth than the first one at its level";

    /// <summary>Hint for ragged tensors.</summary>
    public const string RaggedHint = "every bracket at one level must have the same number of entries and the same depth";

    /// <summary>Division by a symbolic expression.</summary>
    public const string DivisionBySymbol = "division by an expression with symbols: entries must be polynomials";

    /// <summary>Hint for <see cref="DivisionBySymbol"/>.</summary>
    public const string DivisionBySymbolHint = "divide only by numbers, as in a/2 or (a+b)/3";

    /// <summary>Division by zero.</summary>
    public const string DivisionByZero = "division by zero";

    /// <summary>Hint for too-deep nesting.</summary>
    public const string TooDeepHint = "tensors have one bracket level per dimension; check for unbalanced brackets";

    /// <summary>Hint for an over-large exponent.</summary>
    public const string ExponentTooLargeHint = "entries are layer weights and inputs; write the power out or use a smaller one";

    /// <summary>Hint for an over-large power expansion.</summary>
    public const string PowerTooLargeHint = "expand a smaller power, or name the expression with a single symbol";

    /// <summary>Hint for an over-long number.</summary>
    public const string NumberTooLongHint = "use a symbol for it, or a fraction such as 1/3 instead of a long decimal";

    /// <summary>Nesting deeper than the limit.</summary>
    public static string TooDeep(int limit) => $"brackets or parentheses nested deeper than {limit} levels";

    /// <summary>A bracket whose count differs from the first at its level.</summary>
    public static string Ragged(int count, string what, int expected) =>
        $"ragged tensor: this bracket holds {count} {what}, but the first one at its level holds {expected}";

    /// <summary>An exponent over the limit.</summary>
    public static string ExponentTooLarge(int limit) => $"exponent larger than {limit}";

    /// <summary>A power whose expansion is too large.</summary>
    public static string PowerTooLarge(string detail) => $"this power expands to too many terms: {detail}";

    /// <summary>A number literal over the limit.</summary>
    public static string NumberTooLong(int limit) => $"number longer than {limit} digits";
}
