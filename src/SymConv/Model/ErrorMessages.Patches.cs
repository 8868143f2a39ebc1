namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>U(x), the patch matrix, asked for in a dense format past the dense limit.</summary>
    public static string PatchMatrixTooLarge(long rows, long columns, long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"U(x) would print {rows:N0}×{columns:N0} = {(Int128)rows * columns:N0} entries densely, more than {limit:N0}; show some rows with `rows` 0..3, leave U out of `show`, or use `format` json, which lists only the nonzeros");

    /// <summary>CSV asked for both M and U(x): a file holds one matrix.</summary>
    public const string CsvOneMatrix =
        "`format` csv writes one matrix, and `show` names both M and U(x); show M (the default) or U, and write the other to a second file";

    /// <summary>CSV asked for more dense cells of a matrix other than M than it writes.</summary>
    public static string CsvTooLarge(string label, long rows, long columns, long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"`format` csv writes {label} densely, and its {rows:N0}×{columns:N0} = {(Int128)rows * columns:N0} entries are more than {limit:N0}; write some rows with `rows` 0..3, or use `format` json, which lists only the nonzeros");
}
