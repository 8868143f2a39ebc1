using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's AvgPool1d/2d/3d: each output is the mean of its window with exact rational weights,
/// as aten/src/ATen/native/cpu/AvgPoolKernel.cpp computes it. A window is first cut at the right
/// padding's end (its "pool size"), then at the input; the divisor is divisor_override when given,
/// else the pool size with count_include_pad, else the number of input entries in the window.
/// </summary>
internal sealed class AvgPool : PoolingLayer, IConvolutionEquivalent
{
    /// <summary>An average pooling over <paramref name="windows"/> (whose dilation is 1).</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="windows">Kernel, stride, padding and ceil_mode.</param>
    /// <param name="countIncludePad">PyTorch's count_include_pad: padding counts in the divisor.</param>
    /// <param name="divisorOverride">PyTorch's divisor_override: the divisor of every window, never 0; null for none.</param>
    public AvgPool(string written, SourcePoint? at, PoolWindows windows, bool countIncludePad, int? divisorOverride)
        : base(written, at, windows)
    {
        if (divisorOverride == 0) throw new ArgumentOutOfRangeException(nameof(divisorOverride), "The divisor cannot be 0.");
        CountIncludePad = countIncludePad;
        DivisorOverride = divisorOverride;
    }

    /// <summary>PyTorch's count_include_pad.</summary>
    public bool CountIncludePad { get; }

    /// <summary>PyTorch's divisor_override, or null.</summary>
    public int? DivisorOverride { get; }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = OutputShape(input);
        var rank = Windows.Rank;
        return new RowMap(output.Size, input.Size, row =>
        {
            var at = output.Unflatten(row);
            var low = new int[rank];
            var high = new int[rank];
            long poolSize = 1, inside = 1;
            for (var d = 0; d < rank; d++)
            {
                var n = input[d + 1];
                var start = Windows.Start(d, at[d + 1]);
                var end = Math.Min(start + Windows.Kernel[d], n + Windows.Padding[d]);
                poolSize *= end - start;
                low[d] = (int)Math.Max(start, 0);
                high[d] = (int)Math.Min(end, n);
                inside *= Math.Max(0, high[d] - low[d]);
            }
            if (inside == 0) return [];   // a window wholly in the padding gives 0, as PyTorch's kernel does
            var weight = Rational.Of(1, DivisorOverride ?? (CountIncludePad ? poolSize : inside));
            var entries = new List<MatrixEntry>((int)inside);
            var value = Polynomial.Constant(weight);
            var full = new int[rank + 1];
            full[0] = at[0];
            IndexBox.ForEach(low, high, tap =>
            {
                tap.CopyTo(full, 1);
                entries.Add(new MatrixEntry(input.Flatten(full), value));
            });
            return entries;
        });
    }

    /// <summary>
    /// The depthwise convolution (kernel of 1/divisor entries, groups = channels, zero padding) this
    /// pooling is on <paramref name="input"/>, when every window has the same divisor: always with
    /// divisor_override (a ceil_mode window past the padding then reads zeros at the end, padded
    /// further); with count_include_pad when no window is cut at the padding's end; without it when
    /// no window reaches the padding or past the input.
    /// </summary>
    public ConvolutionForm? AsConvolution(Shape input, out string? why)
    {
        var output = OutputShape(input);
        var rank = Windows.Rank;
        var after = new int[rank];
        why = null;
        for (var d = 0; d < rank; d++)
        {
            var n = input[d + 1];
            var lastEnd = Windows.Start(d, output[d + 1] - 1) + Windows.Kernel[d];
            var overhang = lastEnd - (n + Windows.Padding[d]);
            if (DivisorOverride is null && overhang > 0)
                why = $"{Written}'s last window (ceil_mode) reaches past the padding, so it divides by fewer than the kernel's size";
            else if (DivisorOverride is null && !CountIncludePad && Windows.Padding[d] > 0)
                why = $"{Written} divides a window at the border by the entries it has inside the input (count_include_pad=False), not by the kernel's size";
            if (why is not null) return null;
            after[d] = Windows.Padding[d] + (int)Math.Max(0, overhang);
        }
        var divisor = DivisorOverride ?? Windows.Kernel.Aggregate(1L, (a, k) => a * k);
        var weight = Polynomial.Constant(Rational.Of(1, divisor));
        var channels = input[0];
        var kernel = new Tensor<Polynomial>(new Shape([channels, 1, .. Windows.Kernel]), _ => weight);
        var spec = new LayerSpec
        {
            Stride = [.. Windows.Stride], Dilation = [.. Windows.Dilation], Groups = channels,
            Padding = new Padding.Sides([.. Windows.Padding], [.. after]),
        };
        return new ConvolutionForm(kernel, null, spec);
    }
}
