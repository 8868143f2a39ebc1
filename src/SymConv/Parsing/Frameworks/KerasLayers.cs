using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// Keras's (and tf.keras's) Conv1D/2D/3D, Conv1DTranspose/2D/3D and DepthwiseConv1D/2D, read with
/// Keras's positional order, defaults (channels_last, use_bias=True) and checks (keras/src/layers/
/// convolutional/base_conv.py and its siblings). Keras's kernel is (k…, in/groups, filters), a
/// transposed one's (k…, filters, in), a depthwise one's (k…, in, depth_multiplier): the layer is
/// read in those layouts (hwio, hwoi, hwim) and channels last unless data_format says otherwise,
/// so a user can paste what Keras prints.
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

        var spec = new LayerSpec
        {
            Stride = [.. strides], Dilation = [.. dilation],
            Layout = channelsLast ? DataLayout.ChannelsLast : DataLayout.ChannelsFirst,
        };
        Func<int, Shape> weight;
        switch (kind)
        {
            case Kind.Conv:
                // Keras's kernel is (k…, in/groups, filters).
                spec = spec with { Groups = groups, Padding = ForwardPadding(padding), KernelLayout = KernelLayout.Hwio };
                weight = c => new Shape([filters, c / groups, .. kernel]);
                break;
            case Kind.Depthwise:
                // Keras's depthwise kernel is (k…, channels, depth_multiplier), and its output channel
                // c·m + j is input channel c through multiplier j.
                spec = spec with { Padding = ForwardPadding(padding), KernelLayout = KernelLayout.Hwim, DepthMultiplier = multiplier };
                weight = c => new Shape([c * multiplier, 1, .. kernel]);
                break;
            default:
                // Keras's transposed kernel is (k…, filters, in).
                var (crop, outputPadding) = TransposedPadding(args, rank, kernel, strides, dilation, padding);
                spec = spec with { Transposed = true, Padding = crop, OutputPadding = [.. outputPadding], KernelLayout = KernelLayout.Hwoi };
                weight = c => new Shape([c, filters, .. kernel]);
                break;
        }

        return new FrameworkLayer
        {
            Constructor = call.Callee,
            Framework = "Keras",
            SpatialRank = rank,
            Spec = spec,
            Weight = weight,
            Bias = useBias,
            InputShape = args.Has("input_shape") ? args.SizesOf("input_shape", args.Raw("input_shape")!, rank + 1, 1) : null,
            At = call.CalleeAt,
        };
    }

    // Keras's 'same' is TensorFlow's SAME; 'causal' pads dilation·(kernel−1) before only.
    private static Padding ForwardPadding(string padding) => padding switch
    {
        "same" => new Padding.TfSame(),
        "causal" => new Padding.Causal(),
        _ => Padding.Valid,
    };

    // A transposed layer's full output, (n−1)·s + k_eff long, is cropped. Keras (conv_transpose, as
    // TensorFlow's conv2d_backprop_input) makes it n·s long for 'same', (n−1)·s + k_eff mod 2 +
    // output_padding for 'same' with output_padding, and (n−1)·s + k_eff + output_padding for
    // 'valid' (output_padding max(s − k_eff, 0) when not given), cropping ⌊total/2⌋ at the start for
    // 'same' and nothing for 'valid'. SymConv crops `before` and `after` and adds output_padding at
    // the end, as PyTorch's padding and output_padding do.
    private static (Padding Crop, int[] OutputPadding) TransposedPadding(
        ConstructorArguments args, int rank, int[] kernel, int[] strides, int[] dilation, string padding)
    {
        int[]? given = args.Has("output_padding") ? args.Sizes("output_padding", rank, 0, 0) : null;
        var before = new int[rank];
        var after = new int[rank];
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
            // The output's length less (n−1)·s, and the full output's.
            var beyond = given is null ? s : extent % 2 + given[d];
            var total = extent - beyond;
            if (total >= 0)
            {
                before[d] = total / 2;
                after[d] = total - total / 2;
            }
            else
            {
                outputPadding[d] = -total;   // longer than the full output: positions no tap reaches
            }
        }
        return (before.SequenceEqual(after) ? new Padding.Explicit([.. before]) : new Padding.Sides([.. before], [.. after]), outputPadding);
    }

    private static void CheckLinear(ConstructorArguments args)
    {
        if (args.Raw("activation") is not { } activation || ConstructorArguments.IsNone(activation)) return;
        if (activation is PythonValue.Text { Value: var name } && name == "linear") return;
        throw new InputException(FrameworkMessages.Nonlinear(args.Layer, activation.Written), activation.At, FrameworkMessages.NonlinearHint);
    }
}
