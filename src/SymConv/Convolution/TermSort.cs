using SymConv.Algebra;

namespace SymConv.Convolution;

/// <summary>
/// Puts a list of packed terms (<see cref="TermKey"/> and coefficient) in canonical form in place:
/// sorted by monomial, like terms merged, the zeros they make dropped. Terms usually come out of a walk already
/// in order, so sorting is skipped unless a check finds it needed.
/// </summary>
internal static class TermSort
{
    /// <summary>Makes the terms canonical, none of whose coefficients may be zero; returns how many remain.</summary>
    /// <exception cref="OverflowException">When a merged coefficient outgrows a long.</exception>
    public static int Canonicalize(Span<ulong> keys, Span<SmallRational> coefficients)
    {
        var count = keys.Length;
        if (IsStrictlyIncreasing(keys)) return count;
        keys.Sort(coefficients[..count]);
        var merged = 0;
        for (var i = 0; i < count; i++)
        {
            // Like terms meet when symbols repeat in the tensors, or padding reads an entry twice.
            if (merged > 0 && keys[merged - 1] == keys[i])
            {
                coefficients[merged - 1] = SmallRational.Add(coefficients[merged - 1], coefficients[i]);
                continue;
            }
            keys[merged] = keys[i];
            coefficients[merged] = coefficients[i];
            merged++;
        }
        return DropZeros(keys, coefficients, merged);
    }

    private static bool IsStrictlyIncreasing(ReadOnlySpan<ulong> keys)
    {
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1] >= keys[i]) return false;
        return true;
    }

    private static int DropZeros(Span<ulong> keys, Span<SmallRational> coefficients, int count)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (coefficients[i].IsZero) continue;
            keys[kept] = keys[i];
            coefficients[kept] = coefficients[i];
            kept++;
        }
        return kept;
    }
}
