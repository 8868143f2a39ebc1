using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Networks.Layers;

/// <summary>
/// An interpolation's scale_factor as written: the exact rational of its decimal text (2.5 is 5/2)
/// for the formulas SymConv evaluates exactly, and the double Python reads from the same text for
/// the few steps PyTorch takes in floating point whose outcome is an integer (the output size, a
/// nearest neighbour's index), which SymConv repeats bit for bit.
/// </summary>
/// <param name="Exact">The value as an exact rational.</param>
/// <param name="Float">The value as Python's float() reads the text.</param>
/// <param name="Written">The text as written.</param>
internal readonly record struct ScaleFactor(Rational Exact, double Float, string Written)
{
    /// <summary>Reads a decimal literal such as 2, 0.5, 1.25e1; null when it is not one.</summary>
    public static ScaleFactor? Parse(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var text = written.Trim();
        var negative = text.StartsWith('-');
        if (negative || text.StartsWith('+')) text = text[1..];
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 400)
                return null;
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        if (whole.Length + fraction.Length == 0 || !(whole + fraction).All(char.IsAsciiDigit)) return null;
        var value = Rational.ParseDecimal(whole.Length == 0 ? "0" : whole, fraction);
        var power = Rational.Of(System.Numerics.BigInteger.Pow(10, Math.Abs(exponent)));
        value = exponent >= 0 ? value * power : value / power;
        if (negative) value = -value;
        return new ScaleFactor(value, double.Parse(written.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture), written.Trim());
    }
}
