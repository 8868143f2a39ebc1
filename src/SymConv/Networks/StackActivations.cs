using SymConv.Algebra;

namespace SymConv.Networks;

/// <summary>
/// The activations of a stack's linear layers: y_i = M_i y_{i-1} + c_i from y_{-1} = x, each
/// entry an expanded, simplified polynomial. The activations a later one reads are made whole
/// once (in parallel) and kept; the one asked for is made entry by entry on demand, so y' of the
/// last layer streams in the memory of the layers before it.
/// </summary>
internal sealed class StackActivations
{
    private readonly NetworkStack _stack;
    private readonly Lazy<Polynomial[]>[] _made;

    /// <summary>The activations of <paramref name="stack"/>.</summary>
    public StackActivations(NetworkStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        _stack = stack;
        _made = [.. Enumerable.Range(0, stack.LinearCount).Select(i => new Lazy<Polynomial[]>(() => MakeAll(i)))];
    }

    /// <summary>Entries of y_<paramref name="layer"/> (flattened row-major); layer -1 is the input x.</summary>
    public long Count(int layer) => layer < 0 ? _stack.Input.Shape.Size : _stack.Layers[layer].Output.Size;

    /// <summary>
    /// Entry <paramref name="index"/> of y_<paramref name="layer"/>, the output of layer
    /// <paramref name="layer"/> (-1 for the input x); the layers up to it must be linear.
    /// </summary>
    public Polynomial Entry(int layer, long index)
    {
        if (layer < 0) return _stack.Input[index];
        if (layer >= _stack.LinearCount)
            throw new InvalidOperationException($"Layer {layer} comes after a layer that is not linear.");
        var map = _stack.Layers[layer].Map!;
        var terms = new List<Term>();
        foreach (var entry in map.Row(index))
            terms.AddRange((entry.Value * Previous(layer, entry.Column)).Terms);
        if (map.IsAffine) terms.AddRange(map.Offset(index).Terms);
        return Polynomial.FromTerms(terms);
    }

    private Polynomial Previous(int layer, long index) => layer == 0 ? _stack.Input[index] : _made[layer - 1].Value[index];

    private Polynomial[] MakeAll(int layer)
    {
        var values = new Polynomial[Count(layer)];
        Parallel.For(0, values.Length, i => values[i] = Entry(layer, i));
        return values;
    }
}
