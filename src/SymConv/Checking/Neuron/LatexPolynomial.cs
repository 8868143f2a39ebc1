using System.Text;
using SymConv.Algebra;

namespace SymConv.Checking.Neuron;

/// <summary>
/// A small polynomial printer for LaTeX math mode: 5a+6b, \frac{1}{2}a, -3a x_{0,1}^{2}.
/// Symbols whose name is longer than one letter are set upright-italic as one word
/// (\mathit{alpha}) so TeX does not read them as a product of letters.
/// </summary>
internal static class LatexPolynomial
{
    public static string Format(Polynomial value, SymbolTable symbols)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return "0";
        var text = new StringBuilder();
        for (var i = 0; i < terms.Length; i++)
        {
            var (coefficient, monomial) = (terms[i].Coefficient, terms[i].Monomial);
            if (coefficient.Sign < 0) text.Append('-');
            else if (i > 0) text.Append('+');
            var magnitude = coefficient.Abs();
            if (monomial.IsOne || !magnitude.IsOne)
                text.Append(Number(magnitude));
            for (var f = 0; f < monomial.FactorCount; f++)
            {
                if (f > 0 || !magnitude.IsOne) text.Append(' ');
                text.Append(Symbol(symbols.NameOf(monomial.SymbolAt(f))));
                var exponent = monomial.ExponentAt(f);
                if (exponent != 1) text.Append("^{").Append(exponent).Append('}');
            }
        }
        return text.ToString();
    }

    private static string Number(Rational value) =>
        value.IsInteger ? value.ToString() : $"\\frac{{{value.Numerator}}}{{{value.Denominator}}}";

    /// <summary>A symbol's name in math mode: a, w_{0,1}, \mathit{alpha}, \mathit{k12}_{3}.</summary>
    public static string Symbol(string name)
    {
        var underscore = name.IndexOf('_');
        var word = underscore < 0 ? name : name[..underscore];
        var subscript = underscore < 0 ? "" : name[underscore..];
        if (subscript.Length == 2) subscript = "_{" + subscript[1] + "}";
        return (word.Length == 1 ? word : "\\mathit{" + word + "}") + subscript;
    }
}
