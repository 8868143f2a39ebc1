using SymConv.Algebra;
using SymConv.LinearMaps;

namespace SymConv.Networks.Layers;

/// <summary>
/// Gathers the weights of one row, which may name a column more than once (an upsampling at a
/// border reads the same pixel twice, a reflection can fold two taps onto one), into the form a
/// row must have: by increasing column, each once, none zero.
/// </summary>
internal sealed class SparseRow
{
    private readonly SortedDictionary<long, Rational> _weights = [];

    /// <summary>Adds <paramref name="weight"/> to the entry at <paramref name="column"/>.</summary>
    public void Add(long column, Rational weight)
    {
        if (weight.IsZero) return;
        _weights[column] = _weights.TryGetValue(column, out var sum) ? sum + weight : weight;
    }

    /// <summary>The row's entries.</summary>
    public IReadOnlyList<MatrixEntry> Entries() =>
        [.. _weights.Where(w => !w.Value.IsZero).Select(w => new MatrixEntry(w.Key, Polynomial.Constant(w.Value)))];

    /// <summary>A row with one entry of 1: a layer that moves a value without changing it.</summary>
    public static IReadOnlyList<MatrixEntry> Unit(long column) => [new MatrixEntry(column, Polynomial.One)];
}
