using System.Globalization;
using System.Text;

namespace SymConv.Algebra;

/// <summary>
/// The plain-text notation of polynomials: 1a+2b, -1/2*a, 3a*x_{0,1}^2. It is also the
/// input notation, so what SymConv prints it can read back.
/// </summary>
public static class PolynomialText
{
    /// <summary>Writes a polynomial in the plain-text notation.</summary>
    public static string Format(Polynomial value, SymbolTable symbols, UnitCoefficients units = UnitCoefficients.Shown)
    {
        var builder = new StringBuilder();
        Append(builder, value, symbols, units);
        return builder.ToString();
    }

    /// <summary>Appends a polynomial in the plain-text notation.</summary>
    public static void Append(StringBuilder builder, Polynomial value, SymbolTable symbols, UnitCoefficients units)
    {
        var terms = value.Terms;
        if (terms.Length == 0)
        {
            builder.Append('0');
            return;
        }
        var showUnit = units == UnitCoefficients.Shown && value.ShowsUnitCoefficients;
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term.Coefficient.Sign < 0) builder.Append('-');
            else if (i > 0) builder.Append('+');
            AppendTerm(builder, term.Coefficient.Abs(), term.Monomial, symbols, showUnit);
        }
    }

    private static void AppendTerm(StringBuilder builder, Rational magnitude, Monomial monomial, SymbolTable symbols, bool showUnit)
    {
        if (monomial.IsOne)
        {
            builder.Append(magnitude.ToString());
            return;
        }
        if (!magnitude.IsOne || (showUnit && !symbols.IsBare(monomial)))
        {
            builder.Append(magnitude.ToString());
            // An integer juxtaposes (2a) as the seed writes it; a fraction needs the star so
            // that 1/2*a cannot be read as 1/(2a).
            if (!magnitude.IsInteger) builder.Append('*');
        }
        for (var f = 0; f < monomial.FactorCount; f++)
        {
            if (f > 0) builder.Append('*');
            builder.Append(symbols.NameOf(monomial.SymbolAt(f)));
            var exponent = monomial.ExponentAt(f);
            if (exponent != 1) builder.Append('^').Append(exponent.ToString(CultureInfo.InvariantCulture));
        }
    }
}
