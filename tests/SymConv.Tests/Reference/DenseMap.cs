using SymConv.Algebra;
using SymConv.LinearMaps;

namespace SymConv.Tests.Reference;

/// <summary>
/// An affine map held the most obvious way: every entry of A in a rectangular array, and c beside it.
/// Rows are the array's nonzero entries left to right. For tests of the writers over ILinearMap only.
/// </summary>
public sealed class DenseMap(Polynomial[,] entries, Polynomial[]? offsets = null) : ILinearMap
{
    public long Rows => entries.GetLength(0);

    public long Columns => entries.GetLength(1);

    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        var nonzero = new List<MatrixEntry>();
        for (var column = 0; column < entries.GetLength(1); column++)
            if (!entries[row, column].IsZero) nonzero.Add(new MatrixEntry(column, entries[row, column]));
        return nonzero;
    }

    public bool IsAffine => offsets is not null && offsets.Any(o => !o.IsZero);

    public Polynomial Offset(long row) => offsets?[row] ?? Polynomial.Zero;

    /// <summary>A map's entries copied into an array, every column of every row.</summary>
    public static DenseMap Copy(ILinearMap map)
    {
        var entries = new Polynomial[map.Rows, map.Columns];
        var offsets = new Polynomial[map.Rows];
        for (var row = 0; row < map.Rows; row++)
        {
            for (var column = 0; column < map.Columns; column++) entries[row, column] = Polynomial.Zero;
            foreach (var entry in map.Row(row)) entries[row, entry.Column] = entry.Value;
            offsets[row] = map.Offset(row);
        }
        return new DenseMap(entries, offsets);
    }
}
