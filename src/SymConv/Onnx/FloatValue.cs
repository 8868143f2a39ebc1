using System.Globalization;
using System.Numerics;
using SymConv.Algebra;

namespace SymConv.Onnx;

/// <summary>
/// Binary floating-point numbers as exact rationals, in the two readings of <see cref="WeightValues"/>.
/// The shortest decimal comes from .NET's own formatting, which since .NET Core 3.0 writes the
/// shortest string that parses back to the same float (as NumPy's repr and Python's do).
/// </summary>
internal static class FloatValue
{
    /// <summary>The shortest decimal that rounds to <paramref name="value"/> as a float32, exactly.</summary>
    public static Rational Shortest(float value) => FromDecimalText(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The shortest decimal that rounds to <paramref name="value"/> as a float64, exactly.</summary>
    public static Rational Shortest(double value) => FromDecimalText(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The shortest decimal that rounds to <paramref name="value"/> as a float16, exactly.</summary>
    public static Rational Shortest(Half value) => FromDecimalText(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The exact value of a finite double (every float32 and float16 widens to one exactly):
    /// mantissa × 2^exponent.
    /// </summary>
    public static Rational Exact(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "not a finite number");
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; // subnormal: no implicit leading bit
        else mantissa |= 1L << 52;
        var power = exponent - 1075;
        BigInteger numerator = negative ? -mantissa : mantissa;
        return power >= 0
            ? Rational.Of(numerator << power)
            : Rational.Of(numerator, BigInteger.One << -power);
    }

    // Reads what .NET's round-trip formatting writes: [-]digits[.digits][E[+-]digits].
    private static Rational FromDecimalText(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var negative = mantissa.StartsWith('-');
        if (negative) mantissa = mantissa[1..];
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var scale = (point < 0 ? 0 : mantissa.Length - point - 1) - exponent;
        var numerator = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative) numerator = -numerator;
        return scale <= 0
            ? Rational.Of(numerator * BigInteger.Pow(10, -scale))
            : Rational.Of(numerator, BigInteger.Pow(10, scale));
    }
}
