using System.Globalization;
using System.Numerics;
using System.Text;

namespace SymConv.Algebra;

/// <summary>
/// The exact terminating decimal of a rational whose denominator has no prime factor but 2 and 5.
/// The digits come from integer arithmetic (p·10^k/q with k = max(a, b) for q = 2^a·5^b), never
/// from a double, and there are no trailing zeros: p/q in lowest terms needs all k places.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The places after the point the decimal of n/q needs, or -1 when it does not terminate.</summary>
    public static int Places(BigInteger denominator)
    {
        if (denominator.Sign <= 0) return -1;
        var twos = (int)BigInteger.TrailingZeroCount(denominator);
        denominator >>= twos;
        var fives = 0;
        while ((denominator % 5).IsZero)
        {
            denominator /= 5;
            fives++;
        }
        return denominator.IsOne ? Math.Max(twos, fives) : -1;
    }

    /// <inheritdoc cref="Places(BigInteger)"/>
    public static int Places(long denominator, out int twos, out int fives)
    {
        twos = BitOperations.TrailingZeroCount(denominator);
        denominator >>= twos;
        fives = 0;
        while (denominator % 5 == 0)
        {
            denominator /= 5;
            fives++;
        }
        return denominator == 1 ? Math.Max(twos, fives) : -1;
    }

    /// <summary>
    /// Appends the magnitude of a non-integer rational that terminates after <paramref name="places"/>
    /// digits: 0.1, 12.375, 0.000000000931322574615478515625.
    /// </summary>
    public static void Append(StringBuilder builder, Rational magnitude, int places)
    {
        var scaled = BigInteger.Abs(magnitude.Numerator) * BigInteger.Pow(10, places) / magnitude.Denominator;
        AppendPointed(builder, scaled.ToString(CultureInfo.InvariantCulture), places);
    }

    /// <summary>Appends digits with a point set <paramref name="places"/> from the right, padding with zeros: 0.05.</summary>
    public static void AppendPointed(StringBuilder builder, string digits, int places)
    {
        var whole = digits.Length - places;
        if (whole <= 0)
        {
            builder.Append("0.").Append('0', -whole).Append(digits);
            return;
        }
        builder.Append(digits, 0, whole).Append('.').Append(digits, whole, places);
    }
}
