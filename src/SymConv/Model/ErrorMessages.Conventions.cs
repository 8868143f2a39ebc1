using System.Globalization;

namespace SymConv.Model;

internal static partial class ErrorMessages
{
    /// <summary>A channels-last input without a channel dimension or spatial dimensions.</summary>
    public static string InputRankChannelsLast(Shape input) =>
        string.Create(CultureInfo.InvariantCulture, $"the input has shape {input} ({input.Rank} dimension{(input.Rank == 1 ? "" : "s")}), but with `layout` nhwc it needs at least one spatial dimension and then the channels, such as 3×3×1; write a 1-channel row as [[1] [2] [3]]");

    /// <summary>Kernel and input with different numbers of spatial dimensions, the kernel in a named layout.</summary>
    public static string KernelRankInLayout(Shape kernel, Shape input, string layout) =>
        string.Create(CultureInfo.InvariantCulture, $"the kernel has shape {kernel} and the input {input}: a kernel has two more dimensions than the input's spatial ones, laid out as `kernel-layout` {layout} says ({LayoutAxes(layout)}), so this input needs a kernel of {input.Rank + 1} dimensions");

    /// <summary>What a channel mismatch's shapes are in PyTorch's order, when they were given in another.</summary>
    public static string LayoutNote(Shape kernel, Shape pyTorchKernel, string kernelLayout, Shape input, Shape pyTorchInput, string layout) =>
        string.Create(CultureInfo.InvariantCulture, $" (shapes in PyTorch's order: the kernel {kernel} in {kernelLayout} is {pyTorchKernel}{(input.Equals(pyTorchInput) ? "" : $", the input {input} in {layout} is {pyTorchInput}")})");

    /// <summary>The axes of a kernel layout, in words.</summary>
    private static string LayoutAxes(string layout) => layout switch
    {
        "oihw" => "out, in, k…",
        "iohw" => "in, out, k…",
        "hwio" => "k…, in, out",
        "hwoi" => "k…, out, in",
        "ihwo" => "in, k…, out",
        "ohwi" => "out, k…, in",
        "hwim" => "k…, channels, multiplier",
        _ => layout,
    };

    /// <summary>The depthwise kernel layout on a transposed layer.</summary>
    public const string HwimTransposed =
        "`kernel-layout` hwim is the layout of Keras's DepthwiseConv2D (k…, channels, multiplier), which has no transposed form; drop `transposed` or choose another `kernel-layout`";

    /// <summary>A hwim kernel whose channel axis does not match the input.</summary>
    public static string HwimChannels(Shape kernel, int channels) =>
        string.Create(CultureInfo.InvariantCulture, $"with `kernel-layout` hwim the kernel is (k…, channels, multiplier), so the kernel {kernel} reads {kernel[kernel.Rank - 2]} channel{(kernel[kernel.Rank - 2] == 1 ? "" : "s")}, but the input has {channels}");

    /// <summary>A hwim kernel on a layer that is not depthwise.</summary>
    public static string HwimNeedsDepthwise(int channels, int groups) =>
        string.Create(CultureInfo.InvariantCulture, $"`kernel-layout` hwim is the depthwise layout: it needs `groups` equal to the {channels} input channels or `depth-multiplier`, not `groups` {groups}");

    /// <summary>A depth multiplier on a transposed layer.</summary>
    public const string DepthMultiplierTransposed =
        "`depth-multiplier` makes a depthwise layer as Keras's DepthwiseConv2D, which has no transposed form; drop `transposed` or use `groups`";

    /// <summary>A depth multiplier beside groups that are not the input channels.</summary>
    public static string DepthMultiplierGroups(int groups, int channels) =>
        string.Create(CultureInfo.InvariantCulture, $"`depth-multiplier` makes groups equal to the {channels} input channels, but `groups` is {groups}; drop `groups`");

    /// <summary>A depth multiplier that does not match the kernel.</summary>
    public static string DepthMultiplierKernel(int multiplier, int channels, Shape pyTorchKernel, string layout) =>
        string.Create(CultureInfo.InvariantCulture, $"`depth-multiplier` {multiplier} on {channels} input channel{(channels == 1 ? "" : "s")} needs a kernel of {(long)channels * multiplier} output channels reading 1 channel each ({(long)channels * multiplier}×1×k… in PyTorch's order, k…×{channels}×{multiplier} in hwim), but the kernel is {pyTorchKernel} in PyTorch's order{(layout == "oihw" ? "" : $" (given in {layout})")}");

    /// <summary>A padding value on a transposed layer.</summary>
    public const string PaddingValueTransposed =
        "`padding-value` is the value constant padding reads; a transposed convolution reads no padding (its padding crops the output): drop `padding-value` or `transposed`";

    /// <summary>A padding value beside a padding mode that reads the input.</summary>
    public static string PaddingValueMode(PaddingMode mode) =>
        string.Create(CultureInfo.InvariantCulture, $"`padding-value` is the value constant padding reads, but `padding-mode` {mode.ToString().ToLowerInvariant()} reads the input there; drop one of them");

    /// <summary>How to write a padding value.</summary>
    public const string PaddingValueHint = "write one entry, such as 1, -0.5, 1/3 or c";

    /// <summary>A layout name written for another number of spatial dimensions.</summary>
    public static string LayoutRank(string option, string name, int spelled, int rank) =>
        string.Create(CultureInfo.InvariantCulture, $"{option} {name} names a layer of {spelled} spatial dimension{(spelled == 1 ? "" : "s")}, but this one has {rank}; write it with hw, which serves every rank ({name.Replace("dhw", "hw", StringComparison.Ordinal).Replace("w", "hw", StringComparison.Ordinal).Replace("hhw", "hw", StringComparison.Ordinal)})");
}
