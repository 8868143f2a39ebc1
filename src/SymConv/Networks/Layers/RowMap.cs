using SymConv.Algebra;
using SymConv.LinearMaps;

namespace SymConv.Networks.Layers;

/// <summary>
/// A layer's affine map given by how one row is made: every layer here knows its row from the
/// output index alone, so the map holds nothing but that rule and costs one row at a time.
/// </summary>
internal sealed class RowMap(long rows, long columns, Func<long, IReadOnlyList<MatrixEntry>> makeRow, Func<long, Polynomial>? makeOffset = null) : ILinearMap
{
    /// <inheritdoc/>
    public long Rows { get; } = rows;

    /// <inheritdoc/>
    public long Columns { get; } = columns;

    /// <inheritdoc/>
    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return makeRow(row);
    }

    /// <inheritdoc/>
    public bool IsAffine => makeOffset is not null;

    /// <inheritdoc/>
    public Polynomial Offset(long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return makeOffset is null ? Polynomial.Zero : makeOffset(row);
    }
}
