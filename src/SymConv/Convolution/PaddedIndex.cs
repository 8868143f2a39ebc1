using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>Where a position of the padded input reads from, in one spatial dimension.</summary>
internal static class PaddedIndex
{
    /// <summary>
    /// The input position that padded position <paramref name="i"/> reads under
    /// <paramref name="mode"/>, or -1 when it reads a zero. Geometry has already checked
    /// that padding is narrow enough for one reflection or wrap to land inside.
    /// </summary>
    public static int Source(int i, int size, PaddingMode mode)
    {
        if (i >= 0 && i < size) return i;
        return mode switch
        {
            PaddingMode.Zeros => -1,
            PaddingMode.Reflect => i < 0 ? -i : 2 * (size - 1) - i,
            PaddingMode.Symmetric => i < 0 ? -i - 1 : 2 * size - 1 - i,
            PaddingMode.Replicate => i < 0 ? 0 : size - 1,
            PaddingMode.Circular => ((i % size) + size) % size,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }
}
