using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// PyTorch's torch.nn.Conv1d/2d/3d and ConvTranspose1d/2d/3d, and their Lazy forms (which take
/// in_channels from the input), read as torch 1.13 reads their arguments (torch/nn/modules/conv.py):
/// the same positional order, defaults and refusals.
/// </summary>
internal static class PyTorchLayers
{
    /// <summary>How the constructors may be qualified.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["", "nn.", "torch.nn."];

    /// <summary>The layers read, by class name, with their spatial rank.</summary>
    public static IReadOnlyDictionary<string, (int Rank, bool Transposed)> Layers { get; } =
        new Dictionary<string, (int, bool)>(StringComparer.Ordinal)
        {
            ["Conv1d"] = (1, false), ["Conv2d"] = (2, false), ["Conv3d"] = (3, false),
            ["ConvTranspose1d"] = (1, true), ["ConvTranspose2d"] = (2, true), ["ConvTranspose3d"] = (3, true),
            ["LazyConv1d"] = (1, false), ["LazyConv2d"] = (2, false), ["LazyConv3d"] = (3, false),
            ["LazyConvTranspose1d"] = (1, true), ["LazyConvTranspose2d"] = (2, true), ["LazyConvTranspose3d"] = (3, true),
        };

    // device and dtype say where and in what precision torch computes; the map is the same.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "device", "dtype" };

    private static readonly ConstructorSignature Conv = new(
        ["in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode", "device", "dtype"],
        3, [], Ignored);

    // ConvTranspose puts output_padding after padding, and dilation after bias.
    private static readonly ConstructorSignature ConvTranspose = new(
        ["in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation", "padding_mode", "device", "dtype"],
        3, [], Ignored);

    private static readonly Dictionary<string, PaddingMode> Modes = new(StringComparer.Ordinal)
    {
        ["zeros"] = PaddingMode.Zeros, ["reflect"] = PaddingMode.Reflect,
        ["replicate"] = PaddingMode.Replicate, ["circular"] = PaddingMode.Circular,
    };

    // The Lazy modules have no in_channels: the first input sets it.
    private static readonly ConstructorSignature LazyConv = Conv with { Positional = Conv.Positional.Skip(1).ToArray(), Required = 2 };
    private static readonly ConstructorSignature LazyConvTranspose = ConvTranspose with { Positional = ConvTranspose.Positional.Skip(1).ToArray(), Required = 2 };

    /// <summary>The layer a PyTorch constructor describes.</summary>
    public static FrameworkLayer Read(PythonCall call)
    {
        var (rank, transposed) = Layers[call.Name];
        var lazy = call.Name.StartsWith("Lazy", StringComparison.Ordinal);
        var args = ConstructorArguments.Bind(call, (transposed, lazy) switch
        {
            (false, false) => Conv, (true, false) => ConvTranspose, (false, true) => LazyConv, (true, true) => LazyConvTranspose,
        });
        int? declared = lazy ? null : args.Integer("in_channels", 0, 1);
        var outChannels = args.Integer("out_channels", 0, 1);
        var kernel = args.Sizes("kernel_size", rank, 0, 1);
        var stride = args.Sizes("stride", rank, 1, 1);
        var dilation = args.Sizes("dilation", rank, 1, 1);
        var groups = args.Integer("groups", 1, 1);
        var bias = args.Switch("bias", true);
        var mode = Modes[args.Word("padding_mode", "zeros", [.. Modes.Keys])];
        if (declared is { } inChannels && inChannels % groups != 0)
            throw new InputException(FrameworkMessages.NotDivisible(args.Layer, "in_channels", inChannels, groups), args.At("groups"));
        if (outChannels % groups != 0)
            throw new InputException(FrameworkMessages.NotDivisible(args.Layer, "out_channels", outChannels, groups), args.At("groups"));

        var spec = new LayerSpec
        {
            Stride = [.. stride], Dilation = [.. dilation], Groups = groups, PaddingMode = mode, Transposed = transposed,
        };
        Func<int, Shape> weight;
        if (transposed)
        {
            if (mode != PaddingMode.Zeros)
                throw new InputException(FrameworkMessages.TransposedPaddingMode(args.Layer, args.Word("padding_mode", "zeros", [.. Modes.Keys])), args.At("padding_mode"));
            if (args.Raw("padding") is PythonValue.Text text)
                throw new InputException(FrameworkMessages.TransposedPaddingWord(args.Layer, text.Describe()), text.At);
            var outputPadding = args.Sizes("output_padding", rank, 0, 0);
            for (var d = 0; d < rank; d++)
            {
                // torch checks this in forward (_output_padding): smaller than the stride or the dilation.
                if (outputPadding[d] >= Math.Max(stride[d], dilation[d]))
                    throw new InputException(
                        FrameworkMessages.OutputPaddingTooLarge(args.Layer, "either stride or dilation", outputPadding[d], Math.Max(stride[d], dilation[d])),
                        args.At("output_padding"));
            }
            spec = spec with { Padding = new Padding.Explicit([.. args.Sizes("padding", rank, 0, 0)]), OutputPadding = [.. outputPadding] };
            weight = c => new Shape([c, outChannels / groups, .. kernel]);
        }
        else
        {
            spec = spec with { Padding = ReadPadding(args, rank, stride) };
            weight = c => new Shape([outChannels, c / groups, .. kernel]);
        }

        return new FrameworkLayer
        {
            Constructor = call.Callee,
            Framework = "PyTorch",
            SpatialRank = rank,
            Spec = spec,
            InChannels = declared,
            InChannelsAt = declared is null ? null : args.At("in_channels"),
            Weight = weight,
            Bias = bias,
            At = call.CalleeAt,
        };
    }

    private static Padding ReadPadding(ConstructorArguments args, int rank, int[] stride)
    {
        if (args.Raw("padding") is not PythonValue.Text)
            return new Padding.Explicit([.. args.Sizes("padding", rank, 0, 0)]);
        var word = args.Word("padding", "valid", ["valid", "same"]);
        if (word == "valid") return Padding.Valid;
        if (stride.Any(s => s != 1))
            throw new InputException(FrameworkMessages.SameWithStride(args.Layer), args.At("padding"));
        return new Padding.Same();
    }
}
