using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// Layers applied one after another as one layer: the body of a Residual. Its map is the product
/// of theirs, a <see cref="ProductMap"/> as a stack's M_total is, and it is not linear when one of
/// them is not.
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
        var maps = new List<ILinearMap>(_layers.Count);
        foreach (var layer in _layers)
        {
            if (layer.Map(input) is not { } map) return null;
            maps.Add(map);
            input = layer.OutputShape(input);
        }
        // The stack's own product: the same rows, offsets and row cache as M_total.
        return maps.Count == 1 ? maps[0] : new ProductMap(maps);
    }
}
