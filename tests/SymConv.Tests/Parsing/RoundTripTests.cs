using CsCheck;
using SymConv.Algebra;
using SymConv.Tests.Algebra;
using SymConv.Tests.Support;

namespace SymConv.Tests.Parsing;

public class RoundTripTests
{
    [Fact]
    public void Parsing_what_is_printed_gives_back_the_same_polynomial() =>
        PolynomialGen.Polynomial.Sample(p =>
        {
            foreach (var units in new[] { UnitCoefficients.Shown, UnitCoefficients.Hidden })
            {
                var text = PolynomialText.Format(p, PolynomialGen.Symbols, units);
                if (Entries.Evaluate(text, PolynomialGen.Symbols) != p) return false;
            }
            return true;
        });

    [Theory]
    [InlineData("2a", "2a")]
    [InlineData("3(a+b)", "3a+3b")]
    [InlineData("a(b+c)", "a*b+a*c")]
    [InlineData("ab", "ab")]
    [InlineData("(a+b)^2", "a^2+2a*b+b^2")]
    [InlineData("-a^2", "-a^2")]
    [InlineData("2*-a", "-2a")]
    [InlineData("w_{0,1} * x_3", "w_{0,1}*x_3")]
    [InlineData("w_{3} - w_3", "0")]
    [InlineData("a/2 + 1/2*a", "a")]
    [InlineData("(a+b)/3", "1/3*a+1/3*b")]
    [InlineData("1 + 2 + 3", "6")]
    [InlineData("k12 + alpha", "k12+alpha")]
    [InlineData("0.5a - a/2", "0")]
    public void Entries_read_as_written(string entry, string expected)
    {
        var symbols = new SymbolTable();
        Assert.Equal(expected, PolynomialText.Format(Entries.Evaluate(entry, symbols), symbols, UnitCoefficients.Hidden));
    }

    [Theory]
    [InlineData("[1 -2]", "1|-2")]
    [InlineData("[1 - 2]", "-1")]
    [InlineData("[a -b c]", "a|-b|c")]
    [InlineData("[a + b, c]", "a+b|c")]
    [InlineData("[1/2 -a]", "1/2|-a")]
    [InlineData("[ w_{0,1}  x_3 ]", "w_{0,1}|x_3")]
    [InlineData("[2a, 3(a+b)]", "2a|3a+3b")]
    public void Rows_split_on_spaces_like_matlab_unless_commas_separate_them(string row, string entries)
    {
        var symbols = new SymbolTable();
        var tensor = SymConv.Parsing.TensorReader.Read("--input", row, symbols);
        Assert.Equal(entries, string.Join('|', tensor.Values.Select(v => PolynomialText.Format(v, symbols))));
    }

    [Fact]
    public void Terms_follow_the_order_symbols_first_appeared()
    {
        var symbols = new SymbolTable();
        symbols.Intern("d");
        symbols.Intern("a");
        Assert.Equal("3d+2a", PolynomialText.Format(Entries.Evaluate("2a + 3d", symbols), symbols));
    }

    [Theory]
    [InlineData("1a+2b+4c+5d", "1a+2b+4c+5d")]
    [InlineData("a+c", "a+c")]
    [InlineData("a - c", "a-c")]
    [InlineData("2a+1", "2a+1")]
    [InlineData("a+1", "a+1")]
    [InlineData("a+2b-1", "1a+2b-1")]
    public void The_seed_writes_unit_coefficients_in_sums_that_carry_numbers(string entry, string expected)
    {
        var symbols = new SymbolTable();
        Assert.Equal(expected, PolynomialText.Format(Entries.Evaluate(entry, symbols), symbols));
    }
}
