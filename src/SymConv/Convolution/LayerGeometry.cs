using System.Collections.Immutable;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// The sizes of a layer resolved per spatial dimension: channels, strides, dilations, the
/// padding on each side and the output size, by PyTorch's formulas. Building one validates the
/// layer; every impossible combination is refused with a message that names the option.
/// </summary>
internal sealed class LayerGeometry
{
    private LayerGeometry() { }

    /// <summary>Number of spatial dimensions.</summary>
    public int SpatialRank { get; private init; }

    /// <summary>Input channels.</summary>
    public int InChannels { get; private init; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; private init; }

    /// <summary>Channel groups.</summary>
    public int Groups { get; private init; }

    /// <summary>True for a transposed convolution.</summary>
    public bool Transposed { get; private init; }

    /// <summary>True when the kernel is flipped (true convolution).</summary>
    public bool Flip { get; private init; }

    /// <summary>What padded positions read.</summary>
    public PaddingMode PaddingMode { get; private init; }

    /// <summary>Input size per spatial dimension.</summary>
    public ImmutableArray<int> InputSize { get; private init; } = [];

    /// <summary>Kernel size per spatial dimension.</summary>
    public ImmutableArray<int> KernelSize { get; private init; } = [];

    /// <summary>Output size per spatial dimension.</summary>
    public ImmutableArray<int> OutputSize { get; private init; } = [];

    /// <summary>Stride per spatial dimension.</summary>
    public ImmutableArray<int> Stride { get; private init; } = [];

    /// <summary>Dilation per spatial dimension.</summary>
    public ImmutableArray<int> Dilation { get; private init; } = [];

    /// <summary>Padding before the first input position, per spatial dimension.</summary>
    public ImmutableArray<int> PadBefore { get; private init; } = [];

    /// <summary>Padding after the last input position, per spatial dimension.</summary>
    public ImmutableArray<int> PadAfter { get; private init; } = [];

    /// <summary>Extra output on the far side of a transposed convolution, per spatial dimension.</summary>
    public ImmutableArray<int> OutputPadding { get; private init; } = [];

    /// <summary>The input shape (channels, n…).</summary>
    public Shape InputShape { get; private init; } = null!;

    /// <summary>The kernel shape as given.</summary>
    public Shape KernelShape { get; private init; } = null!;

    /// <summary>The output shape (channels, m…).</summary>
    public Shape OutputShape { get; private init; } = null!;

    /// <summary>Input channels that one group reads.</summary>
    public int InChannelsPerGroup => InChannels / Groups;

    /// <summary>Output channels that one group writes.</summary>
    public int OutChannelsPerGroup => OutChannels / Groups;

    /// <summary>Entries per input channel.</summary>
    public long InputPlane => InputShape.Size / InChannels;

    /// <summary>Entries per output channel.</summary>
    public long OutputPlane => OutputShape.Size / OutChannels;

    /// <summary>Rows of M: one per output neuron.</summary>
    public long Rows => OutputShape.Size;

    /// <summary>Columns of M: one per input entry.</summary>
    public long Columns => InputShape.Size;

    /// <summary>
    /// Resolves and validates a layer's sizes. <paramref name="kernel"/> and <paramref name="input"/>
    /// are the shapes as laid out (<see cref="LayerSpec.KernelLayout"/>, <see cref="LayerSpec.Layout"/>).
    /// </summary>
    public static LayerGeometry Of(LayerSpec spec, Shape kernel, Shape input)
    {
        if (input.Rank < 2)
            throw new InputException(spec.Layout == DataLayout.ChannelsLast ? ErrorMessages.InputRankChannelsLast(input) : ErrorMessages.InputRank(input));
        var rank = input.Rank - 1;
        if (kernel.Rank != rank + 2)
            throw new InputException(spec.KernelLayout == KernelLayout.PyTorch
                ? ErrorMessages.KernelRank(kernel, input, spec.Transposed)
                : ErrorMessages.KernelRankInLayout(kernel, input, Layouts.Name(spec.KernelLayout, spec.Transposed)));
        if (spec.Groups < 1)
            throw InputException.ForParameter("groups", spec.Groups, ErrorMessages.AtLeastOne("`groups`", spec.Groups));
        var layoutShown = input;
        var kernelShown = kernel;
        input = Layouts.ChannelsFirst(spec.Layout, input);
        kernel = PyTorchKernel(spec, kernel, input);
        var groups = DepthwiseGroups(spec, kernel, input) ?? spec.Groups;

        var inChannels = input[0];
        // The channel checks speak of PyTorch's order; say how the shapes given map there.
        string InLayout(string message) =>
            kernel.Equals(kernelShown) && input.Equals(layoutShown)
                ? message
                : message + ErrorMessages.LayoutNote(kernelShown, kernel, Layouts.Name(spec.KernelLayout, spec.Transposed), layoutShown, input, Layouts.Name(spec.Layout));
        int outChannels;
        if (!spec.Transposed)
        {
            // Groups first: when they do not divide a channel count, that is the mistake to name.
            if (inChannels % groups != 0)
                throw InputException.ForParameter("groups", groups, ErrorMessages.GroupsDivideIn(inChannels, groups));
            if (kernel[0] % groups != 0)
                throw InputException.ForParameter("groups", groups, InLayout(ErrorMessages.GroupsDivideOut(kernel[0], groups)));
            if ((long)kernel[1] * groups != inChannels)
                throw new InputException(InLayout(ErrorMessages.ForwardChannels(kernel, input, groups)));
            outChannels = kernel[0];
        }
        else
        {
            if (kernel[0] != inChannels)
                throw new InputException(InLayout(ErrorMessages.TransposedChannels(kernel, input)));
            if (inChannels % groups != 0)
                throw InputException.ForParameter("groups", groups, ErrorMessages.GroupsDivideIn(inChannels, groups));
            outChannels = CheckedSize((long)kernel[1] * groups, "output channels");
        }

        var inputSize = input.Dims.Skip(1).ToArray();
        var kernelSize = kernel.Dims.Skip(2).ToArray();
        var stride = PerDimension("`stride`", spec.Stride, rank);
        var dilation = PerDimension("`dilation`", spec.Dilation, rank);
        var outputPadding = PerDimension("`output-padding`", spec.OutputPadding, rank);
        for (var d = 0; d < rank; d++)
        {
            if (stride[d] < 1) throw InputException.ForParameter("stride", stride[d], ErrorMessages.AtLeastOne("`stride`", stride[d]));
            if (dilation[d] < 1) throw InputException.ForParameter("dilation", dilation[d], ErrorMessages.AtLeastOne("`dilation`", dilation[d]));
            if (outputPadding[d] < 0) throw InputException.ForParameter("output-padding", outputPadding[d], ErrorMessages.NotNegative("`output-padding`", outputPadding[d]));
        }

        var (before, after) = ResolvePadding(spec, inputSize, kernelSize, stride, dilation, rank);
        var outputSize = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            var extent = (long)dilation[d] * (kernelSize[d] - 1) + 1;
            if (spec.Transposed)
            {
                if (outputPadding[d] >= Math.Max(stride[d], dilation[d]))
                    throw InputException.ForParameter("output-padding", outputPadding[d], ErrorMessages.OutputPaddingTooLarge(outputPadding[d], stride[d], dilation[d]));
                var size = (long)(inputSize[d] - 1) * stride[d] - before[d] - after[d] + extent + outputPadding[d];
                if (size < 1)
                    throw InputException.ForParameter("padding", spec.Padding, ErrorMessages.EmptyTransposedOutput(d, size, before[d]));
                outputSize[d] = CheckedSize(size, $"spatial dimension {d + 1} of the output");
            }
            else
            {
                if (outputPadding[d] != 0)
                    throw InputException.ForParameter("output-padding", string.Join(',', spec.OutputPadding), ErrorMessages.OutputPaddingNeedsTransposed);
                var padded = (long)inputSize[d] + before[d] + after[d];
                if (padded < extent)
                    throw new InputException(ErrorMessages.EmptyOutput(d, kernelSize[d], dilation[d], extent, inputSize[d], before[d] + after[d]));
                outputSize[d] = CheckedSize((padded - extent) / stride[d] + 1, $"spatial dimension {d + 1} of the output");
            }
        }
        CheckPaddingMode(spec, inputSize, before, after);

        var kernelLayout = Layouts.Resolve(spec.KernelLayout, spec.Transposed);
        var kernelPlane = new Shape(kernelSize).Size;
        return new LayerGeometry
        {
            Layout = spec.Layout,
            KernelLayout = kernelLayout,
            KernelStrides = Layouts.KernelStrides(kernelLayout, spec.Transposed,
                spec.Transposed ? kernel[1] : kernel[0], spec.Transposed ? kernel[0] : kernel[1], kernelPlane),
            PyTorchKernelShape = kernel,
            PyTorchInputShape = input,
            SpatialRank = rank,
            InChannels = inChannels,
            OutChannels = outChannels,
            Groups = groups,
            Transposed = spec.Transposed,
            Flip = spec.Flip,
            PaddingMode = spec.PaddingMode,
            InputSize = [.. inputSize],
            KernelSize = [.. kernelSize],
            OutputSize = [.. outputSize],
            Stride = [.. stride],
            Dilation = [.. dilation],
            PadBefore = [.. before],
            PadAfter = [.. after],
            OutputPadding = [.. outputPadding],
            InputShape = layoutShown,
            KernelShape = kernelShown,
            OutputShape = Layouts.FromChannelsFirst(spec.Layout, OutputShapeOf(outChannels, outputSize)),
        };
    }

    // The kernel's shape in PyTorch's order; hwim is the depthwise layout, so it needs one input channel per group.
    private static Shape PyTorchKernel(LayerSpec spec, Shape kernel, Shape input)
    {
        var layout = Layouts.Resolve(spec.KernelLayout, spec.Transposed);
        if (layout == KernelLayout.Hwim && spec.Transposed)
            throw new InputException(ErrorMessages.HwimTransposed);
        Shape pyTorch;
        try
        {
            pyTorch = Layouts.KernelToPyTorch(layout, spec.Transposed, kernel)!;
        }
        catch (OverflowException)
        {
            throw new InputException(ErrorMessages.LayerTooLarge("the kernel's output channels", null));
        }
        if (layout == KernelLayout.Hwim && kernel[kernel.Rank - 2] != input[0])
            throw new InputException(ErrorMessages.HwimChannels(kernel, input[0]));
        return pyTorch;
    }

    // Keras's depth multiplier: groups are the input channels, and each makes m output channels.
    private static int? DepthwiseGroups(LayerSpec spec, Shape kernel, Shape input)
    {
        var hwim = Layouts.Resolve(spec.KernelLayout, spec.Transposed) == KernelLayout.Hwim;
        var channels = input[0];
        if (spec.DepthMultiplier is not { } m)
        {
            if (hwim && spec.Groups != channels)
                throw InputException.ForParameter("groups", spec.Groups, ErrorMessages.HwimNeedsDepthwise(channels, spec.Groups));
            return null;
        }
        if (m < 1) throw InputException.ForParameter("depth-multiplier", m, ErrorMessages.AtLeastOne("`depth-multiplier`", m));
        if (spec.Transposed) throw InputException.ForParameter("depth-multiplier", m, ErrorMessages.DepthMultiplierTransposed);
        if (spec.Groups != 1 && spec.Groups != channels)
            throw InputException.ForParameter("groups", spec.Groups, ErrorMessages.DepthMultiplierGroups(spec.Groups, channels));
        if ((long)channels * m != kernel[0] || kernel[1] != 1)
            throw InputException.ForParameter("depth-multiplier", m, ErrorMessages.DepthMultiplierKernel(m, channels, kernel, Layouts.Name(spec.KernelLayout, false)));
        return channels;
    }

    /// <summary>Where the input's and output's channels sit.</summary>
    public DataLayout Layout { get; private init; }

    /// <summary>The kernel's layout, PyTorch's resolved to oihw or iohw.</summary>
    public KernelLayout KernelLayout { get; private init; }

    /// <summary>The flat distance in the kernel as laid out between neighbours on the o axis, the i axis and the spatial block.</summary>
    public (long O, long I, long S) KernelStrides { get; private init; }

    /// <summary>The kernel's shape in PyTorch's order: (out, in/groups, k…), transposed (in, out/groups, k…).</summary>
    public Shape PyTorchKernelShape { get; private init; } = null!;

    /// <summary>The input's shape in PyTorch's order: (channels, n…).</summary>
    public Shape PyTorchInputShape { get; private init; } = null!;

    /// <summary>True when the layout or the kernel layout is not PyTorch's.</summary>
    public bool HasLayout => Layout != DataLayout.ChannelsFirst || KernelLayout != Layouts.Resolve(KernelLayout.PyTorch, Transposed);

    /// <summary>The output channel of row <paramref name="row"/> of M (an entry of y').</summary>
    public int OutputChannelOf(long row) =>
        (int)(Layout == DataLayout.ChannelsLast ? row % OutChannels : row / OutputPlane);

    /// <summary>The input channel of column <paramref name="column"/> of M (an entry of x').</summary>
    public int InputChannelOf(long column) =>
        (int)(Layout == DataLayout.ChannelsLast ? column % InChannels : column / InputPlane);

    // Sizes are ints and counts longs throughout; a layer past them is refused rather than wrapped.
    private static int CheckedSize(long size, string what) =>
        size <= int.MaxValue ? (int)size : throw new InputException(ErrorMessages.LayerTooLarge(what, size));

    private static Shape OutputShapeOf(int outChannels, int[] outputSize)
    {
        try
        {
            return new Shape([outChannels, .. outputSize]);
        }
        catch (OverflowException)
        {
            throw new InputException(ErrorMessages.LayerTooLarge("the output", null));
        }
    }

    private static int[] PerDimension(string option, ImmutableArray<int> values, int rank)
    {
        if (values.Length == 1) return Enumerable.Repeat(values[0], rank).ToArray();
        if (values.Length == rank) return [.. values];
        throw InputException.ForParameter(option.Trim('`'), string.Join(',', values), ErrorMessages.PerDimensionCount(option, values.Length, rank));
    }

    private static (int[] Before, int[] After) ResolvePadding(
        LayerSpec spec, int[] inputSize, int[] kernelSize, int[] stride, int[] dilation, int rank)
    {
        var before = new int[rank];
        var after = new int[rank];
        if (spec.Transposed && spec.Padding is not (Padding.Explicit or Padding.Sides))
            throw InputException.ForParameter("padding", spec.Padding, ErrorMessages.NamedPaddingTransposed(spec.Padding));
        if (spec.Padding is Padding.Causal && rank != 1)
            throw InputException.ForParameter("padding", spec.Padding, ErrorMessages.CausalNeedsOneDimension(rank,
                string.Join(',', Enumerable.Range(0, rank).Select(d => (long)dilation[d] * (kernelSize[d] - 1) + ":0"))));
        var sizes = spec.Padding is Padding.Explicit explicitPadding
            ? PerDimension("`padding`", explicitPadding.Sizes, rank)
            : null;
        var sides = spec.Padding is Padding.Sides perSide
            ? (Before: PerDimension("`padding`", perSide.Before, rank), After: PerDimension("`padding`", perSide.After, rank))
            : default;
        for (var d = 0; d < rank; d++)
        {
            var total = (long)dilation[d] * (kernelSize[d] - 1);
            switch (spec.Padding)
            {
                case Padding.Explicit:
                    if (sizes![d] < 0) throw InputException.ForParameter("padding", sizes[d], ErrorMessages.NotNegative("`padding`", sizes[d]));
                    before[d] = after[d] = sizes[d];
                    break;
                case Padding.Sides:
                    if (sides.Before[d] < 0) throw InputException.ForParameter("padding", sides.Before[d], ErrorMessages.NotNegative("`padding`", sides.Before[d]));
                    if (sides.After[d] < 0) throw InputException.ForParameter("padding", sides.After[d], ErrorMessages.NotNegative("`padding`", sides.After[d]));
                    before[d] = sides.Before[d];
                    after[d] = sides.After[d];
                    break;
                case Padding.Same:
                    if (stride[d] != 1) throw InputException.ForParameter("padding", spec.Padding, ErrorMessages.SameNeedsStrideOne);
                    // PyTorch puts the odd pixel at the end: left = total // 2.
                    before[d] = CheckedSize(total / 2, "`padding` same");
                    after[d] = CheckedSize(total - total / 2, "`padding` same");
                    break;
                case Padding.Full:
                    before[d] = after[d] = CheckedSize(total, "`padding` full");
                    break;
                case Padding.TfSame or Padding.SameLower:
                    var output = ((long)inputSize[d] + stride[d] - 1) / stride[d];
                    var needed = Math.Max((output - 1) * stride[d] + total + 1 - inputSize[d], 0);
                    // TensorFlow (and ONNX's SAME_UPPER) put the odd pixel at the end, ONNX's SAME_LOWER at the start.
                    var small = CheckedSize(needed / 2, $"`padding` {spec.Padding}");
                    var large = CheckedSize(needed - needed / 2, $"`padding` {spec.Padding}");
                    (before[d], after[d]) = spec.Padding is Padding.TfSame ? (small, large) : (large, small);
                    break;
                case Padding.Causal:
                    before[d] = CheckedSize(total, "`padding` causal");
                    break;
            }
        }
        return (before, after);
    }

    private static void CheckPaddingMode(LayerSpec spec, int[] inputSize, int[] before, int[] after)
    {
        if (spec.PaddingMode == PaddingMode.Zeros) return;
        if (spec.Transposed)
            throw InputException.ForParameter("padding-mode", ModeName(spec.PaddingMode), ErrorMessages.PaddingModeTransposed(spec.PaddingMode));
        for (var d = 0; d < inputSize.Length; d++)
        {
            var widest = Math.Max(before[d], after[d]);
            if (spec.PaddingMode == PaddingMode.Reflect && widest >= inputSize[d])
                throw InputException.ForParameter("padding-mode", ModeName(spec.PaddingMode), ErrorMessages.ReflectTooWide(d, widest, inputSize[d]));
            if (spec.PaddingMode == PaddingMode.Symmetric && widest > inputSize[d])
                throw InputException.ForParameter("padding-mode", ModeName(spec.PaddingMode), ErrorMessages.SymmetricTooWide(d, widest, inputSize[d]));
            if (spec.PaddingMode == PaddingMode.Circular && widest > inputSize[d])
                throw InputException.ForParameter("padding-mode", ModeName(spec.PaddingMode), ErrorMessages.CircularTooWide(d, widest, inputSize[d]));
        }
    }

    // The mode as a spec writes it, reflect: an error's Value.
    private static string ModeName(PaddingMode mode) => mode.ToString().ToLowerInvariant();
}
