using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Export.Pictures;

/// <summary>
/// A map to draw with the structure its rows and columns carry: where the blocks of the input's
/// last dimension end (the text's |), where one input channel's columns end, and how many rows
/// make one output channel (a band). Zero where a map has no such structure.
/// </summary>
/// <param name="Name">What the map is called in the picture: M, C, Mᵀ.</param>
/// <param name="Map">The map.</param>
/// <param name="ColumnBlock">Columns per block of the input's last dimension; 0 for none.</param>
/// <param name="ColumnChannel">Columns per input channel; 0 when channels are not contiguous (channels last) or unknown.</param>
/// <param name="RowBand">Rows per output channel: the bands; 0 for none.</param>
internal sealed record MatrixAxes(string Name, ILinearMap Map, long ColumnBlock, long ColumnChannel, long RowBand)
{
    /// <summary>What a band of rows is named beside it: "out" (out 0, out 1) for M's output channels, "in" for Mᵀ's input channels.</summary>
    public string BandName { get; init; } = "out";

    /// <summary>M of a layer, with its blocks, channels and bands.</summary>
    public static MatrixAxes Of(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var channelsLast = g.Layout == DataLayout.ChannelsLast;
        return new MatrixAxes("M", matrix, Block(g.InputSize, g.InChannels, channelsLast),
            channelsLast ? 0 : g.InputPlane, channelsLast ? 0 : g.OutputPlane);
    }

    /// <summary>C, the forward twin of a transposed layer: its rows are the layer's inputs and its columns its outputs.</summary>
    public static MatrixAxes Of(ForwardTwin twin, LayerGeometry transposed)
    {
        var channelsLast = transposed.Layout == DataLayout.ChannelsLast;
        return new MatrixAxes("C", twin, Block(transposed.OutputSize, transposed.OutChannels, channelsLast),
            channelsLast ? 0 : transposed.OutputPlane, channelsLast ? 0 : transposed.InputPlane);
    }

    /// <summary>
    /// U(x), the patch matrix: its rows M's, banded by output channel; its columns k' as the kernel is laid
    /// out, a thin rule after each channel pair's taps and a heavy one between the outer channel's blocks
    /// where the spatial axes are innermost, else a thin rule after each run of the last axis (the text's bars).
    /// </summary>
    public static MatrixAxes Of(Gradients.PatchMatrix patches)
    {
        var g = patches.Matrix.Geometry;
        var (o, i, s) = g.KernelStrides;
        var kernel = patches.Matrix.Layer.Kernel.Shape;
        return new MatrixAxes("U(x)", patches, s == 1 ? Math.Min(o, i) : kernel[kernel.Rank - 1], s == 1 ? Math.Max(o, i) : 0,
            g.Layout == DataLayout.ChannelsLast ? 0 : g.OutputPlane);
    }

    /// <summary>Any linear map, drawn without block structure.</summary>
    public static MatrixAxes Plain(string name, ILinearMap map) => new(name, map, 0, 0, 0);

    private static long Block(System.Collections.Immutable.ImmutableArray<int> sizes, int channels, bool channelsLast) => channelsLast ? (long)sizes[^1] * channels : sizes[^1];
}
