using System.Globalization;
using System.Numerics;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// The single convolution a stack is, when it is one: layers that are each one convolution
/// (convolutions, average poolings) compose into one whose kernel is K2 ⋆ K1 (every pair of
/// taps, the channels between summed), stride s1·s2, dilation the gcd of the tap steps, padding
/// the first layer's, bias Σ K2·b1 + b2. Only the first layer may pad: a later layer pads the
/// previous layer's output with zeros, where a single convolution would read that layer's values.
/// </summary>
internal static class EquivalentConvolution
{
    /// <summary>The equivalent single layer of the whole stack, or null with <paramref name="why"/> saying why none is.</summary>
    public static ConvolutionForm? Of(NetworkStack stack, out string why)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ConvolutionForm? total = null;
        foreach (var layer in stack.Layers)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"layer {layer.Index} ({layer.Layer.Written})");
            if (!layer.IsLinear || layer.AtPoint)
            {
                why = $"{name} is not linear, so the stack is no linear map at all";
                return null;
            }
            if (layer.Layer is not IConvolutionEquivalent convolutionLike)
            {
                why = $"{name} is not a convolution";
                return null;
            }
            var form = convolutionLike.AsConvolution(layer.Input, out var reason);
            if (form is null)
            {
                why = $"{name} is not one convolution: {reason}";
                return null;
            }
            if (total is not null)
            {
                var sides = (Padding.Sides)form.Spec.Padding;
                if (sides.Before.Any(p => p != 0) || sides.After.Any(p => p != 0))
                {
                    why = $"{name} pads its input, the output of layer {layer.Index - 1}, with "
                        + (form.Spec.PaddingMode == PaddingMode.Zeros ? "zeros" : $"padding_mode='{form.Spec.PaddingMode.ToString().ToLowerInvariant()}'")
                        + $"; a single convolution would read layer {layer.Index - 1}'s own values there, which are not those, so the border outputs differ";
                    return null;
                }
            }
            total = total is null ? form : Compose(total, form);
        }
        why = "";
        return total;
    }

    /// <summary>
    /// The convolution <paramref name="second"/> ∘ <paramref name="first"/> (first applied first),
    /// where <paramref name="second"/> pads nothing; both forward, channels first.
    /// </summary>
    public static ConvolutionForm Compose(ConvolutionForm first, ConvolutionForm second)
    {
        var k1 = first.Kernel.Shape;
        var k2 = second.Kernel.Shape;
        var rank = k1.Rank - 2;
        var s1 = Per(first.Spec.Stride, rank);
        var d1 = Per(first.Spec.Dilation, rank);
        var s2 = Per(second.Spec.Stride, rank);
        var d2 = Per(second.Spec.Dilation, rank);
        var stride = new int[rank];
        var dilation = new int[rank];
        var size = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            stride[d] = s1[d] * s2[d];
            var steps = new List<int>();
            if (k1[2 + d] > 1) steps.Add(d1[d]);
            if (k2[2 + d] > 1) steps.Add(s1[d] * d2[d]);
            dilation[d] = steps.Count == 0 ? 1 : (int)steps.Select(s => (BigInteger)s).Aggregate(BigInteger.GreatestCommonDivisor);
            size[d] = ((k2[2 + d] - 1) * s1[d] * d2[d] + (k1[2 + d] - 1) * d1[d]) / dilation[d] + 1;
        }

        // Channels: first maps C0 → C1 in g1 groups, second C1 → C2 in g2; equal groups stay groups.
        var g1 = first.Spec.Groups;
        var g2 = second.Spec.Groups;
        var c0 = k1[1] * g1;
        var c1 = k1[0];
        var c2 = k2[0];
        var groups = g1 == g2 ? g1 : 1;
        var shape = new Shape([c2, c0 / groups, .. size]);
        var terms = new List<Term>[shape.Size];
        var t1 = new int[rank];
        var t2 = new int[rank];
        var t = new int[rank];
        var taps1 = new Shape([.. k1.Dims.Skip(2)]);
        var taps2 = new Shape([.. k2.Dims.Skip(2)]);
        for (var o2 = 0; o2 < c2; o2++)
        {
            var group2 = o2 / (c2 / g2);
            for (var j1 = 0; j1 < c1 / g2; j1++)
            {
                var o1 = group2 * (c1 / g2) + j1;
                var group1 = o1 / (c1 / g1);
                for (long a = 0; a < taps2.Size; a++)
                {
                    var w2 = second.Kernel[((long)o2 * k2[1] + j1) * taps2.Size + a];
                    if (w2.IsZero) continue;
                    taps2.Unflatten(a, t2);
                    for (var j0 = 0; j0 < k1[1]; j0++)
                    {
                        var i0 = group1 * k1[1] + j0;
                        for (long b = 0; b < taps1.Size; b++)
                        {
                            var w1 = first.Kernel[((long)o1 * k1[1] + j0) * taps1.Size + b];
                            if (w1.IsZero) continue;
                            taps1.Unflatten(b, t1);
                            for (var d = 0; d < rank; d++)
                                t[d] = (s1[d] * d2[d] * t2[d] + d1[d] * t1[d]) / dilation[d];
                            var flat = ((long)o2 * shape[1] + i0 % shape[1]) * (shape.Size / (c2 * (long)shape[1])) + new Shape(size).Flatten(t);
                            (terms[flat] ??= []).AddRange((w2 * w1).Terms);
                        }
                    }
                }
            }
        }
        var kernel = new Tensor<Polynomial>(shape, [.. terms.Select(list => list is null ? Polynomial.Zero : Polynomial.FromTerms(list))]);

        Tensor<Polynomial>? bias = null;
        if (first.Bias is not null || second.Bias is not null)
        {
            var values = new Polynomial[c2];
            for (var o2 = 0; o2 < c2; o2++)
            {
                var sum = second.Bias?[o2] ?? Polynomial.Zero;
                if (first.Bias is { } b1)
                {
                    var group2 = o2 / (c2 / g2);
                    var weights = new List<Term>();
                    for (var j1 = 0; j1 < c1 / g2; j1++)
                        for (long a = 0; a < taps2.Size; a++)
                            weights.AddRange((second.Kernel[((long)o2 * k2[1] + j1) * taps2.Size + a] * b1[group2 * (c1 / g2) + j1]).Terms);
                    sum = Polynomial.FromTerms(weights) + sum;
                }
                values[o2] = sum;
            }
            bias = new Tensor<Polynomial>(new Shape(c2), values);
        }
        return new ConvolutionForm(kernel, bias, first.Spec with { Stride = [.. stride], Dilation = [.. dilation], Groups = groups });
    }

    private static int[] Per(System.Collections.Immutable.ImmutableArray<int> values, int rank) => values.Length == rank ? [.. values] : [.. Enumerable.Repeat(values[0], rank)];
}
