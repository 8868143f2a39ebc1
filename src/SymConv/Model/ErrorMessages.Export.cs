namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>CSV asked for more dense cells of M than it writes.</summary>
    public static string CsvTooLarge(long rows, long columns, long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"`format` csv writes M densely, and its {rows:N0}×{columns:N0} = {(Int128)rows * columns:N0} entries are more than {limit:N0}; write some rows with `rows` 0..3, or use `format` json, which lists only the nonzeros");

    /// <summary>A highlighted row outside M.</summary>
    public static string HighlightOutOfRange(long row, long rows) =>
        FormattableString.Invariant($"`highlight` {row} is not a row of M, which has rows 0 to {rows - 1}");

    /// <summary>A highlighted row that --rows leaves out, so nothing would be coloured.</summary>
    public static string HighlightOutsideRows(long row, string rows) =>
        FormattableString.Invariant($"`highlight` {row} is not among the rows shown (`rows` {rows}), so nothing would be coloured; highlight one of them, or add {row} to `rows`");

    /// <summary>A negative --max-rows or --max-cols.</summary>
    public static string NegativeLimit(string option, int value) =>
        FormattableString.Invariant($"{option} {value} is negative: give the most rows or columns to show, or 0 to show all");
}
