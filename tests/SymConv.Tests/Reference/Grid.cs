namespace SymConv.Tests.Reference;

/// <summary>
/// A plain dense N-dimensional array for the reference: a shape and its entries row-major. Deliberately
/// nothing shared with the library's Shape/Tensor, so a bug in those cannot hide here.
/// </summary>
public sealed class Grid<T>
{
    public Grid(int[] shape, T fill)
    {
        Shape = [.. shape];
        var size = 1;
        foreach (var n in shape) size *= n;
        Values = new T[size];
        Array.Fill(Values, fill);
    }

    public Grid(int[] shape, T[] values)
    {
        Shape = [.. shape];
        Values = values;
        if (values.Length != shape.Aggregate(1, (a, b) => a * b)) throw new ArgumentException("size mismatch");
    }

    public int[] Shape { get; }
    public T[] Values { get; }

    public int Offset(int[] index)
    {
        var offset = 0;
        for (var i = 0; i < Shape.Length; i++)
        {
            if (index[i] < 0 || index[i] >= Shape[i]) throw new IndexOutOfRangeException($"index {index[i]} outside 0..{Shape[i] - 1} on axis {i}");
            offset = offset * Shape[i] + index[i];
        }
        return offset;
    }

    public T this[int[] index]
    {
        get => Values[Offset(index)];
        set => Values[Offset(index)] = value;
    }

    /// <summary>Every multi-index of a shape, last axis fastest (an odometer).</summary>
    public static IEnumerable<int[]> Indices(int[] shape)
    {
        if (shape.Any(n => n <= 0)) yield break;
        var index = new int[shape.Length];
        while (true)
        {
            yield return (int[])index.Clone();
            var axis = shape.Length - 1;
            while (axis >= 0)
            {
                index[axis]++;
                if (index[axis] < shape[axis]) break;
                index[axis] = 0;
                axis--;
            }
            if (axis < 0) yield break;
        }
    }
}
