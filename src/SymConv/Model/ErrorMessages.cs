using System.Globalization;

namespace SymConv.Model;

/// <summary>
/// Every message SymConv shows for bad input, in one place so that they read alike and tests
/// can pin them. Each says what is wrong; the hints say how to fix it.
/// </summary>
internal static partial class ErrorMessages
{
    /// <summary>
    /// A parameter named in a message: `groups`, which the library shows as groups and the command
    /// as --groups (see <see cref="InputException.Render(Func{string, string})"/>).
    /// </summary>
    public static string Parameter(string name) => "`" + name + "`";

    /// <summary>Hint shown under any tensor syntax error.</summary>
    public const string TensorHint =
        "write a tensor as nested brackets, entries separated by spaces ([[1 2] [3 4]]) or by commas ([[1, 2], [3, 4]]); use commas when an entry contains spaces";

    /// <summary>An empty bracket.</summary>
    public const string EmptyTensor = "empty brackets: a tensor needs at least one entry in every bracket";

    /// <summary>Hint for <see cref="EmptyTensor"/>.</summary>
    public const string EmptyTensorHint = "fill the brackets, or describe the tensor by its shape with `kernel-shape`/`input-shape`";

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

    /// <summary>A '^' without a non-negative integer after it.</summary>
    public const string MissingExponent = "expected an exponent after '^': a non-negative integer such as a^2";

    /// <summary>Hint for an over-large power expansion.</summary>
    public const string PowerTooLargeHint = "expand a smaller power, or name the expression with a single symbol";

    /// <summary>Hint for an over-long number.</summary>
    public const string NumberTooLongHint = "use a symbol for it, or a fraction such as 1/3 instead of a long decimal";

    /// <summary>Nesting deeper than the limit.</summary>
    public static string TooDeep(int limit) => string.Create(CultureInfo.InvariantCulture, $"brackets or parentheses nested deeper than {limit} levels");

    /// <summary>A bracket whose count differs from the first at its level.</summary>
    public static string Ragged(int count, string what, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"ragged tensor: this bracket holds {Count(count, what)}, but the first one at its level holds {Count(expected, what)}");

    private static string Count(int count, string what) =>
        count != 1 ? string.Create(CultureInfo.InvariantCulture, $"{count} {what}") : what == "entries" ? "1 entry" : "1 bracket";

    /// <summary>An exponent over the limit.</summary>
    public static string ExponentTooLarge(int limit) => string.Create(CultureInfo.InvariantCulture, $"exponent larger than {limit}");

    /// <summary>A power whose expansion is too large.</summary>
    public static string PowerTooLarge(string detail) => string.Create(CultureInfo.InvariantCulture, $"this power expands to too many terms or too large a number: {detail}");

    /// <summary>A number literal over the limit.</summary>
    public static string NumberTooLong(int limit) => string.Create(CultureInfo.InvariantCulture, $"number longer than {limit} digits");

    /// <summary>Hint shown under any spec-file syntax error.</summary>
    public const string SpecHint = "a spec file holds lines such as 'stride = 2' or 'kernel = [[[[a b] [c d]]]]'; # starts a comment";

    /// <summary>An option value that does not parse.</summary>
    public static string BadOptionValue(string option, string value, string expected, int focus = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} cannot be '{Echo(value, focus)}': expected {expected}");

    /// <summary>A word not among the choices.</summary>
    public static string BadChoice(string option, string value, IEnumerable<string> choices) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} cannot be '{Echo(value)}': choose one of {string.Join(", ", choices.Where(c => c.Length > 0))}");

    /// <summary>A shape with a zero or negative size.</summary>
    public static string ShapeNotPositive(string option, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} {Echo(value)} has a size below 1: every dimension needs at least one entry");

    /// <summary>A shape too large to count.</summary>
    public static string ShapeTooLarge(string option, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} {Echo(value)} has more entries than can be counted");

    /// <summary>No kernel given.</summary>
    public const string NoKernel = "no kernel: give one with `kernel` TENSOR, or symbols of a shape with `kernel-shape` 2,1,2,2";

    /// <summary>No input given.</summary>
    public const string NoInput = "no input: give one with `input` TENSOR, or symbols of a shape with `input-shape` 1,3,3";

    /// <summary>A --rows range outside M.</summary>
    public static string RowsOutOfRange(long first, long last, long rows) =>
        first > last
            ? string.Create(CultureInfo.InvariantCulture, $"`rows` {first}..{last} is empty: the first row must not come after the last")
            : string.Create(CultureInfo.InvariantCulture, $"`rows` {first}..{last} is outside M, whose rows are 0..{rows - 1}");

    /// <summary>A dense matrix section too large to print.</summary>
    public static string MatrixTooLarge(long rows, long columns, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"M would print {rows:N0}×{columns:N0} = {(Int128)rows * columns:N0} entries densely, more than {limit:N0}; show some rows with `rows` 0..3, leave M out with `show` output, or use `format` json, which lists only the nonzeros");
}
