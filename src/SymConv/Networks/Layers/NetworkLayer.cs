using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// What the layers of this folder share: the constructor as written and where, and one way of
/// refusing an input, so that every refusal names the layer and the shape.
/// </summary>
internal abstract class NetworkLayer : INetworkLayer
{
    /// <summary>A layer written as <paramref name="written"/> at <paramref name="at"/> (null when it was not typed).</summary>
    protected NetworkLayer(string written, SourcePoint? at)
    {
        Written = written;
        At = at;
    }

    /// <inheritdoc/>
    public string Written { get; }

    /// <summary>Where the constructor is written, when it was.</summary>
    public SourcePoint? At { get; }

    /// <inheritdoc/>
    public Shape OutputShape(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Output(input);
        }
        catch (LayerRefusal refusal)
        {
            throw new InputException(LayerMessages.Refused(Written, input, refusal.Why), At, refusal.Hint);
        }
    }

    /// <inheritdoc/>
    public ILinearMap? Map(Shape input)
    {
        OutputShape(input);
        return MapOf(input);
    }

    /// <summary>Why the layer cannot take <paramref name="input"/>, or null when it can.</summary>
    public LayerRefusal? Refusal(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            Output(input);
            return null;
        }
        catch (LayerRefusal refusal)
        {
            return refusal;
        }
    }

    /// <summary>The output shape, or a <see cref="LayerRefusal"/> thrown.</summary>
    protected abstract Shape Output(Shape input);

    /// <summary>The map on an input <see cref="Output"/> has accepted, or null when the layer is not linear.</summary>
    protected abstract ILinearMap? MapOf(Shape input);

    /// <summary>Checks that the input is (channels, n₁, …, n_rank), the framework's unbatched input, and returns the spatial sizes.</summary>
    protected static int[] Spatial(Shape input, int rank)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Rank != rank + 1) throw new LayerRefusal(LayerMessages.SpatialRank(rank));
        return [.. input.Dims.Skip(1)];
    }
}
