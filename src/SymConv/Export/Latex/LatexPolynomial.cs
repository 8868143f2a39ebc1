using System.Globalization;
using System.Text;
using SymConv.Algebra;

namespace SymConv.Export.Latex;

/// <summary>
/// Polynomials in TeX math: products juxtaposed (2a, 2 w_{0,1} x_{0,0}), rationals as \frac,
/// powers as a^{2}, and a coefficient of 1 only when asked for. Terms come in the same canonical
/// order as the text notation, so every format reads alike.
/// </summary>
internal sealed class LatexPolynomial
{
    private readonly SymbolTable _symbols;
    private readonly UnitCoefficients _units;
    private readonly NumberNotation _numbers;
    private readonly Dictionary<int, string> _names = [];

    /// <summary>A printer for the symbols of one table.</summary>
    /// <param name="symbols">Names the symbols.</param>
    /// <param name="units">Whether 1a is written where <see cref="UnitCoefficientRule"/> says so; null for typeset math's default (not).</param>
    /// <param name="numbers">Whether a terminating fraction is set as \frac{1}{10} or as 0.1.</param>
    public LatexPolynomial(SymbolTable symbols, UnitCoefficients? units, NumberNotation numbers = NumberNotation.Fraction)
    {
        _symbols = symbols;
        _units = UnitCoefficientRule.InTypesetMath(units);
        _numbers = numbers;
    }

    /// <summary>The TeX math of a polynomial.</summary>
    public string Format(Polynomial value) => string.Concat(Terms(value));

    /// <summary>
    /// The TeX of each term with its sign operator (" + 2b", " - \frac{1}{2} c"; the first
    /// without a plus), so a long sum can be broken between terms.
    /// </summary>
    public IReadOnlyList<string> Terms(Polynomial value)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return ["0"];
        var showUnit = UnitCoefficientRule.WritesUnits(_units, value);
        var result = new List<string>(terms.Length);
        var text = new StringBuilder();
        for (var i = 0; i < terms.Length; i++)
        {
            text.Clear();
            var term = terms[i];
            if (term.Coefficient.Sign < 0) text.Append(i == 0 ? "-" : " - ");
            else if (i > 0) text.Append(" + ");
            AppendTerm(text, term.Coefficient.Abs(), term.Monomial, showUnit);
            result.Add(text.ToString());
        }
        return result;
    }

    /// <summary>The TeX of a symbol.</summary>
    public string Symbol(int id)
    {
        if (!_names.TryGetValue(id, out var name))
            _names[id] = name = LatexSymbols.Format(_symbols.NameOf(id));
        return name;
    }

    /// <summary>The TeX of a non-negative rational: 3 or \frac{1}{2}.</summary>
    public static string Number(Rational magnitude) => Number(magnitude, NumberNotation.Fraction);

    /// <summary>The TeX of a non-negative rational in a notation: 3, \frac{1}{3}, or 0.1 under <see cref="NumberNotation.Decimal"/>.</summary>
    public static string Number(Rational magnitude, NumberNotation notation) =>
        magnitude.IsInteger || IsDecimal(magnitude, notation) ? magnitude.ToString(notation) : Fraction(magnitude);

    private static bool IsDecimal(Rational magnitude, NumberNotation notation) =>
        notation == NumberNotation.Decimal && !magnitude.IsInteger && DecimalDigits.Places(magnitude.Denominator) >= 0;

    private static string Fraction(Rational magnitude) => magnitude.IsInteger
        ? magnitude.Numerator.ToString(CultureInfo.InvariantCulture)
        : "\\frac{" + magnitude.Numerator.ToString(CultureInfo.InvariantCulture) + "}{" + magnitude.Denominator.ToString(CultureInfo.InvariantCulture) + "}";

    private void AppendTerm(StringBuilder text, Rational magnitude, Monomial monomial, bool showUnit)
    {
        if (monomial.IsOne)
        {
            text.Append(Number(magnitude, _numbers));
            return;
        }
        var first = true;
        // True when the last piece was a bare digit run or a single letter: only then can the
        // next single letter follow without a space (2a, ab); anything else gets one, which
        // also ends a control word (\alpha b, not \alphab).
        var plain = false;
        // True when the last piece was a word of several letters (\mathit{ab}): the next symbol is
        // set a thin space apart, so \mathit{Alpha}\,\mathit{ab} cannot read as Alphaab.
        var word = false;
        if (UnitCoefficientRule.WritesNumber(magnitude.IsOne, showUnit, _symbols, UnitCoefficientRule.LoneSymbol(monomial)))
        {
            text.Append(Number(magnitude, _numbers));
            first = false;
            // A decimal ends in a digit as an integer does: 0.5a needs no space.
            plain = magnitude.IsInteger || IsDecimal(magnitude, _numbers);
        }
        for (var f = 0; f < monomial.FactorCount; f++)
        {
            var symbol = Symbol(monomial.SymbolAt(f));
            var isWord = LatexSymbols.IsWord(symbol);
            if (f > 0 && (word || isWord)) text.Append("\\,");
            else if (!first && !(plain && symbol.Length == 1)) text.Append(' ');
            text.Append(symbol);
            var exponent = monomial.ExponentAt(f);
            if (exponent != 1) text.Append("^{").Append(exponent.ToString(CultureInfo.InvariantCulture)).Append('}');
            plain = symbol.Length == 1 && exponent == 1;
            word = isWord;
            first = false;
        }
    }

    /// <summary>
    /// Roughly how wide a polynomial sets in display math, in ems. Only used to decide where to
    /// break and elide; the document shrinks whatever still comes out too wide.
    /// </summary>
    public double Width(Polynomial value)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return 0.5;
        var width = 0.0;
        for (var i = 0; i < terms.Length; i++)
            width += TermWidth(terms[i], i == 0);
        return width;
    }

    /// <summary>Roughly how wide one term sets, with its sign, in ems.</summary>
    public double TermWidth(Term term, bool first)
    {
        var width = term.Coefficient.Sign < 0 ? (first ? 0.8 : 1.25) : (first ? 0 : 1.25);
        var magnitude = term.Coefficient.Abs();
        if (!magnitude.IsOne || term.Monomial.IsOne || _units == UnitCoefficients.Shown)
            width += magnitude.IsInteger || IsDecimal(magnitude, _numbers)
                ? 0.5 * magnitude.ToString(_numbers).Length
                : 0.35 * Math.Max(magnitude.Numerator.ToString(CultureInfo.InvariantCulture).Length, magnitude.Denominator.ToString(CultureInfo.InvariantCulture).Length) + 0.4;
        for (var f = 0; f < term.Monomial.FactorCount; f++)
        {
            width += SymbolWidth(term.Monomial.SymbolAt(f)) + 0.05;
            if (term.Monomial.ExponentAt(f) != 1)
                width += 0.38 * term.Monomial.ExponentAt(f).ToString(CultureInfo.InvariantCulture).Length;
        }
        return width;
    }

    // Calibrated against pdflatex at 10pt: w_{0,1} sets 1.8em wide, x_{0,0,0} 2.3em, a 0.53em.
    private double SymbolWidth(int id)
    {
        var name = _symbols.NameOf(id);
        var underscore = name.IndexOf('_');
        var baseName = underscore < 0 ? name : name[..underscore];
        var width = baseName.Length == 1 || LatexSymbols.IsGreek(baseName) ? 0.65 : 0.5 * baseName.Length;
        if (underscore >= 0)
            width += 0.15 + 0.36 * name[(underscore + 1)..].Count(char.IsAsciiLetterOrDigit) + 0.2 * name.Count(c => c == ',');
        return width;
    }
}
