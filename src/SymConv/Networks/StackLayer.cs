using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>One layer of a stack on the input it receives there.</summary>
/// <param name="Index">Its index from 0, as nn.Sequential numbers its layers.</param>
/// <param name="Layer">The layer.</param>
/// <param name="Input">The shape it receives.</param>
/// <param name="Output">The shape it gives.</param>
/// <param name="Map">Its affine map on that input, or null when it is not linear.</param>
internal sealed record StackLayer(int Index, INetworkLayer Layer, Shape Input, Shape Output, ILinearMap? Map)
{
    /// <summary>True when M_total runs through the layer: it is linear (or affine), or <see cref="AtPoint"/>.</summary>
    public bool IsLinear => Map is not null;

    /// <summary>
    /// True when the layer is not linear but its input here is numbers, so <see cref="Map"/> is the
    /// map it applies at this input (ReLU's 0/1 diagonal, MaxPool's selection): M_total through it is
    /// the stack's Jacobian at this input, not a map of every input.
    /// </summary>
    public bool AtPoint { get; init; }
}
