using System.Numerics;
using CsCheck;
using SymConv.Algebra;
using SymConv.Export.Latex;
using SymConv.Tests.Support;

namespace SymConv.Tests.Algebra;

/// <summary>
/// <see cref="NumberNotation.Decimal"/>: a fraction whose denominator is 2^a·5^b prints as its
/// exact terminating decimal, every other number as before, and what prints reads back the same.
/// </summary>
public class DecimalNotationTests
{
    [Theory]
    [InlineData("1/10", "0.1", "1/10")]
    [InlineData("-3/8", "-0.375", "-3/8")]
    [InlineData("3/2*a", "1.5a", "3/2*a")]
    [InlineData("1/3*a", "1/3*a", "1/3*a")]
    [InlineData("1/6", "1/6", "1/6")]
    [InlineData("2a-7", "2a-7", "2a-7")]
    [InlineData("1/20*a*b-1/2*c", "0.05a*b-0.5c", "1/20*a*b-1/2*c")]
    [InlineData("1a+2b+4c+5d", "1a+2b+4c+5d", "1a+2b+4c+5d")]
    [InlineData("1/2*a+b", "0.5a+1b", "1/2*a+1b")]
    [InlineData("-12345/1000*alpha^2", "-12.345alpha^2", "-2469/200*alpha^2")]
    public void The_text_notation_writes_terminating_fractions_as_decimals(string entry, string asDecimal, string asFraction)
    {
        var symbols = new SymbolTable();
        var value = Entries.Evaluate(entry, symbols);
        Assert.Equal(asDecimal, PolynomialText.Format(value, symbols, UnitCoefficients.Shown, NumberNotation.Decimal));
        Assert.Equal(asFraction, PolynomialText.Format(value, symbols, UnitCoefficients.Shown, NumberNotation.Fraction));
    }

    [Fact]
    public void Two_to_the_minus_30_prints_all_its_30_places()
    {
        var value = Rational.Of(BigInteger.One, BigInteger.Pow(2, 30));
        Assert.Equal("0.000000000931322574615478515625", value.ToString(NumberNotation.Decimal));
        Assert.Equal("1/1073741824", value.ToString(NumberNotation.Fraction));
        Assert.Equal("-0.000000000931322574615478515625", (-value).ToString(NumberNotation.Decimal));
    }

    [Theory]
    [InlineData("1/10*a", "0.1a", "\\frac{1}{10} a")]
    [InlineData("-3/8", "-0.375", "-\\frac{3}{8}")]
    [InlineData("1/3*a+5/2*b", "\\frac{1}{3} a + 2.5b", "\\frac{1}{3} a + \\frac{5}{2} b")]
    [InlineData("1/4*alpha", "0.25 \\alpha", "\\frac{1}{4} \\alpha")]
    public void LaTeX_sets_terminating_fractions_as_decimals(string entry, string asDecimal, string asFraction)
    {
        var symbols = new SymbolTable();
        var value = Entries.Evaluate(entry, symbols);
        Assert.Equal(asDecimal, new LatexPolynomial(symbols, null, NumberNotation.Decimal).Format(value));
        Assert.Equal(asFraction, new LatexPolynomial(symbols, null).Format(value));
    }

    // Coefficients with denominators 2^a·5^b up to the ends of a long, mixed with ones that do not terminate.
    private static readonly Gen<Rational> Coefficient =
        Gen.Frequency(
            (3, PolynomialGen.Coefficient),
            (2, Gen.Select(Gen.Long, Gen.Int[0, 62], Gen.Int[0, 27]).Select(t =>
                Rational.Of(t.Item1, BigInteger.Pow(2, Math.Max(0, Math.Min(t.Item2, 62 - (int)Math.Ceiling(t.Item3 * 2.33)))) * BigInteger.Pow(5, t.Item3)))),
            (1, Gen.Select(Gen.Int[-1000, 1000], Gen.Int[1, 10000]).Select(t => Rational.Of(t.Item1, t.Item2))));

    [Fact]
    public void Parsing_what_is_printed_gives_back_the_same_polynomial_in_either_notation() =>
        Gen.Select(Coefficient, PolynomialGen.Monomial).Array[0, 5]
            .Select(terms => Polynomial.FromTerms(terms.Select(t => new Term(t.Item1, t.Item2))))
            .Sample(p =>
            {
                foreach (var numbers in new[] { NumberNotation.Fraction, NumberNotation.Decimal })
                foreach (var units in new[] { UnitCoefficients.Shown, UnitCoefficients.Hidden })
                {
                    var text = PolynomialText.Format(p, PolynomialGen.Symbols, units, numbers);
                    if (Entries.Evaluate(text, PolynomialGen.Symbols) != p) return false;
                }
                return true;
            });

    [Fact]
    public void A_decimal_is_written_exactly_when_the_denominator_has_only_2s_and_5s() =>
        Coefficient.Sample(r =>
        {
            var text = r.ToString(NumberNotation.Decimal);
            var q = r.Denominator;
            while (q.IsEven) q /= 2;
            while (q % 5 == 0) q /= 5;
            var terminates = q.IsOne;
            if (r.IsInteger || !terminates) return text == r.ToString();
            // An independent reading: digits over 10^places.
            var point = text.IndexOf('.');
            var digits = text.Replace(".", "");
            return point > 0 && !text.EndsWith('0')
                && Rational.Of(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), BigInteger.Pow(10, text.Length - point - 1)) == r;
        });

    [Fact]
    public void The_small_form_writes_the_bytes_Rational_writes() =>
        Coefficient.Sample(r =>
        {
            if (!SmallRational.TryFrom(r, out var small)) return true;
            var bytes = new byte[SmallRational.MaxDecimalLength];
            var written = small.FormatMagnitude(bytes, NumberNotation.Decimal);
            return System.Text.Encoding.ASCII.GetString(bytes, 0, written) == r.Abs().ToString(NumberNotation.Decimal);
        });

    [Fact]
    public void The_longest_small_decimal_fits_its_bound()
    {
        var small = SmallRational.TryFrom(Rational.Of(long.MaxValue, BigInteger.Pow(2, 62)), out var s) ? s : throw new InvalidOperationException();
        var bytes = new byte[SmallRational.MaxDecimalLength];
        var written = small.FormatMagnitude(bytes, NumberNotation.Decimal);
        Assert.Equal(Rational.Of(long.MaxValue, BigInteger.Pow(2, 62)).ToString(NumberNotation.Decimal), System.Text.Encoding.ASCII.GetString(bytes, 0, written));
    }
}
