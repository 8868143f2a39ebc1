using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The one-line description every report, check and neuron view opens with. It depends on the
/// layer alone, so views that only need the line get it without building a <see cref="Report"/>
/// (which, for a transposed layer, builds the forward twin as well).
/// </summary>
internal static class LayerTitle
{
    /// <summary>The line for a layer, such as "Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9".</summary>
    public static string Of(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var parts = Options(matrix);
        var options = parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
        return $"{Name(matrix)}{options}: K {g.KernelShape} on x {g.InputShape} gives y {g.OutputShape}; M is {g.Rows}×{g.Columns}";
    }

    /// <summary>The layer's class as PyTorch names it: Conv2d, ConvTranspose1d.</summary>
    public static string Name(ConvolutionMatrix matrix) =>
        $"Conv{(matrix.Geometry.Transposed ? "Transpose" : "")}{matrix.Geometry.SpatialRank}d";

    /// <summary>The options that differ from the defaults, in words: "stride 2", "padding 1+0,1", "bias".</summary>
    public static IReadOnlyList<string> Options(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var parts = new List<string>();
        if (g.Stride.Any(s => s != 1)) parts.Add("stride " + string.Join(',', g.Stride));
        if (g.PadBefore.Any(p => p != 0) || g.PadAfter.Any(p => p != 0))
            parts.Add(g.PadBefore.SequenceEqual(g.PadAfter)
                ? "padding " + string.Join(',', g.PadBefore)
                : "padding " + string.Join(',', g.PadBefore.Zip(g.PadAfter, (b, a) => $"{b}+{a}")));
        if (g.PaddingMode != PaddingMode.Zeros) parts.Add("padding mode " + g.PaddingMode.ToString().ToLowerInvariant());
        if (g.Dilation.Any(d => d != 1)) parts.Add("dilation " + string.Join(',', g.Dilation));
        if (g.Groups != 1) parts.Add("groups " + g.Groups);
        if (g.OutputPadding.Any(p => p != 0)) parts.Add("output padding " + string.Join(',', g.OutputPadding));
        if (g.Flip) parts.Add("flipped kernel (true convolution)");
        if (g.Layout != DataLayout.ChannelsFirst) parts.Add("layout " + Layouts.Name(g.Layout));
        if (g.KernelLayout != Layouts.Resolve(KernelLayout.PyTorch, g.Transposed)) parts.Add("kernel layout " + Layouts.Name(g.KernelLayout, g.Transposed));
        if (matrix.Layer.Bias is not null) parts.Add("bias");
        return parts;
    }
}
