using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>One layer of a stack on the input it receives there.</summary>
/// <param name="Index">Its index from 0, as nn.Sequential numbers its layers.</param>
/// <param name="Layer">The layer.</param>
/// <param name="Input">The shape it receives.</param>
/// <param name="Output">The shape it gives.</param>
/// <param name="Map">Its affine map on that input, or null when it is not linear.</param>
public sealed record StackLayer(int Index, INetworkLayer Layer, Shape Input, Shape Output, ILinearMap? Map)
{
    /// <summary>True when the layer is linear (or affine), so M_total runs through it.</summary>
    public bool IsLinear => Map is not null;
}
