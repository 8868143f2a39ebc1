using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// A tensor a formula reads by name — K, x, b, y, and for the backward pass g, dK, dx, db —
/// as a shape and its entries by flat index, computed when first read.
/// </summary>
internal sealed class FormulaTensor(Shape shape, Func<long, Polynomial> entry)
{
    public Shape Shape { get; } = shape;

    public Polynomial this[long flat] => entry(flat);

    /// <summary>A tensor held whole.</summary>
    public static FormulaTensor Of(Tensor<Polynomial> tensor) => new(tensor.Shape, i => tensor[i]);

    /// <summary>A tensor whose entries are computed on demand and kept, each at most once.</summary>
    public static FormulaTensor Cached(Shape shape, Func<long, Polynomial> compute)
    {
        var cache = new Polynomial?[shape.Size];
        return new(shape, i => cache[i] ??= compute(i));
    }
}
