using SymConv.Algebra;
using SymConv.LinearMaps;

namespace SymConv.Networks;

/// <summary>
/// The product M_{n-1} ⋯ M_0 of affine maps, with their constant terms carried through
/// (c = M_{n-1}(⋯(M_1 c_0 + c_1)⋯) + c_{n-1}), held implicitly: a row of the product is the
/// sparse row of the last map times the rows of the product before it, made on demand. Rows of
/// the inner products are cached, a bounded number per thread, since neighbouring rows of a
/// convolution read mostly the same rows of the layer before; nothing is ever dense.
/// </summary>
internal sealed class ProductMap : ILinearMap
{
    // Rows kept per inner product and thread: enough for a few output rows of a wide convolution.
    private const int CachedRows = 8192;

    private readonly ILinearMap[] _maps;
    private readonly ThreadLocal<RowCache[]> _caches;

    /// <summary>The product of <paramref name="maps"/>, applied first to last; each map's columns are the previous map's rows.</summary>
    public ProductMap(IReadOnlyList<ILinearMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        if (maps.Count == 0) throw new ArgumentException("A product needs at least one map.", nameof(maps));
        for (var i = 1; i < maps.Count; i++)
            if (maps[i].Columns != maps[i - 1].Rows)
                throw new ArgumentException($"Map {i} has {maps[i].Columns} columns, but map {i - 1} gives {maps[i - 1].Rows} rows.", nameof(maps));
        _maps = [.. maps];
        _caches = new(() => [.. _maps.Select(_ => new RowCache())]);
    }

    /// <summary>The maps, first applied first.</summary>
    public IReadOnlyList<ILinearMap> Maps => _maps;

    /// <inheritdoc/>
    public long Rows => _maps[^1].Rows;

    /// <inheritdoc/>
    public long Columns => _maps[0].Columns;

    /// <inheritdoc/>
    public bool IsAffine => _maps.Any(m => m.IsAffine);

    /// <inheritdoc/>
    public IReadOnlyList<MatrixEntry> Row(long row) => RowOf(_maps.Length - 1, row).Entries;

    /// <inheritdoc/>
    public Polynomial Offset(long row) => RowOf(_maps.Length - 1, row).Offset;

    // Row `row` of M_level ⋯ M_0 and its constant term.
    private ProductRow RowOf(int level, long row)
    {
        var map = _maps[level];
        if (level == 0) return new ProductRow(map.Row(row), map.IsAffine ? map.Offset(row) : Polynomial.Zero);
        var cache = _caches.Value![level - 1];
        var columns = new SortedDictionary<long, List<Term>>();
        var offset = new List<Term>();
        foreach (var entry in map.Row(row))
        {
            var inner = cache.Get(entry.Column, r => RowOf(level - 1, r));
            foreach (var e in inner.Entries)
            {
                if (!columns.TryGetValue(e.Column, out var terms))
                    columns[e.Column] = terms = [];
                terms.AddRange((entry.Value * e.Value).Terms);
            }
            if (!inner.Offset.IsZero)
                offset.AddRange((entry.Value * inner.Offset).Terms);
        }
        var entries = new List<MatrixEntry>(columns.Count);
        foreach (var (column, terms) in columns)
        {
            var value = Polynomial.FromTerms(terms);
            if (!value.IsZero) entries.Add(new MatrixEntry(column, value));
        }
        if (map.IsAffine) offset.AddRange(map.Offset(row).Terms);
        return new ProductRow(entries, Polynomial.FromTerms(offset));
    }

    private sealed record ProductRow(IReadOnlyList<MatrixEntry> Entries, Polynomial Offset);

    // A bounded cache of rows: cleared whole when full, which costs one recomputation of the
    // rows in use and keeps the bookkeeping free.
    private sealed class RowCache
    {
        private readonly Dictionary<long, ProductRow> _rows = [];

        public ProductRow Get(long row, Func<long, ProductRow> make)
        {
            if (_rows.TryGetValue(row, out var found)) return found;
            if (_rows.Count >= CachedRows) _rows.Clear();
            var made = make(row);
            _rows[row] = made;
            return made;
        }
    }
}
