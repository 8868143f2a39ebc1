namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>U(x), the patch matrix, asked for in a dense format past the dense limit.</summary>
    public static string PatchMatrixTooLarge(long rows, long columns, long limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"U(x) would print {rows:N0}×{columns:N0} = {(Int128)rows * columns:N0} entries densely, more than {limit:N0}; show some rows with `rows` 0..3, leave U out of `show`, or use `format` json, which lists only the nonzeros");
}
