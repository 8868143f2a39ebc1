using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>A convolution written as PyTorch's constructor, and its tensors in the seed's bracket notation.</summary>
internal static class ConvolutionFormText
{
    /// <summary>The constructor that builds the layer: nn.Conv2d(3, 4, 5, stride=2, padding=1, bias=False).</summary>
    public static string Constructor(ConvolutionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var kernel = form.Kernel.Shape;
        var rank = kernel.Rank - 2;
        var spec = form.Spec;
        var arguments = new List<string>
        {
            Inv($"{kernel[1] * spec.Groups}"), Inv($"{kernel[0]}"), Sizes([.. kernel.Dims.Skip(2)]),
        };
        if (spec.Stride.Any(s => s != 1)) arguments.Add("stride=" + Sizes(spec.Stride));
        if (spec.Padding is Padding.Sides sides)
        {
            if (sides.Before.AsSpan().SequenceEqual(sides.After.AsSpan()))
            {
                if (sides.Before.Any(p => p != 0)) arguments.Add("padding=" + Sizes(sides.Before));
            }
            else
            {
                // PyTorch pads both sides alike; uneven sides are F.pad before a valid convolution.
                arguments.Add("padding=0");
            }
        }
        if (spec.Dilation.Any(d => d != 1)) arguments.Add("dilation=" + Sizes(spec.Dilation));
        if (spec.Groups != 1) arguments.Add(Inv($"groups={spec.Groups}"));
        if (form.Bias is null) arguments.Add("bias=False");
        if (spec.PaddingMode != PaddingMode.Zeros) arguments.Add($"padding_mode='{spec.PaddingMode.ToString().ToLowerInvariant()}'");
        var text = Inv($"nn.Conv{rank}d(") + string.Join(", ", arguments) + ")";
        if (spec.Padding is Padding.Sides uneven && !uneven.Before.AsSpan().SequenceEqual(uneven.After.AsSpan()))
        {
            // F.pad lists the last dimension's sides first.
            var pads = Enumerable.Range(0, rank).Reverse().SelectMany(d => new[] { uneven.Before[d], uneven.After[d] });
            text += " on F.pad(x, (" + string.Join(", ", pads.Select(p => Inv($"{p}"))) + "))";
        }
        return text;
    }

    /// <summary>A tensor in nested brackets, entries separated by spaces as the seed writes them.</summary>
    public static string Tensor(Tensor<Polynomial> tensor, Func<Polynomial, string> entry)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder();
        long flat = 0;
        void Write(int axis)
        {
            text.Append('[');
            for (var i = 0; i < tensor.Shape[axis]; i++)
            {
                if (i > 0) text.Append(' ');
                if (axis == tensor.Shape.Rank - 1) text.Append(entry(tensor[flat++]));
                else Write(axis + 1);
            }
            text.Append(']');
        }
        Write(0);
        return text.ToString();
    }

    private static string Sizes(IReadOnlyList<int> values) =>
        values.Distinct().Count() == 1 ? Inv($"{values[0]}") : "(" + string.Join(", ", values.Select(v => Inv($"{v}"))) + ")";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
