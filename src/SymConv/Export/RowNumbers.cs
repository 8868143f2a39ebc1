namespace SymConv.Export;

/// <summary>Row numbers of a matrix shown whole, as C of a transposed layer always is (--rows picks rows of M only).</summary>
internal static class RowNumbers
{
    /// <summary>0, 1, …, <paramref name="count"/> − 1.</summary>
    public static IEnumerable<long> Below(long count)
    {
        for (long row = 0; row < count; row++)
            yield return row;
    }
}
