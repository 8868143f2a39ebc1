using System.Globalization;

namespace SymConv.Model;

/// <summary>
/// The dimensions of a tensor, outermost first, flattened row-major as the seed does
/// (x'_{iHW+jW+k} = x_{i,j,k}). Compares by value.
/// </summary>
public sealed class Shape : IEquatable<Shape>
{
    private readonly int[] _dims;

    /// <summary>Makes a shape; every dimension must be positive.</summary>
    public Shape(params int[] dims)
    {
        foreach (var d in dims)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(d);
        _dims = [.. dims];
        long size = 1;
        foreach (var d in dims)
            size = checked(size * d);
        Size = size;
    }

    /// <summary>The dimensions.</summary>
    public IReadOnlyList<int> Dims => Array.AsReadOnly(_dims);

    /// <summary>How many dimensions.</summary>
    public int Rank => _dims.Length;

    /// <summary>The number of entries.</summary>
    public long Size { get; }

    /// <summary>One dimension.</summary>
    public int this[int axis] => _dims[axis];

    /// <summary>The row-major flat index of a multi-index.</summary>
    public long Flatten(ReadOnlySpan<int> index)
    {
        long flat = 0;
        for (var i = 0; i < _dims.Length; i++)
            flat = flat * _dims[i] + index[i];
        return flat;
    }

    /// <summary>The multi-index of a row-major flat index.</summary>
    public void Unflatten(long flat, Span<int> index)
    {
        for (var i = _dims.Length - 1; i >= 0; i--)
        {
            index[i] = (int)(flat % _dims[i]);
            flat /= _dims[i];
        }
    }

    /// <summary>The multi-index of a row-major flat index, as a new array.</summary>
    public int[] Unflatten(long flat)
    {
        var index = new int[_dims.Length];
        Unflatten(flat, index);
        return index;
    }

    /// <summary>Written as the seed describes shapes: 2×1×2×2.</summary>
    public override string ToString() => string.Join('×', _dims.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    /// <inheritdoc/>
    public bool Equals(Shape? other) => other is not null && _dims.AsSpan().SequenceEqual(other._dims);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Shape other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in _dims) hash.Add(d);
        return hash.ToHashCode();
    }
}
