using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// Keras's (and tf.keras's) Conv1D/2D/3D, Conv1DTranspose/2D/3D and DepthwiseConv1D/2D, read with
/// Keras's positional order, defaults (channels_last, use_bias=True) and checks (keras/src/layers/
/// convolutional/base_conv.py and its siblings). Keras's kernel is (k…, in/groups, filters), a
/// transposed one's (k…, filters, in), a depthwise one's (k…, in, depth_multiplier); SymConv
/// holds every kernel in PyTorch's layout, and the mapping between them is kept here.
/// </summary>
internal static class KerasLayers
{
    /// <summary>How the constructors may be qualified.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["", "layers.", "keras.layers.", "tf.keras.layers.", "tensorflow.keras.layers."];

    private enum Kind { Conv, Transposed, Depthwise }

    private static readonly Dictionary<string, (int Rank, Kind Kind)> Known = new(StringComparer.Ordinal)
    {
        ["Conv1D"] = (1, Kind.Conv), ["Conv2D"] = (2, Kind.Conv), ["Conv3D"] = (3, Kind.Conv),
        ["Convolution1D"] = (1, Kind.Conv), ["Convolution2D"] = (2, Kind.Conv), ["Convolution3D"] = (3, Kind.Conv),
        ["Conv1DTranspose"] = (1, Kind.Transposed), ["Conv2DTranspose"] = (2, Kind.Transposed), ["Conv3DTranspose"] = (3, Kind.Transposed),
        ["Convolution2DTranspose"] = (2, Kind.Transposed), ["Convolution3DTranspose"] = (3, Kind.Transposed),
        ["DepthwiseConv1D"] = (1, Kind.Depthwise), ["DepthwiseConv2D"] = (2, Kind.Depthwise),
    };

    /// <summary>The layer class names read.</summary>
    public static IEnumerable<string> Names => Known.Keys;

    // None of these change the linear map: how weights start or are trained, the layer's name.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", "activity_regularizer",
        "kernel_constraint", "bias_constraint", "depthwise_initializer", "depthwise_regularizer", "depthwise_constraint",
        "name", "trainable", "dtype",
    };

    private static readonly string[] KeywordOnly = ["input_shape", "name", "trainable", "dtype"];

    private static readonly string[] Trailing =
        ["activation", "use_bias", "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer",
         "activity_regularizer", "kernel_constraint", "bias_constraint"];

    private static readonly ConstructorSignature Conv = new(
        ["filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate", "groups", .. Trailing], 2, KeywordOnly, Ignored);

    private static readonly ConstructorSignature Transpose = new(
        ["filters", "kernel_size", "strides", "padding", "output_padding", "data_format", "dilation_rate", .. Trailing], 2, KeywordOnly, Ignored);

    private static readonly ConstructorSignature Depthwise = new(
        ["kernel_size", "strides", "padding", "depth_multiplier", "data_format", "dilation_rate", "activation", "use_bias",
         "depthwise_initializer", "bias_initializer", "depthwise_regularizer", "bias_regularizer", "activity_regularizer",
         "depthwise_constraint", "bias_constraint"], 1, KeywordOnly, Ignored);

    /// <summary>True when <paramref name="name"/> is a Keras layer read here.</summary>
    public static bool Reads(string name) => Known.ContainsKey(name);

    /// <summary>The layer a Keras constructor describes.</summary>
    public static FrameworkLayer Read(PythonCall call)
    {
        var (rank, kind) = Known[call.Name];
        var args = ConstructorArguments.Bind(call, kind switch { Kind.Conv => Conv, Kind.Transposed => Transpose, _ => Depthwise });
        var filters = kind == Kind.Depthwise ? 0 : args.Integer("filters", 0, 1);
        var kernel = args.Sizes("kernel_size", rank, 0, 1);
        var strides = args.Sizes("strides", rank, 1, 1);
        var dilation = args.Sizes("dilation_rate", rank, 1, 1);
        var groups = kind == Kind.Conv ? args.Integer("groups", 1, 1) : 1;
        var multiplier = kind == Kind.Depthwise ? args.Integer("depth_multiplier", 1, 1) : 1;
        var padding = args.Word("padding", "valid", kind == Kind.Conv && rank == 1 ? ["valid", "same", "causal"] : ["valid", "same"], kerasStyle: true);
        var channelsLast = args.Word("data_format", "channels_last", ["channels_last", "channels_first"], kerasStyle: true) == "channels_last";
        var useBias = args.Switch("use_bias", true);
        CheckLinear(args);
        if (filters % groups != 0)
            throw new InputException(FrameworkMessages.NotDivisible(args.Layer, "filters", filters, groups), args.At("groups"));
        if (strides.Max() > 1 && dilation.Max() > 1)
            throw new InputException(FrameworkMessages.StrideAndDilation(args.Layer), args.At("strides"));

        var spec = new LayerSpec { Stride = strides, Dilation = dilation };
        Func<int, Shape> weight;
        Func<int, Shape> kerasWeight;
        switch (kind)
        {
            case Kind.Conv:
                spec = spec with { Groups = groups, Padding = ForwardPadding(args, padding) };
                weight = c => new Shape([filters, c / Math.Max(groups, 1), .. kernel]);
                kerasWeight = c => new Shape([.. kernel, c / Math.Max(groups, 1), filters]);
                break;
            case Kind.Depthwise:
                // Keras's depthwise output channel c·m + j is input channel c through multiplier j:
                // PyTorch's groups = channels with out = channels·m orders its outputs the same way.
                spec = spec with { Padding = ForwardPadding(args, padding) };
                weight = c => new Shape([c * multiplier, 1, .. kernel]);
                kerasWeight = c => new Shape([.. kernel, c, multiplier]);
                break;
            default:
                var (crop, outputPadding) = TransposedPadding(args, rank, kernel, strides, dilation, padding);
                spec = spec with { Transposed = true, Padding = new Padding.Explicit(crop), OutputPadding = outputPadding };
                weight = c => new Shape([c, filters, .. kernel]);
                kerasWeight = c => new Shape([.. kernel, filters, c]);
                break;
        }

        return new FrameworkLayer
        {
            Constructor = call.Callee,
            Framework = "Keras",
            SpatialRank = rank,
            Spec = spec,
            Weight = weight,
            FrameworkWeight = kerasWeight,
            Bias = useBias,
            ChannelsLast = channelsLast,
            InputShape = args.Has("input_shape") ? args.SizesOf("input_shape", args.Raw("input_shape")!, rank + 1, 1) : null,
            At = call.CalleeAt,
            GroupsAreChannels = kind == Kind.Depthwise,
        };
    }

    // Keras's 'same' is TensorFlow's SAME; 'causal' pads dilation·(kernel−1) before only.
    private static Padding ForwardPadding(ConstructorArguments args, string padding) => padding switch
    {
        "same" => new Padding.TfSame(),
        "causal" => throw new InputException(FrameworkMessages.NeedsLayouts(args.Layer, "padding='causal'"), args.At("padding")),
        _ => Padding.Valid,
    };

    // A transposed layer's output is cropped: Keras (conv_transpose, as TensorFlow's) crops
    // ⌊max(k_eff − s, 0)/2⌋ at the start and makes the output n·s long for 'same', (n−1)·s + k_eff
    // + output_padding (output_padding max(s − k_eff, 0) when not given) for 'valid', and
    // (n−1)·s + k_eff mod 2 + output_padding for 'same' with output_padding. PyTorch's padding p
    // crops p at both ends and output_padding gives some back at the end; this finds the p and
    // output_padding that crop the same, or refuses when none does.
    private static (int[] Crop, int[] OutputPadding) TransposedPadding(
        ConstructorArguments args, int rank, int[] kernel, int[] strides, int[] dilation, string padding)
    {
        int[]? given = args.Has("output_padding") ? args.Sizes("output_padding", rank, 0, 0) : null;
        var crop = new int[rank];
        var outputPadding = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            var s = strides[d];
            var extent = dilation[d] * (kernel[d] - 1) + 1;
            if (given is not null && given[d] >= s)
                throw new InputException(FrameworkMessages.OutputPaddingTooLarge(args.Layer, "strides", given[d], s), args.At("output_padding"));
            if (padding == "valid")
            {
                outputPadding[d] = given?[d] ?? Math.Max(s - extent, 0);
                continue;
            }
            // Crop at the start, and the output's length less (n−1)·s.
            int before, beyond;
            if (given is null)
            {
                before = Math.Max(extent - s, 0) / 2;
                beyond = s;
            }
            else
            {
                var total = extent + extent % 2 - 2 + given[d];
                before = extent - 1 - Math.Min(total / 2 + total % 2, extent - 1);
                beyond = extent % 2 + given[d];
            }
            // PyTorch: length (n−1)·s + k_eff − 2p + output_padding with p = before.
            var torchOutputPadding = beyond - extent + 2 * before;
            if (torchOutputPadding < 0 || torchOutputPadding >= Math.Max(s, dilation[d]))
                throw new InputException(FrameworkMessages.NotRepresentable(args.Layer, "padding='same' here"), args.At("padding"));
            crop[d] = before;
            outputPadding[d] = torchOutputPadding;
        }
        return (crop, outputPadding);
    }

    private static void CheckLinear(ConstructorArguments args)
    {
        if (args.Raw("activation") is not { } activation || ConstructorArguments.IsNone(activation)) return;
        if (activation is PythonValue.Text { Value: var name } && name == "linear") return;
        throw new InputException(FrameworkMessages.Nonlinear(args.Layer, activation.Written), activation.At, FrameworkMessages.NonlinearHint);
    }
}
