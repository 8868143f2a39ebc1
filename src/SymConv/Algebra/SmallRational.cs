using System.Buffers.Text;
using System.Runtime.CompilerServices;

namespace SymConv.Algebra;

/// <summary>
/// An exact rational p/q in lowest terms whose parts fit in a long: the fast path for the
/// coefficients of real layers (±1, small integers, short decimals). Every operation is
/// checked and throws <see cref="OverflowException"/> rather than lose a digit, so a caller
/// can always fall back to <see cref="Rational"/>.
/// </summary>
internal readonly record struct SmallRational
{
    // Stored less one, as Rational does, so that default(SmallRational) — a fresh array slot,
    // a failed TryFrom's out value — is 0/1, zero, rather than the non-number 0/0.
    private readonly long _denominatorMinusOne;

    private SmallRational(long numerator, long denominator)
    {
        Numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    /// <summary>The numerator; carries the sign.</summary>
    public long Numerator { get; }

    /// <summary>The denominator: positive, coprime to the numerator, 1 for zero.</summary>
    public long Denominator => _denominatorMinusOne + 1;

    /// <summary>True when the denominator is 1.</summary>
    public bool IsInteger => _denominatorMinusOne == 0;

    /// <summary>Zero, as 0/1; the same as the default value.</summary>
    public static SmallRational Zero => new(0, 1);

    /// <summary>One.</summary>
    public static SmallRational One => new(1, 1);

    /// <summary>True when this is zero.</summary>
    public bool IsZero => Numerator == 0;

    /// <summary>True when this is 1 or -1.</summary>
    public bool IsUnitMagnitude => _denominatorMinusOne == 0 && (Numerator == 1 || Numerator == -1);

    /// <summary>The small form of a rational, or false when a part does not fit in a long.</summary>
    public static bool TryFrom(Rational value, out SmallRational result)
    {
        // long.MinValue is excluded so that every magnitude is representable.
        if (value.Numerator > long.MaxValue || value.Numerator < -long.MaxValue || value.Denominator > long.MaxValue)
        {
            result = default;
            return false;
        }
        result = new((long)value.Numerator, (long)value.Denominator);
        return true;
    }

    /// <summary>The same number as a <see cref="Rational"/>.</summary>
    public Rational ToRational() => Denominator == 1 ? Rational.Of(Numerator) : Rational.Of(Numerator, Denominator);

    /// <summary>The product.</summary>
    /// <exception cref="OverflowException">When a part would not fit in a long.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SmallRational Multiply(SmallRational left, SmallRational right)
    {
        if ((left._denominatorMinusOne | right._denominatorMinusOne) == 0)
            return new(Checked(checked(left.Numerator * right.Numerator)), 1);
        return MultiplyFractions(left, right);
    }

    private static SmallRational MultiplyFractions(SmallRational left, SmallRational right)
    {
        // Cross-cancel first so that products of reduced fractions stay reduced and small.
        var g1 = Gcd(left.Numerator, right.Denominator);
        var g2 = Gcd(right.Numerator, left.Denominator);
        var numerator = checked((left.Numerator / g1) * (right.Numerator / g2));
        var denominator = checked((left.Denominator / g2) * (right.Denominator / g1));
        return new(Checked(numerator), numerator == 0 ? 1 : denominator);
    }

    /// <summary>The sum.</summary>
    /// <exception cref="OverflowException">When a part would not fit in a long.</exception>
    public static SmallRational Add(SmallRational left, SmallRational right)
    {
        if ((left._denominatorMinusOne | right._denominatorMinusOne) == 0)
            return new(Checked(checked(left.Numerator + right.Numerator)), 1);
        var numerator = checked(left.Numerator * right.Denominator + right.Numerator * left.Denominator);
        if (numerator == 0) return Zero;
        var denominator = checked(left.Denominator * right.Denominator);
        var g = Gcd(numerator, denominator);
        return new(Checked(numerator / g), denominator / g);
    }

    /// <summary>
    /// Writes the magnitude in invariant digits, as <see cref="Rational.ToString()"/> would write
    /// its absolute value (3 or 3/2), and returns the bytes written.
    /// </summary>
    public int FormatMagnitude(Span<byte> destination)
    {
        Utf8Formatter.TryFormat(Math.Abs(Numerator), destination, out var written);
        if (Denominator == 1) return written;
        destination[written++] = (byte)'/';
        Utf8Formatter.TryFormat(Denominator, destination[written..], out var more);
        return written + more;
    }

    /// <summary>
    /// Writes the magnitude as <see cref="Rational.ToString(NumberNotation)"/> would write its
    /// absolute value (3, 3/2 or, as a decimal, 1.5), and returns the bytes written. The common
    /// decimals — a denominator 10^k, or any whose digits fit in 128 bits — are written without
    /// allocating.
    /// </summary>
    public int FormatMagnitude(Span<byte> destination, NumberNotation notation)
    {
        if (notation == NumberNotation.Fraction || Denominator == 1) return FormatMagnitude(destination);
        var places = DecimalDigits.Places(Denominator, out var twos, out var fives);
        if (places < 0) return FormatMagnitude(destination);
        // |p|·10^k/q = |p|·2^(k-a)·5^(k-b): the multiplier fits a ulong unless a or b is far ahead.
        var multiplier = 1UL;
        for (var i = twos; i < places; i++)
        {
            if (multiplier > ulong.MaxValue / 2) return FormatBig(destination, places);
            multiplier *= 2;
        }
        for (var i = fives; i < places; i++)
        {
            if (multiplier > ulong.MaxValue / 5) return FormatBig(destination, places);
            multiplier *= 5;
        }
        var scaled = (UInt128)(ulong)Math.Abs(Numerator) * multiplier;
        Span<byte> digits = stackalloc byte[40];
        scaled.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        var whole = length - places;
        var at = 0;
        if (whole <= 0)
        {
            destination[at++] = (byte)'0';
            destination[at++] = (byte)'.';
            destination[at..(at - whole)].Fill((byte)'0');
            at -= whole;
            digits[..length].CopyTo(destination[at..]);
            return at + length;
        }
        digits[..whole].CopyTo(destination);
        destination[whole] = (byte)'.';
        digits[whole..length].CopyTo(destination[(whole + 1)..]);
        return length + 1;
    }

    // A decimal past 128 bits (such as 2^-40: 40 places from a 2^40 denominator) goes through BigInteger.
    private int FormatBig(Span<byte> destination, int places)
    {
        var text = new System.Text.StringBuilder();
        DecimalDigits.Append(text, ToRational().Abs(), places);
        return System.Text.Encoding.ASCII.GetBytes(text.ToString(), destination);
    }

    /// <summary>The most bytes <see cref="FormatMagnitude(Span{byte})"/> can write: two 19-digit parts and a slash.</summary>
    public const int MaxFormattedLength = 40;

    /// <summary>
    /// The most bytes <see cref="FormatMagnitude(Span{byte}, NumberNotation)"/> can write: p·10^k/q is
    /// below 2^63·5^62 (64 digits), and a point and a leading 0 come on top.
    /// </summary>
    public const int MaxDecimalLength = 68;

    private static long Checked(long numerator) =>
        numerator == long.MinValue ? throw new OverflowException() : numerator;

    private static long Gcd(long a, long b)
    {
        a = Math.Abs(a);
        b = Math.Abs(b);
        while (b != 0) (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }
}
