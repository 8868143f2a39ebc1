using System.Globalization;
using System.Text;

namespace SymConv.Algebra;

/// <summary>
/// The plain-text notation of polynomials: 1a+2b, -1/2*a, 3a*x_{0,1}^2. It is also the
/// input notation, so what SymConv prints it can read back — under either
/// <see cref="NumberNotation"/>, since entries read decimals exactly (0.1 is 1/10).
/// </summary>
internal static class PolynomialText
{
    /// <summary>Writes a polynomial in the plain-text notation; <paramref name="units"/> null for the notation's default.</summary>
    public static string Format(Polynomial value, SymbolTable symbols, UnitCoefficients? units = null,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        var builder = new StringBuilder();
        Append(builder, value, symbols, units, numbers);
        return builder.ToString();
    }

    /// <summary>Writes a polynomial with its symbols by id (#0, #1), for a polynomial printed without its table.</summary>
    public static string FormatById(Polynomial value)
    {
        var builder = new StringBuilder();
        Append(builder, value, null, UnitCoefficients.Shown, NumberNotation.Fraction);
        return builder.ToString();
    }

    /// <summary>Appends a polynomial in the plain-text notation.</summary>
    public static void Append(StringBuilder builder, Polynomial value, SymbolTable? symbols, UnitCoefficients? units,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        var terms = value.Terms;
        if (terms.Length == 0)
        {
            builder.Append('0');
            return;
        }
        var showUnit = UnitCoefficientRule.WritesUnits(UnitCoefficientRule.InText(units), value);
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term.Coefficient.Sign < 0) builder.Append('-');
            else if (i > 0) builder.Append('+');
            AppendTerm(builder, term.Coefficient.Abs(), term.Monomial, symbols, showUnit, numbers);
        }
    }

    private static void AppendTerm(StringBuilder builder, Rational magnitude, Monomial monomial, SymbolTable? symbols, bool showUnit,
        NumberNotation numbers)
    {
        if (monomial.IsOne)
        {
            AppendMagnitude(builder, magnitude, numbers);
            return;
        }
        if (UnitCoefficientRule.WritesNumber(magnitude.IsOne, showUnit, symbols, UnitCoefficientRule.LoneSymbol(monomial)))
        {
            // An integer juxtaposes (2a) as the seed writes it, and so does a decimal (0.5a); a
            // fraction needs the star so that 1/2*a cannot be read as 1/(2a).
            if (AppendMagnitude(builder, magnitude, numbers)) builder.Append('*');
        }
        for (var f = 0; f < monomial.FactorCount; f++)
        {
            if (f > 0) builder.Append('*');
            var id = monomial.SymbolAt(f);
            if (symbols is null) builder.Append('#').Append(id.ToString(CultureInfo.InvariantCulture));
            else builder.Append(symbols.NameOf(id));
            var exponent = monomial.ExponentAt(f);
            if (exponent != 1) builder.Append('^').Append(exponent.ToString(CultureInfo.InvariantCulture));
        }
    }

    // Writes 3, 1/3 or 0.1 and says whether it wrote a fraction.
    private static bool AppendMagnitude(StringBuilder builder, Rational magnitude, NumberNotation numbers)
    {
        if (magnitude.IsInteger)
        {
            builder.Append(magnitude.Numerator.ToString(CultureInfo.InvariantCulture));
            return false;
        }
        var places = numbers == NumberNotation.Decimal ? DecimalDigits.Places(magnitude.Denominator) : -1;
        if (places >= 0)
        {
            DecimalDigits.Append(builder, magnitude, places);
            return false;
        }
        builder.Append(magnitude.ToString());
        return true;
    }
}
