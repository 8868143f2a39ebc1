using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// One layer of a network as the framework constructs it (a convolution, a pooling, an upsampling,
/// a linear layer, a nonlinearity), applied to an input without its batch dimension: (channels, n…)
/// for spatial layers, (features) after a flatten.
/// </summary>
public interface INetworkLayer
{
    /// <summary>The layer as written, such as <c>AvgPool2d(2)</c>, for titles and messages.</summary>
    string Written { get; }

    /// <summary>The shape the layer gives an input of <paramref name="input"/>.</summary>
    /// <exception cref="InputException">When the layer cannot take that input; the message names the layer and the shape.</exception>
    Shape OutputShape(Shape input);

    /// <summary>The layer's affine map on an input of that shape, or null when the layer is not linear (ReLU, MaxPool).</summary>
    ILinearMap? Map(Shape input);
}
