using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's AvgPool1d/2d/3d and MaxPool1d/2d/3d constructors as torch 1.13 declares them
/// (torch/nn/modules/pooling.py), and the pooling layers a stack refuses.
/// </summary>
internal static class PoolingReaders
{
    // AvgPool1d has no divisor_override.
    private static readonly string[] Average1d = ["kernel_size", "stride", "padding", "ceil_mode", "count_include_pad"];
    private static readonly string[] AverageNd = [.. Average1d, "divisor_override"];
    private static readonly string[] MaxNd = ["kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"];

    /// <summary>Reads AvgPool{rank}d.</summary>
    public static INetworkLayer Average(LayerReading reading, int rank)
    {
        var args = ReaderSupport.Bind(reading, rank == 1 ? Average1d : AverageNd, 1);
        var kernel = args.Sizes("kernel_size", rank, 1, 1);
        var windows = new PoolWindows(kernel, ReaderSupport.StrideOrKernel(args, rank, kernel), args.Sizes("padding", rank, 0, 0),
            [.. Enumerable.Repeat(1, rank)], args.Switch("ceil_mode", false));
        if (windows.Refusal() is { } why) throw new InputException($"{args.Layer}: {why}", args.At("padding"));
        int? divisor = null;
        if (rank > 1 && args.Has("divisor_override"))
        {
            divisor = args.Integer("divisor_override", 0, int.MinValue + 1);
            if (divisor == 0) throw new InputException(LayerReaderMessages.NotZero(args.Layer, "divisor_override"), args.At("divisor_override"));
        }
        return ReaderSupport.Checked(
            new AvgPool(reading.Written, reading.Call.CalleeAt, windows, args.Switch("count_include_pad", true), divisor), reading);
    }

    /// <summary>Reads MaxPool{rank}d.</summary>
    public static INetworkLayer Max(LayerReading reading, int rank)
    {
        var args = ReaderSupport.Bind(reading, MaxNd, 1);
        var kernel = args.Sizes("kernel_size", rank, 1, 1);
        if (args.Switch("return_indices", false))
            throw new InputException(LayerReaderMessages.ReturnIndices(args.Layer), args.At("return_indices"));
        var windows = new PoolWindows(kernel, ReaderSupport.StrideOrKernel(args, rank, kernel), args.Sizes("padding", rank, 0, 0),
            args.Sizes("dilation", rank, 1, 1), args.Switch("ceil_mode", false));
        if (windows.Refusal() is { } why) throw new InputException($"{args.Layer}: {why}", args.At("padding"));
        return ReaderSupport.Checked(new MaxPool(reading.Written, reading.Call.CalleeAt, windows), reading);
    }

    /// <summary>Refuses LPPool, the adaptive and the fractional poolings, saying why.</summary>
    public static INetworkLayer OutOfScope(LayerReading reading)
    {
        var name = reading.Call.Name;
        var why = name.StartsWith("LPPool", StringComparison.Ordinal)
            ? "its window's p-norm is neither linear nor a selection"
            : name.StartsWith("Fractional", StringComparison.Ordinal)
                ? "its windows are drawn at random"
                : "its windows follow the input's size, which a stack does not read yet; use AvgPool or MaxPool with the kernel and stride it comes to";
        throw new InputException(LayerReaderMessages.OutOfScope(reading.Call.Callee, why), reading.Call.CalleeAt, NetworkMessages.LayersHint);
    }
}
