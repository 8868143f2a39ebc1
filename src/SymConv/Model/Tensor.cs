namespace SymConv.Model;

/// <summary>A dense tensor of entries in row-major order. Kernels, inputs and biases are these.</summary>
/// <typeparam name="T">The entry type; polynomials in practice.</typeparam>
public sealed class Tensor<T>
{
    private readonly T[] _values;

    /// <summary>Makes a tensor from its shape and its entries in row-major order.</summary>
    public Tensor(Shape shape, T[] values)
    {
        if (values.LongLength != shape.Size)
            throw new ArgumentException($"A {shape} tensor needs {shape.Size} entries, not {values.Length}.", nameof(values));
        Shape = shape;
        _values = values;
    }

    /// <summary>The shape.</summary>
    public Shape Shape { get; }

    /// <summary>The entries in row-major order.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>The entry at a row-major flat index.</summary>
    public T this[long flat] => _values[flat];
}
