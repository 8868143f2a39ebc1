using SymConv.Algebra;
using SymConv.Export.Latex;
using SymConv.Parsing;

namespace SymConv.Tests.Export;

/// <summary>The TeX of symbols and polynomials, pinned as a reader of a paper expects them.</summary>
public class LatexNotationTests
{
    [Theory]
    [InlineData("a", "a")]
    [InlineData("w_{0,1}", "w_{0,1}")]
    [InlineData("w_3", "w_{3}")]
    [InlineData("b_{12}", "b_{12}")]
    [InlineData("alpha", "\\alpha")]
    [InlineData("Omega", "\\Omega")]
    [InlineData("theta_{i,j}", "\\theta_{i,j}")]
    [InlineData("w_{alpha,1}", "w_{\\alpha,1}")]
    [InlineData("k12", "\\mathit{k12}")]
    [InlineData("x_{ij}", "x_{\\mathit{ij}}")]
    public void Symbol_names_become_tex(string name, string tex) =>
        Assert.Equal(tex, LatexSymbols.Format(name));

    [Theory]
    [InlineData("\\input{/etc/passwd}")]
    [InlineData("a}\\def\\x{")]
    [InlineData("x_{0}^{\\write18}")]
    [InlineData("$")]
    public void A_name_outside_the_grammar_cannot_inject_tex(string name)
    {
        var tex = LatexSymbols.Format(name);
        Assert.StartsWith("\\mathrm{", tex);
        Assert.Equal(1, tex.Count(c => c == '\\'));
        Assert.Equal(1, tex.Count(c => c == '{'));
        Assert.DoesNotContain('$', tex);
    }

    [Theory]
    [InlineData("a + 2b + 4c + 5d", "a + 2b + 4c + 5d", false)]
    [InlineData("a + 2b + 4c + 5d", "1a + 2b + 4c + 5d", true)]
    [InlineData("a + b", "a + b", true)]
    // Constants don't count, as in the text notation: a+1 shows no 1 of its own.
    [InlineData("a + b + 3", "a + b + 3", true)]
    [InlineData("a + 2b + 3", "1a + 2b + 3", true)]
    [InlineData("2*w_{0,1}*x_{0,0}", "2 w_{0,1} x_{0,0}", false)]
    [InlineData("a*b", "ab", false)]
    [InlineData("alpha*b", "\\alpha b", false)]
    [InlineData("-a/2 + 3", "-\\frac{1}{2} a + 3", false)]
    [InlineData("1/3", "\\frac{1}{3}", false)]
    [InlineData("-1/3", "-\\frac{1}{3}", false)]
    [InlineData("a - b", "a - b", false)]
    [InlineData("2a^2*x_1^3", "2a^{2} x_{1}^{3}", false)]
    [InlineData("0", "0", false)]
    [InlineData("3/2*k12", "\\frac{3}{2} \\mathit{k12}", false)]
    // Words of several letters multiplied stay apart: not Alphaab.
    [InlineData("Alpha*ab", "\\mathit{Alpha}\\,\\mathit{ab}", false)]
    [InlineData("2*a*ab^2*b", "2ab\\,\\mathit{ab}^{2}", false)]
    public void Polynomials_are_juxtaposed_with_fractions(string entry, string tex, bool unitCoefficients)
    {
        var symbols = new SymbolTable();
        foreach (var name in new[] { "alpha", "a", "b", "c", "d", "w_{0,1}", "x_{0,0}" }) symbols.Intern(name);
        var value = Parse(entry, symbols);
        Assert.Equal(tex, new LatexPolynomial(symbols, unitCoefficients ? UnitCoefficients.Shown : UnitCoefficients.Hidden).Format(value));
    }

    [Fact]
    public void Terms_carry_their_operators_so_sums_can_break_between_them()
    {
        var symbols = new SymbolTable();
        var value = Parse("a - 2b + c/3", symbols);
        Assert.Equal(["a", " - 2b", " + \\frac{1}{3} c"], new LatexPolynomial(symbols, null).Terms(value));
    }

    private static Polynomial Parse(string text, SymbolTable symbols) =>
        TensorReader.Read("test", "[" + text + "]", symbols)[0];

    // Brackets around a fraction grow to its height.
    [Fact]
    public void Neuron_brackets_around_fractions_are_sized_to_them()
    {
        var outcome = SymConv.Tests.Support.CliRunner.Run("neuron", "--kernel", "[[[[a b]]]]", "--input", "[[[-x/3 y+1/2]]]", "--at", "0", "--format", "latex");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("a \\cdot \\left(-\\frac{1}{3} x\\right) + b \\cdot \\left(y + \\frac{1}{2}\\right)", outcome.Stdout);
    }
}
