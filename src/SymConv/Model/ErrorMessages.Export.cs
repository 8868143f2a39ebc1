namespace SymConv.Model;

public static partial class ErrorMessages
{
    /// <summary>CSV asked for a matrix with a symbolic entry.</summary>
    public static string CsvNeedsNumbers(long row, long column, string entry) =>
        FormattableString.Invariant($"--format csv writes M as numbers, but M has the symbolic entry {entry} at row {row}, column {column}");

    /// <summary>Hint for <see cref="CsvNeedsNumbers"/>.</summary>
    public const string CsvNeedsNumbersHint =
        "M holds the kernel's entries, so give a numeric kernel (--kernel [[[[1 2] [3 4]]]]); or use --format json or sympy, which keep symbols";

    /// <summary>A highlighted row outside M.</summary>
    public static string HighlightOutOfRange(long row, long rows) =>
        FormattableString.Invariant($"--highlight {row} is not a row of M, which has rows 0 to {rows - 1}");

    /// <summary>A negative --max-rows or --max-cols.</summary>
    public static string NegativeLimit(string option, int value) =>
        FormattableString.Invariant($"{option} {value} is negative: give the most rows or columns to show, or 0 to show all");
}
