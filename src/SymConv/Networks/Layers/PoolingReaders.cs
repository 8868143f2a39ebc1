using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's AvgPool1d/2d/3d and MaxPool1d/2d/3d constructors as torch 1.13 declares them
/// (torch/nn/modules/pooling.py), their adaptive forms, and the pooling layers a stack refuses.
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

    /// <summary>Reads AdaptiveAvgPool{rank}d(output_size) or AdaptiveMaxPool{rank}d(output_size, return_indices=False).</summary>
    public static INetworkLayer Adaptive(LayerReading reading, int rank, bool max)
    {
        var args = ReaderSupport.Bind(reading, max ? ["output_size", "return_indices"] : ["output_size"], 1);
        if (max && args.Switch("return_indices", false))
            throw new InputException(LayerReaderMessages.ReturnIndices(args.Layer), args.At("return_indices"));
        var value = args.Raw("output_size")!;
        int?[] sizes;
        if (value is PythonValue.Sequence sequence)
        {
            if (sequence.Items.Count != rank)
                throw new InputException(FrameworkMessages.WrongCount(args.Layer, "output_size", sequence.Items.Count, rank), value.At);
            // None keeps that dimension's size, as PyTorch's 2-d and 3-d forms read it (the 1-d form takes integers only).
            sizes = [.. sequence.Items.Select(item => ConstructorArguments.IsNone(item) && rank > 1 ? (int?)null : args.SizesOf("output_size", item, 1, 1)[0])];
        }
        else
            sizes = [.. args.SizesOf("output_size", value, rank, 1).Select(s => (int?)s)];
        var windows = new AdaptiveWindows(sizes);
        return ReaderSupport.Checked(max
            ? new AdaptiveMaxPool(reading.Written, reading.Call.CalleeAt, windows)
            : new AdaptiveAvgPool(reading.Written, reading.Call.CalleeAt, windows), reading);
    }

    /// <summary>Refuses LPPool and the fractional poolings, saying why.</summary>
    public static INetworkLayer OutOfScope(LayerReading reading)
    {
        var name = reading.Call.Name;
        var why = name.StartsWith("LPPool", StringComparison.Ordinal)
            ? "its window's p-norm is neither linear nor a selection"
            : "its windows are drawn at random";
        throw new InputException(LayerReaderMessages.OutOfScope(reading.Call.Callee, why), reading.Call.CalleeAt, NetworkMessages.LayersHint);
    }
}
