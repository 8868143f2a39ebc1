using System.Globalization;

namespace SymConv.Networks.Layers;

/// <summary>
/// The windows of a pooling layer in every spatial dimension, with PyTorch's output size
/// (pooling_output_shape in aten/src/ATen/native/Pool.h): with ceil_mode the division rounds up,
/// but a last window that would start in the right padding is dropped, so every window starts
/// inside the input or the left padding.
/// </summary>
/// <param name="Kernel">The window's size per dimension.</param>
/// <param name="Stride">The step between windows per dimension.</param>
/// <param name="Padding">The implicit padding on both sides per dimension.</param>
/// <param name="Dilation">The step between a window's taps per dimension (1 for AvgPool, which has none).</param>
/// <param name="CeilMode">PyTorch's ceil_mode.</param>
internal sealed record PoolWindows(int[] Kernel, int[] Stride, int[] Padding, int[] Dilation, bool CeilMode)
{
    /// <summary>How many spatial dimensions.</summary>
    public int Rank => Kernel.Length;

    /// <summary>The number of windows along one dimension of size <paramref name="size"/>, which may be 0 or less when none fits.</summary>
    public long OutputSize(int axis, int size)
    {
        long s = Stride[axis], p = Padding[axis];
        var span = (long)size + 2 * p - (long)Dilation[axis] * (Kernel[axis] - 1) - 1 + (CeilMode ? s - 1 : 0);
        var count = FloorDivide(span, s) + 1;
        if (CeilMode && (count - 1) * s >= size + p) count--;
        return count;
    }

    /// <summary>
    /// Why PyTorch refuses these windows whatever the input, or null: its check that padding is at
    /// most half the kernel, so that no window lies wholly in the padding.
    /// </summary>
    public string? Refusal()
    {
        for (var d = 0; d < Rank; d++)
        {
            if (Padding[d] > Kernel[d] / 2)
                return string.Create(CultureInfo.InvariantCulture,
                    $"padding ({Padding[d]}) must be at most half of kernel_size ({Kernel[d]}), as PyTorch requires");
        }
        return null;
    }

    /// <summary>Where window <paramref name="index"/> starts along a dimension, in input coordinates (negative in the left padding).</summary>
    public long Start(int axis, long index) => index * Stride[axis] - Padding[axis];

    // Python's //, which PyTorch's div_rtn follows: rounds toward minus infinity.
    private static long FloorDivide(long a, long b) => a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);

    /// <inheritdoc/>
    public bool Equals(PoolWindows? other) =>
        other is not null && Kernel.AsSpan().SequenceEqual(other.Kernel) && Stride.AsSpan().SequenceEqual(other.Stride)
        && Padding.AsSpan().SequenceEqual(other.Padding) && Dilation.AsSpan().SequenceEqual(other.Dilation) && CeilMode == other.CeilMode;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var array in new[] { Kernel, Stride, Padding, Dilation })
            foreach (var v in array) hash.Add(v);
        hash.Add(CeilMode);
        return hash.ToHashCode();
    }
}
