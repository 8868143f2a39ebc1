using System.Globalization;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// What ∂L/∂x = Mᵀ g is as a layer of its own, stated for a reader: for a forward layer, the
/// transposed convolution of g with the same kernel, stride, padding, dilation and groups, with
/// the output padding that gives back x's size (PyTorch computes its input gradient so); for zero
/// padding, equivalently a cross-correlation of g spread by the stride with the kernel flipped;
/// for reflect, replicate and circular padding, that transposed convolution over the padded input,
/// then each border entry added onto the input entry it was read from. For a transposed layer,
/// the forward convolution with the same kernel and hyper-parameters (M = Cᵀ, so Mᵀ = C).
/// </summary>
internal sealed class EquivalentLayer
{
    private EquivalentLayer(IReadOnlyList<string> lines, LayerSpec? spec, int[] outputPadding)
    {
        Lines = lines;
        Spec = spec;
        OutputPadding = outputPadding;
    }

    /// <summary>The statement, one sentence a line.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// The layer that maps g to ∂L/∂x (for reflect, replicate and circular padding: to ∂L/∂ of the
    /// padded input, before its border is folded back), reading the layer's kernel tensor unchanged;
    /// null for Keras's depthwise kernel layout hwim, which no transposed layer reads.
    /// </summary>
    public LayerSpec? Spec { get; }

    /// <summary>The output padding of the transposed convolution that gives back x's size (zeros for a transposed layer).</summary>
    public IReadOnlyList<int> OutputPadding { get; }

    /// <summary>The statement for <paramref name="matrix"/>'s layer.</summary>
    public static EquivalentLayer Of(ConvolutionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var g = matrix.Geometry;
        return g.Transposed ? OfTransposed(matrix) : OfForward(matrix);
    }

    private static EquivalentLayer OfForward(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var rank = g.SpatialRank;
        var folds = g.PaddingMode != PaddingMode.Zeros && (g.PadBefore.Any(p => p > 0) || g.PadAfter.Any(p => p > 0));
        // Folded padding: the transposed convolution runs over the padded input, with no padding of its own.
        var before = folds ? new int[rank] : g.PadBefore.ToArray();
        var after = folds ? new int[rank] : g.PadAfter.ToArray();
        var size = new int[rank];
        var outputPadding = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            size[d] = folds ? g.InputSize[d] + g.PadBefore[d] + g.PadAfter[d] : g.InputSize[d];
            // (n' − 1)s − before − after + d(k − 1) + op + 1 = n: what is left of n after the last window.
            outputPadding[d] = size[d] - ((g.OutputSize[d] - 1) * g.Stride[d] - before[d] - after[d] + g.Dilation[d] * (g.KernelSize[d] - 1) + 1);
        }
        var spec = g.KernelLayout == KernelLayout.Hwim ? null : new LayerSpec
        {
            Stride = g.Stride,
            Padding = before.AsSpan().SequenceEqual(after) ? new Padding.Explicit([.. before]) : new Padding.Sides([.. before], [.. after]),
            Dilation = g.Dilation,
            Groups = g.Groups,
            Transposed = true,
            OutputPadding = [.. outputPadding],
            Flip = g.Flip,
            Layout = g.Layout,
            // The same tensor read as a transposed layer's weight: its o and i axes trade roles.
            KernelLayout = Layouts.Swapped(g.KernelLayout, transposed: false),
        };

        var lines = new List<string>();
        var call = Call($"ConvTranspose{rank}d", g.OutChannels, g.InChannels, g, before, after, outputPadding);
        lines.Add(folds
            ? $"dL/dx is the transposed convolution of g over the padded input ({Sizes(size)}), with the same kernel K as its weight: {call}, applied to g; then the padding is undone, each border entry added onto the input entry it reads ({FoldRule(g.PaddingMode)})."
            : $"dL/dx is the transposed convolution of g with the same kernel K as its weight: {call}, applied to g; output_padding {Tuple(outputPadding)} gives back x's size {Sizes(g.InputSize)}.");
        lines.Add($"As symconv: symconv --transposed --kernel K --input g{Options(g, before, after, outputPadding)}.");
        if (!folds)
        {
            var low = new int[rank];
            var high = new int[rank];
            for (var d = 0; d < rank; d++)
            {
                var reach = g.Dilation[d] * (g.KernelSize[d] - 1);
                low[d] = reach - before[d];
                high[d] = reach - after[d] + outputPadding[d];
            }
            var spread = g.Stride.Any(s => s > 1) ? $"g with stride − 1 zeros between neighbouring entries ({Tuple(g.Stride.Select(s => s - 1))} per dimension), " : "g, ";
            var crop = low.Concat(high).Any(p => p < 0) ? " (a negative side is cropped)" : "";
            var groups = g.Groups == 1 ? "" : Invariant($" within each of the {g.Groups} groups");
            // Stride 1 and no padding pad g by the whole kernel reach on each side: signal processing's full convolution.
            // A layer that flips its kernel (--flip) is flipped twice on the way back, so g meets K as written.
            var unpadded = g.Stride.All(s => s == 1) && before.All(p => p == 0) && after.All(p => p == 0);
            var full = !unpadded ? "" : g.Flip ? ": the full cross-correlation of g with K" : ": the full convolution of g with K";
            var kernel = g.Flip
                ? "with K as written (the layer's flip and the backward pass's cancel)"
                : "with K flipped in every spatial dimension";
            lines.Add($"Equivalently (zero padding): the cross-correlation of {spread}padded {Sides(low, high)} before:after{crop}, {kernel} and its two channel axes swapped{groups}, dilation {Tuple(g.Dilation)}{full}.");
        }
        if (matrix.HasPaddingTerm)
            lines.Add("The padding value enters y' = M x' + p (+ b) through p alone, so it leaves dL/dx unchanged; in U(x) it is the entry under every kernel entry whose tap falls on the padding.");
        if (g.HasLayout)
            lines.Add("g and dL/dx are laid out as y and x are; the calls above are in PyTorch's layout (channels first, weight (out, in/groups, k…)).");
        return new EquivalentLayer(lines, spec, outputPadding);
    }

    private static EquivalentLayer OfTransposed(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var rank = g.SpatialRank;
        var spec = new LayerSpec
        {
            Stride = g.Stride,
            Padding = g.PadBefore.AsSpan().SequenceEqual(g.PadAfter.AsSpan()) ? new Padding.Explicit(g.PadBefore) : new Padding.Sides(g.PadBefore, g.PadAfter),
            Dilation = g.Dilation,
            Groups = g.Groups,
            Flip = g.Flip,
            Layout = g.Layout,
            KernelLayout = Layouts.Swapped(g.KernelLayout, transposed: true),
        };
        var twin = ForwardTwin.Of(matrix);
        var call = Call($"Conv{rank}d", g.OutChannels, g.InChannels, g, g.PadBefore.ToArray(), g.PadAfter.ToArray(), null);
        var lines = new List<string>
        {
            $"dL/dx is the forward convolution of g with the same kernel K as its weight (M = Cᵀ, so Mᵀ = C): {call}, applied to g{(twin.Cropped ? $", keeping the first {Sizes(g.InputSize)} positions (the output padding reaches the stride, so the convolution has more)" : "")}.",
            $"As symconv: symconv --kernel K --input g{Options(g, g.PadBefore.ToArray(), g.PadAfter.ToArray(), null)}.",
        };
        if (g.HasLayout)
            lines.Add("g and dL/dx are laid out as y and x are; the call above is in PyTorch's layout (channels first, weight (out, in/groups, k…)).");
        return new EquivalentLayer(lines, spec, new int[rank]);
    }

    private static string Call(string name, int inChannels, int outChannels, LayerGeometry g, int[] before, int[] after, int[]? outputPadding)
    {
        // PyTorch pads both ends alike; sides that differ are ONNX's pads.
        if (!before.AsSpan().SequenceEqual(after))
            return OnnxCall(outputPadding is null ? "Conv" : "ConvTranspose", g, before, after, outputPadding);
        var parts = new List<string>
        {
            Invariant($"{inChannels}"), Invariant($"{outChannels}"), "kernel_size=" + Tuple(g.KernelSize), "stride=" + Tuple(g.Stride),
            "padding=" + Tuple(before),
        };
        if (outputPadding is not null) parts.Add("output_padding=" + Tuple(outputPadding));
        parts.Add(Invariant($"groups={g.Groups}"));
        parts.Add("dilation=" + Tuple(g.Dilation));
        parts.Add("bias=False");
        return name + "(" + string.Join(", ", parts) + ")" + (g.Flip ? " with the kernel flipped, as the layer flips it" : "");
    }

    private static string OnnxCall(string op, LayerGeometry g, int[] before, int[] after, int[]? outputPadding)
    {
        var parts = new List<string>
        {
            "kernel_shape=" + Brackets(g.KernelSize), "strides=" + Brackets(g.Stride), "pads=" + Brackets([.. before, .. after]),
        };
        if (outputPadding is not null) parts.Add("output_padding=" + Brackets(outputPadding));
        parts.Add(Invariant($"group={g.Groups}"));
        parts.Add("dilations=" + Brackets(g.Dilation));
        return "ONNX " + op + "(" + string.Join(", ", parts) + ")" + (g.Flip ? " with the kernel flipped, as the layer flips it" : "");
    }

    private static string Brackets(IEnumerable<int> values) => "[" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    private static string Options(LayerGeometry g, int[] before, int[] after, int[]? outputPadding)
    {
        var parts = new List<string>();
        if (g.Stride.Any(s => s != 1)) parts.Add("--stride " + List(g.Stride));
        if (before.Concat(after).Any(p => p != 0))
            parts.Add("--padding " + (before.AsSpan().SequenceEqual(after) ? List(before) : string.Join(',', before.Zip(after, (b, a) => Invariant($"{b}:{a}")))));
        if (outputPadding is not null && outputPadding.Any(p => p != 0)) parts.Add("--output-padding " + List(outputPadding));
        if (g.Dilation.Any(d => d != 1)) parts.Add("--dilation " + List(g.Dilation));
        if (g.Groups != 1) parts.Add(Invariant($"--groups {g.Groups}"));
        if (g.Flip) parts.Add("--flip");
        return string.Concat(parts.Select(p => " " + p));
    }

    private static string FoldRule(PaddingMode mode) => mode switch
    {
        PaddingMode.Reflect => "reflect: the border entry at −j adds onto entry j, the one at n−1+j onto entry n−1−j",
        PaddingMode.Symmetric => "symmetric: the border entry at −j adds onto entry j−1, the one at n−1+j onto entry n−j",
        PaddingMode.Replicate => "replicate: every border entry before the input adds onto entry 0, every one after it onto entry n−1",
        PaddingMode.Circular => "circular: the border entry at −j adds onto entry n−j, the one at n−1+j onto entry j−1",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    private static string Tuple(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? Invariant($"({list[0]},)") : "(" + string.Join(", ", list.Select(v => v.ToString(CultureInfo.InvariantCulture))) + ")";
    }

    private static string Sides(int[] before, int[] after) =>
        "(" + string.Join(", ", before.Zip(after, (b, a) => Invariant($"{b}:{a}"))) + ")";

    private static string Sizes(IEnumerable<int> values) => string.Join('×', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    // One value when every dimension has it, as the options accept.
    private static string List(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Distinct().Count() == 1 ? list[0].ToString(CultureInfo.InvariantCulture) : string.Join(',', list.Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
