namespace SymConv.Model;

/// <summary>
/// A tensor of entries in row-major order. Kernels, inputs and biases are these. Its entries are
/// held in an array, or made on demand from their flat index, as for a layer's generated
/// symbols: an input of a hundred million fresh symbols is then no bigger than its shape. It cannot
/// be changed once made: it keeps its own copy of the entries, and hands out only a read-only view.
/// </summary>
/// <typeparam name="T">The entry type; polynomials in practice.</typeparam>
public sealed partial class Tensor<T>
{
    private readonly T[]? _values;
    private readonly Func<long, T>? _entry;

    /// <summary>
    /// Makes a tensor from its shape and its entries in row-major order. The entries are copied, so
    /// changing the array afterwards does not change the tensor.
    /// </summary>
    public Tensor(Shape shape, T[] values)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(values);
        if (values.LongLength != shape.Size)
            throw new ArgumentException($"A {shape} tensor needs {shape.Size} entries, not {values.Length}.", nameof(values));
        Shape = shape;
        _values = (T[])values.Clone();
        Values = new StoredEntries(_values);
    }

    /// <summary>Makes a tensor whose entry at each row-major flat index is computed when it is read.</summary>
    /// <param name="shape">The shape; its size must fit an int.</param>
    /// <param name="entry">The entry at a flat index; called again on every read, so it should be cheap and pure.</param>
    public Tensor(Shape shape, Func<long, T> entry)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(entry);
        if (shape.Size > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(shape), shape.Size, "A tensor's size must fit an int.");
        Shape = shape;
        _entry = entry;
        Values = new MadeEntries(this);
    }

    /// <summary>The shape.</summary>
    public Shape Shape { get; }

    /// <summary>
    /// The entries in row-major order: a read-only view, never the array they are kept in, so that
    /// no cast can change a validated layer's tensor. It is made once, so reading it costs nothing.
    /// </summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>The entry at a row-major flat index.</summary>
    public T this[long flat]
    {
        get
        {
            if (_values is not null) return _values[flat];
            ArgumentOutOfRangeException.ThrowIfNegative(flat);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(flat, Shape.Size);
            return _entry!(flat);
        }
    }

    /// <summary>
    /// When every entry is the symbol with id <c>FirstSymbol + flat</c> (a generated family),
    /// that first id; the speed paths then read entries without making them.
    /// </summary>
    internal int? FirstSymbol { get; init; }

    // An indexer over the array itself, so the speed paths that read entries through Values pay
    // no more than they did when it was the array.
    private sealed class StoredEntries(T[] values) : IReadOnlyList<T>
    {
        public T this[int index] => values[index];

        public int Count => values.Length;

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)values).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class MadeEntries(Tensor<T> tensor) : IReadOnlyList<T>
    {
        public T this[int index] => tensor[index];

        public int Count => (int)tensor.Shape.Size;

        public IEnumerator<T> GetEnumerator()
        {
            for (long i = 0; i < tensor.Shape.Size; i++)
                yield return tensor._entry!(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
