using System.Text;
using System.Text.RegularExpressions;
using SymConv.Algebra;

namespace SymConv.Export.Pictures;

/// <summary>
/// Polynomials as presentation MathML, which Chromium and Firefox render without any script:
/// w_{0,1} as a subscript, powers as superscripts, fractions as mfrac, Greek names as their
/// letters, a coefficient of 1 left out as in papers. Names are rebuilt from their letters and
/// digits and every text escaped, so no input reaches the page as markup.
/// </summary>
internal static partial class MathMl
{
    private static readonly Dictionary<string, string> Greek = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε", ["zeta"] = "ζ",
        ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ϱ", ["sigma"] = "σ",
        ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ",
        ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "ϒ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    [GeneratedRegex(@"^(?<base>[A-Za-z][A-Za-z0-9]*)(?:_(?:(?<one>[A-Za-z0-9])|\{(?<list>[A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)\}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>An equation "label = value" as a block math element.</summary>
    public static string Equation(string labelMathMl, Polynomial value, SymbolTable symbols, NumberNotation numbers) =>
        $"<math display=\"block\"><mrow>{labelMathMl}<mo>=</mo>{Polynomial(value, symbols, numbers)}</mrow></math>";

    /// <summary>y′ with a subscript: the MathML of an entry of y'.</summary>
    public static string Primed(string name, long index) =>
        $"<msubsup><mi>{name}</mi><mn>{index}</mn><mo>′</mo></msubsup>";

    /// <summary>The MathML of a polynomial (an mrow).</summary>
    public static string Polynomial(Polynomial value, SymbolTable symbols, NumberNotation numbers)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return "<mn>0</mn>";
        var math = new StringBuilder("<mrow>");
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term.Coefficient.Sign < 0) math.Append("<mo>−</mo>");
            else if (i > 0) math.Append("<mo>+</mo>");
            var magnitude = term.Coefficient.Abs();
            var one = magnitude == Rational.One;
            if (!one || term.Monomial.IsOne) math.Append(Number(magnitude, numbers));
            if (term.Monomial.IsOne) continue;
            for (var f = 0; f < term.Monomial.FactorCount; f++)
            {
                if (f > 0 || !one) math.Append("<mo>&#x2062;</mo>");
                var symbol = Symbol(symbols.NameOf(term.Monomial.SymbolAt(f)));
                var exponent = term.Monomial.ExponentAt(f);
                math.Append(exponent == 1 ? symbol : $"<msup>{symbol}<mn>{exponent}</mn></msup>");
            }
        }
        return math.Append("</mrow>").ToString();
    }

    private static string Number(Rational magnitude, NumberNotation numbers)
    {
        var text = magnitude.ToString(numbers);
        var slash = text.IndexOf('/');
        return slash < 0 ? $"<mn>{text}</mn>" : $"<mfrac><mn>{text[..slash]}</mn><mn>{text[(slash + 1)..]}</mn></mfrac>";
    }

    /// <summary>The MathML of a symbol name: x_{0,1} as x with the subscript 0,1.</summary>
    public static string Symbol(string name)
    {
        var match = Identifier().Match(name);
        if (!match.Success) return $"<mi>{Svg.Escape(name)}</mi>";
        var word = Word(match.Groups["base"].Value);
        var items = match.Groups["one"].Success ? [match.Groups["one"].Value]
            : match.Groups["list"].Success ? match.Groups["list"].Value.Split(',') : Array.Empty<string>();
        if (items.Length == 0) return word;
        var subscript = string.Join("<mo separator=\"true\">,</mo>", items.Select(i => i.All(char.IsAsciiDigit) ? $"<mn>{i}</mn>" : Word(i)));
        return $"<msub>{word}<mrow>{subscript}</mrow></msub>";
    }

    private static string Word(string word) =>
        Greek.TryGetValue(word, out var letter) ? $"<mi>{letter}</mi>" : word.All(char.IsAsciiDigit) ? $"<mn>{word}</mn>" : $"<mi>{word}</mi>";
}
