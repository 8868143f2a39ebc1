using System.Globalization;

namespace SymConv.Algebra;

/// <summary>
/// A product of symbols raised to positive powers, such as a·x² — the part of a term without
/// its coefficient. Factors are kept sorted by symbol id so that equal monomials are equal
/// arrays; the empty monomial is the constant 1.
/// </summary>
public readonly struct Monomial : IEquatable<Monomial>, IComparable<Monomial>
{
    // Interleaved (symbol, exponent) pairs, symbols strictly increasing, exponents positive.
    private readonly int[]? _factors;

    private Monomial(int[] factors) => _factors = factors.Length == 0 ? null : factors;

    /// <summary>The constant monomial 1.</summary>
    public static Monomial One => default;

    /// <summary>A single symbol to the first power.</summary>
    public static Monomial Of(int symbol) => new([symbol, 1]);

    /// <summary>True for the constant monomial 1.</summary>
    public bool IsOne => _factors is null;

    /// <summary>How many distinct symbols this monomial has.</summary>
    public int FactorCount => (_factors?.Length ?? 0) / 2;

    /// <summary>The symbol of the i-th factor, in increasing symbol order.</summary>
    public int SymbolAt(int index) => _factors![2 * index];

    /// <summary>The exponent of the i-th factor.</summary>
    public int ExponentAt(int index) => _factors![2 * index + 1];

    /// <summary>The product of two monomials: exponents of shared symbols add.</summary>
    /// <exception cref="ExpressionTooLargeException">When an exponent would not fit in an int.</exception>
    public static Monomial Multiply(Monomial left, Monomial right)
    {
        if (left.IsOne) return right;
        if (right.IsOne) return left;
        var a = left._factors!;
        var b = right._factors!;
        var result = new int[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) { result[k++] = a[i]; result[k++] = a[i + 1]; i += 2; }
            else if (a[i] > b[j]) { result[k++] = b[j]; result[k++] = b[j + 1]; j += 2; }
            else
            {
                result[k++] = a[i];
                result[k++] = AddExponents(a[i + 1], b[j + 1]);
                i += 2; j += 2;
            }
        }
        while (i < a.Length) result[k++] = a[i++];
        while (j < b.Length) result[k++] = b[j++];
        if (k != result.Length) Array.Resize(ref result, k);
        return new Monomial(result);
    }

    // Nested powers such as ((a^64)^64)^… reach past an int in a few levels of a short entry.
    private static int AddExponents(int left, int right)
    {
        var sum = (long)left + right;
        return sum <= int.MaxValue
            ? (int)sum
            : throw new ExpressionTooLargeException(string.Create(CultureInfo.InvariantCulture,
                $"an exponent would exceed {int.MaxValue:N0}"));
    }

    /// <inheritdoc cref="Multiply(Monomial, Monomial)"/>
    /// <exception cref="ExpressionTooLargeException">When an exponent would not fit in an int.</exception>
    public static Monomial operator *(Monomial left, Monomial right) => Multiply(left, right);

    /// <summary>
    /// Term order: lexicographic in symbol rank, so terms print in the order their symbols first
    /// appeared (1a+2b+4c+5d); a higher power of the same symbol comes first, and a monomial
    /// that runs out of symbols comes after one that goes on, so constants print last.
    /// </summary>
    public int CompareTo(Monomial other)
    {
        var a = _factors ?? [];
        var b = other._factors ?? [];
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i += 2)
        {
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            if (a[i + 1] != b[i + 1]) return a[i + 1] > b[i + 1] ? -1 : 1;
        }
        return b.Length.CompareTo(a.Length);
    }

    /// <inheritdoc/>
    public bool Equals(Monomial other)
    {
        var a = _factors;
        var b = other._factors;
        if (a is null || b is null) return a is null && b is null;
        return a.AsSpan().SequenceEqual(b);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Monomial other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_factors is not null)
            foreach (var value in _factors)
                hash.Add(value);
        return hash.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Monomial left, Monomial right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Monomial left, Monomial right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(Monomial left, Monomial right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(Monomial left, Monomial right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(Monomial left, Monomial right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(Monomial left, Monomial right) => left.CompareTo(right) >= 0;
}
