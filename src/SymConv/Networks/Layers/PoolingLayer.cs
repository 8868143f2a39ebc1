using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>AvgPool and MaxPool: windows over every channel, the channels left apart.</summary>
internal abstract class PoolingLayer : NetworkLayer
{
    /// <summary>A pooling layer over <paramref name="windows"/>.</summary>
    protected PoolingLayer(string written, SourcePoint? at, PoolWindows windows) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = windows;
    }

    /// <summary>The windows.</summary>
    public PoolWindows Windows { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var spatial = Spatial(input, Windows.Rank);
        if (Windows.Refusal() is { } why) throw new LayerRefusal(why);
        var output = new int[spatial.Length + 1];
        output[0] = input[0];
        for (var d = 0; d < spatial.Length; d++)
        {
            var size = Windows.OutputSize(d, spatial[d]);
            if (size < 1) throw new LayerRefusal(LayerMessages.TooSmall("the output", d, size));
            output[d + 1] = checked((int)size);
        }
        return new Shape(output);
    }
}
