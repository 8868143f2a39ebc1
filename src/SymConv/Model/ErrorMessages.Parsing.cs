using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>A number whose power of ten is beyond the limit.</summary>
    public static string NumberExponentTooLarge(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"number with a power of ten beyond ±{limit}");

    /// <summary>Hint for <see cref="NumberExponentTooLarge"/>.</summary>
    public const string NumberExponentTooLargeHint = "entries are exact, so every digit of such a number would be kept; use a symbol for it";

    /// <summary>A one-character subscript run on by letters or digits: two readings.</summary>
    public static string AmbiguousSubscript(string word, string subscript) =>
        string.Create(CultureInfo.InvariantCulture,
            $"'{word}_{subscript}' reads two ways: the symbol {word}_{{{subscript}}}, or {word}_{subscript[0]} followed by {subscript[1..]}");

    /// <summary>Hint for <see cref="AmbiguousSubscript"/>.</summary>
    public static string AmbiguousSubscriptHint(string word, string subscript) =>
        string.Create(CultureInfo.InvariantCulture,
            $"a subscript without braces is one character: write {word}_{{{subscript}}} for one symbol, or {word}_{subscript[0]}*{subscript[1..]} for a product; a space or a comma separates entries");

    /// <summary>A number run on after ')' or '}' with no operator: two readings.</summary>
    public static string NumberAfterClose(char close) =>
        string.Create(CultureInfo.InvariantCulture,
            $"a number right after '{close}' reads two ways: a product, or the start of another entry");

    /// <summary>Hint for <see cref="NumberAfterClose"/>.</summary>
    public const string NumberAfterCloseHint = "write * for a product, as in (a)*2, or a space or a comma between entries";

    /// <summary>A letter run on after a number written with a power of ten.</summary>
    public const string LetterAfterExponent = "a letter right after a number with a power of ten (1e3x) reads two ways: a product, or a misspelt number";

    /// <summary>Hint for <see cref="LetterAfterExponent"/>.</summary>
    public const string LetterAfterExponentHint = "write * for a product, as in 1e3*x";

    /// <summary>A spec value whose bracket or parenthesis is never closed.</summary>
    public static string SpecUnclosed(char open) =>
        string.Create(CultureInfo.InvariantCulture, $"this '{open}' is never closed: the value runs on to the end of the file");

    /// <summary>Hint for <see cref="SpecUnclosed"/>.</summary>
    public const string SpecUnclosedHint = "a value that opens a bracket or a parenthesis runs on over lines until it closes; close it, or remove the stray one";

    /// <summary>Hint shown under errors in a framework's printout.</summary>
    public const string PrintedTensorHint =
        "paste the tensor as PyTorch or NumPy print it, such as tensor([[1., -1.], [0.5, 2.]], dtype=torch.float64) or array([[1., 2.]], dtype=float32)";

    /// <summary>A keyword that a printed tensor does not carry.</summary>
    public static string UnknownPrintedKeyword(string keyword, string function, IEnumerable<string> keywords) =>
        string.Create(CultureInfo.InvariantCulture, $"'{keyword}' is not read in a printed {function}(…): it may carry {string.Join(", ", keywords)}");

    /// <summary>A printed tensor with something other than a number in it.</summary>
    public static string PrintedNotANumber(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a finite number: a printed tensor holds numbers");

    /// <summary>Hint for <see cref="PrintedNotANumber"/>.</summary>
    public const string PrintedNotANumberHint = "a layer needs finite numbers; to use symbols, write the tensor in brackets: [[a, b], [c, d]]";

    /// <summary>A tensor printed in summary, with '...' for the entries left out.</summary>
    public const string SummarisedTensor = "this tensor was printed in summary: '...' stands for entries that were left out";

    /// <summary>Hint for <see cref="SummarisedTensor"/>.</summary>
    public const string SummarisedTensorHint =
        "print it whole: torch.set_printoptions(profile=\"full\") for PyTorch, np.set_printoptions(threshold=sys.maxsize) for NumPy, or print(t.tolist())";

    /// <summary>The most characters of a value a message repeats.</summary>
    public const int MaxEcho = 60;

    /// <summary>
    /// A value as a message repeats it: whole when short, else the <see cref="MaxEcho"/>
    /// characters around <paramref name="focus"/> (the offending place) with ellipses for the rest,
    /// so a pasted value of thousands of characters does not become a message of thousands.
    /// </summary>
    public static string Echo(string value, int focus = 0)
    {
        if (value.Length <= MaxEcho) return value;
        var start = Math.Clamp(focus - MaxEcho / 2, 0, value.Length - MaxEcho);
        var end = start + MaxEcho;
        return (start > 0 ? "…" : "") + value[start..end] + (end < value.Length ? "…" : "");
    }

    /// <summary>An integer in an option value past the largest accepted.</summary>
    public static string IntegerTooBig(string option, string value, int focus, string written, int limit) =>
        written.StartsWith('-')
            ? string.Create(CultureInfo.InvariantCulture, $"{option} cannot be '{Echo(value, focus)}': {Echo(written)} is too small, the smallest number accepted is -{limit}")
            : string.Create(CultureInfo.InvariantCulture, $"{option} cannot be '{Echo(value, focus)}': {Echo(written)} is too big, the largest number accepted is {limit}");

    /// <summary>A signed power of ten whose letter is also a symbol of the layer: two readings.</summary>
    public static string NumberOrSymbol(string written, string letter, string mantissa, string rest) =>
        string.Create(CultureInfo.InvariantCulture,
            $"'{written}' reads two ways, as {letter} is a symbol here: a number in scientific notation, or {mantissa}{letter} {rest[0]} {rest[1..]}");

    /// <summary>Hint for <see cref="NumberOrSymbol"/>.</summary>
    public static string NumberOrSymbolHint(string written, string letter, string mantissa, string rest) =>
        string.Create(CultureInfo.InvariantCulture,
            $"write {mantissa}*{letter}{rest} for the sum with the symbol {letter}, or the number without a power of ten");
}
