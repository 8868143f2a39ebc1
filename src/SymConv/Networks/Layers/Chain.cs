using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// Layers applied one after another as one layer: the body of a Residual. Its map is the product
/// of theirs, a row at a time (the row of the last map, each entry expanded through the ones
/// before), and it is not linear when one of them is not.
/// </summary>
internal sealed class Chain : INetworkLayer
{
    private readonly IReadOnlyList<INetworkLayer> _layers;

    /// <summary>The layers, first applied first.</summary>
    public Chain(IReadOnlyList<INetworkLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0) throw new ArgumentException("A chain has at least one layer.", nameof(layers));
        _layers = layers;
    }

    /// <inheritdoc/>
    public string Written => string.Join(", ", _layers.Select(l => l.Written));

    /// <inheritdoc/>
    public Shape OutputShape(Shape input)
    {
        foreach (var layer in _layers) input = layer.OutputShape(input);
        return input;
    }

    /// <inheritdoc/>
    public ILinearMap? Map(Shape input)
    {
        ILinearMap? total = null;
        foreach (var layer in _layers)
        {
            if (layer.Map(input) is not { } map) return null;
            total = total is null ? map : new Product(map, total);
            input = layer.OutputShape(input);
        }
        return total;
    }

    // outer · inner with the offsets carried: (B(Ax + a) + b) = (BA)x + (Ba + b).
    private sealed class Product(ILinearMap outer, ILinearMap inner) : ILinearMap
    {
        public long Rows => outer.Rows;

        public long Columns => inner.Columns;

        public IReadOnlyList<MatrixEntry> Row(long row)
        {
            var sums = new SortedDictionary<long, Polynomial>();
            foreach (var (k, weight) in outer.Row(row))
                foreach (var (column, value) in inner.Row(k))
                    sums[column] = sums.TryGetValue(column, out var sum) ? sum + weight * value : weight * value;
            return [.. sums.Where(s => !s.Value.IsZero).Select(s => new MatrixEntry(s.Key, s.Value))];
        }

        public bool IsAffine => outer.IsAffine || inner.IsAffine;

        public Polynomial Offset(long row)
        {
            var offset = outer.Offset(row);
            if (inner.IsAffine)
                foreach (var (k, weight) in outer.Row(row))
                    offset += weight * inner.Offset(k);
            return offset;
        }
    }
}
