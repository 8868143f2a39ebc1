using System.Globalization;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>The messages of the network layers, each naming the layer as written and the input's shape.</summary>
internal static class LayerMessages
{
    public static string Refused(string layer, Shape input, string why) =>
        $"{layer} cannot take an input of shape {input}: {why}";

    public static string SpatialRank(int rank) => rank switch
    {
        1 => "it takes (channels, length)",
        2 => "it takes (channels, height, width)",
        _ => "it takes (channels, depth, height, width)",
    };

    public static string TooSmall(string what, int axis, long size) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} of spatial dimension {axis} would be {size}, and it must be at least 1");

    public static string Axis(int axis) => string.Create(CultureInfo.InvariantCulture, $"dimension {axis}");

    public static string WindowInPadding(int axis, long index) =>
        string.Create(CultureInfo.InvariantCulture,
            $"window {index} of spatial dimension {axis} lies wholly in the padding, where PyTorch's maximum is -inf; make padding or dilation smaller");

    public static string ReflectTooWide(int axis, int before, int after, int size) =>
        string.Create(CultureInfo.InvariantCulture,
            $"reflection padding ({before}, {after}) of spatial dimension {axis} must be smaller than its size {size}, as PyTorch requires");
}
