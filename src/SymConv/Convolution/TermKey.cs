namespace SymConv.Convolution;

/// <summary>
/// A monomial of degree at most two packed in one number whose unsigned order is the term order
/// of <see cref="Algebra.Monomial.CompareTo"/>: a·a before a·b before a·c before a, and the
/// constant last. The first symbol sits in the high half; the low half is 0 for a square, the
/// second symbol plus one for a product, and all ones for the symbol alone. Products of
/// single-symbol entries are exactly these, so y' of most layers sorts and merges as plain integers.
/// </summary>
internal static class TermKey
{
    private const uint Alone = uint.MaxValue;

    /// <summary>The key of the constant monomial 1.</summary>
    public const ulong Constant = ulong.MaxValue;

    /// <summary>The key of one symbol, or of the constant when <paramref name="symbol"/> is negative.</summary>
    public static ulong Of(int symbol) => symbol < 0 ? Constant : ((ulong)(uint)symbol << 32) | Alone;

    /// <summary>The key of the product of two factors, each a symbol or (negative) the constant 1.</summary>
    public static ulong Product(int left, int right)
    {
        if (left < 0) return Of(right);
        if (right < 0) return Of(left);
        if (left == right) return (ulong)(uint)left << 32;
        var (first, second) = left < right ? (left, right) : (right, left);
        return ((ulong)(uint)first << 32) | (uint)(second + 1);
    }

    /// <summary>The first (smallest) symbol of a key that is not <see cref="Constant"/>.</summary>
    public static int First(ulong key) => (int)(key >> 32);

    /// <summary>True when the key is its first symbol alone.</summary>
    public static bool IsSingle(ulong key) => (uint)key == Alone;

    /// <summary>True when the key is its first symbol squared.</summary>
    public static bool IsSquare(ulong key) => (uint)key == 0;

    /// <summary>The second symbol of a product of two different symbols.</summary>
    public static int Second(ulong key) => (int)((uint)key - 1);
}
