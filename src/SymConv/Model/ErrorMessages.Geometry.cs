using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>An input without a channel dimension or spatial dimensions.</summary>
    public static string InputRank(Shape input) =>
        string.Create(CultureInfo.InvariantCulture, $"the input has shape {input} ({input.Rank} dimension{(input.Rank == 1 ? "" : "s")}), but it needs a channel dimension and at least one spatial dimension, such as 1×3×3; write a 1-channel row as [[1 2 3]]");

    /// <summary>Kernel and input with different numbers of spatial dimensions.</summary>
    public static string KernelRank(Shape kernel, Shape input, bool transposed) =>
        string.Create(CultureInfo.InvariantCulture, $"the kernel has shape {kernel} and the input {input}: a kernel has two more dimensions than the input's spatial ones, laid out as {(transposed ? "(in channels, out channels / groups, k1, k2, …) for `transposed`" : "(out channels, in channels / groups, k1, k2, …)")}, so this input needs a kernel of {input.Rank + 1} dimensions");

    /// <summary>Forward kernel whose in-channels do not match the input.</summary>
    public static string ForwardChannels(Shape kernel, Shape input, int groups) =>
        groups == 1
            ? string.Create(CultureInfo.InvariantCulture, $"the kernel has shape {kernel}, so it reads {kernel[1]} input channel{(kernel[1] == 1 ? "" : "s")}, but the input has shape {input}, which has {input[0]}; the kernel's second dimension must equal the input's first")
            : string.Create(CultureInfo.InvariantCulture, $"the kernel has shape {kernel}, so each of the {groups} groups reads {kernel[1]} channel{(kernel[1] == 1 ? "" : "s")}, {kernel[1] * groups} in all, but the input has shape {input}, which has {input[0]}; `groups` must divide the input channels and the kernel's second dimension must be input channels / groups");

    /// <summary>Transposed kernel whose in-channels do not match the input.</summary>
    public static string TransposedChannels(Shape kernel, Shape input) =>
        string.Create(CultureInfo.InvariantCulture, $"with `transposed` the kernel is laid out (in channels, out channels / groups, k…) as in PyTorch's ConvTranspose; the kernel has shape {kernel}, so it reads {kernel[0]} input channels, but the input has shape {input}, which has {input[0]}");

    /// <summary>Groups that do not divide the output channels.</summary>
    public static string GroupsDivideOut(int outChannels, int groups) =>
        string.Create(CultureInfo.InvariantCulture, $"`groups` {groups} does not divide the {outChannels} output channels (the kernel's first dimension)");

    /// <summary>Groups that do not divide the input channels.</summary>
    public static string GroupsDivideIn(int inChannels, int groups) =>
        string.Create(CultureInfo.InvariantCulture, $"`groups` {groups} does not divide the {inChannels} input channels");

    /// <summary>A value that must be at least one.</summary>
    public static string AtLeastOne(string option, int value) => string.Create(CultureInfo.InvariantCulture, $"{option} must be at least 1, not {value}");

    /// <summary>A value that must not be negative.</summary>
    public static string NotNegative(string option, int value) => string.Create(CultureInfo.InvariantCulture, $"{option} must not be negative, not {value}");

    /// <summary>A per-dimension list of the wrong length.</summary>
    public static string PerDimensionCount(string option, int count, int rank) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} has {count} values, but the layer has {rank} spatial dimension{(rank == 1 ? "" : "s")}: give one value for all or one per dimension");

    /// <summary>Output padding on a forward layer.</summary>
    public const string OutputPaddingNeedsTransposed =
        "`output-padding` only applies to a transposed convolution: add `transposed`, or drop `output-padding`";

    /// <summary>Output padding too large.</summary>
    public static string OutputPaddingTooLarge(int outputPadding, int stride, int dilation) =>
        string.Create(CultureInfo.InvariantCulture, $"`output-padding` {outputPadding} must be smaller than the stride ({stride}) or the dilation ({dilation}), as in PyTorch");

    /// <summary>'same' with a stride.</summary>
    public const string SameNeedsStrideOne =
        "`padding` same needs `stride` 1 (as in PyTorch); for strided layers use `padding` tf-same, TensorFlow's SAME, or give sizes";

    /// <summary>A named padding with a transposed layer.</summary>
    public static string NamedPaddingTransposed(Padding padding) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding` {padding} is not available with `transposed`: PyTorch's ConvTranspose takes padding sizes only");

    /// <summary>A non-zero padding mode with a transposed layer.</summary>
    public static string PaddingModeTransposed(PaddingMode mode) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding-mode` {mode.ToString().ToLowerInvariant()} is not available with `transposed`: PyTorch's ConvTranspose supports zeros only");

    /// <summary>Reflect padding not smaller than the input.</summary>
    public static string ReflectTooWide(int dimension, int padding, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding-mode` reflect needs padding smaller than the input, but spatial dimension {dimension + 1} has padding {padding} on an input of size {size}");

    /// <summary>Symmetric padding larger than the input.</summary>
    public static string SymmetricTooWide(int dimension, int padding, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding-mode` symmetric needs padding no larger than the input (as TensorFlow's SYMMETRIC), but spatial dimension {dimension + 1} has padding {padding} on an input of size {size}");

    /// <summary>Causal padding on a layer of more than one spatial dimension.</summary>
    public static string CausalNeedsOneDimension(int rank, string sides) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding` causal is for 1-D layers (Keras allows it for Conv1D only), but this layer has {rank} spatial dimensions; give the sides instead: `padding` {sides} pads dilation·(kernel−1) before and none after in every dimension");

    /// <summary>Circular padding larger than the input.</summary>
    public static string CircularTooWide(int dimension, int padding, int size) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding-mode` circular needs padding no larger than the input, but spatial dimension {dimension + 1} has padding {padding} on an input of size {size}");

    /// <summary>A forward layer with no output.</summary>
    public static string EmptyOutput(int dimension, int kernel, int dilation, long extent, int input, int padding) =>
        string.Create(CultureInfo.InvariantCulture, $"the output would be empty: in spatial dimension {dimension + 1} the kernel of size {kernel}{(dilation == 1 ? "" : $" with dilation {dilation} spans {extent}")}, more than the input of size {input}{(padding == 0 ? "" : $" plus padding {padding}")}; use a smaller kernel{(dilation == 1 ? "" : " or `dilation`")}, or add {(padding == 0 ? "" : "more ")}`padding`");

    /// <summary>A transposed layer with no output.</summary>
    public static string EmptyTransposedOutput(int dimension, long size, int padding) =>
        string.Create(CultureInfo.InvariantCulture, $"the output would be empty: in spatial dimension {dimension + 1} the transposed convolution's output size is {size} with `padding` {padding}; use less padding");

    /// <summary>A bias that is not one entry per output channel.</summary>
    public static string BiasShape(Shape bias, int outChannels) =>
        string.Create(CultureInfo.InvariantCulture, $"the bias has shape {bias}, but the layer has {outChannels} output channel{(outChannels == 1 ? "" : "s")}: give one entry per channel, such as {BiasExample(outChannels)}, or `bias` auto");

    // [b0], [b0 b1], [b0 b1 b2], then [b0 b1 … b7]: as many entries as the layer has channels.
    private static string BiasExample(int channels) =>
        "[" + (channels <= 4
            ? string.Join(' ', Enumerable.Range(0, Math.Max(channels, 1)).Select(c => string.Create(CultureInfo.InvariantCulture, $"b{c}")))
            : string.Create(CultureInfo.InvariantCulture, $"b0 b1 … b{channels - 1}")) + "]";

    /// <summary>A size past what SymConv can index.</summary>
    public static string LayerTooLarge(string what, long? size) =>
        string.Create(CultureInfo.InvariantCulture, $"the layer is too large: {what} would {(size is { } n ? "be " + n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "have more entries than can be counted")}, more than SymConv can index; use smaller sizes, strides, dilations or padding");
}
