using CsCheck;
using SymConv.Algebra;

namespace SymConv.Tests.Algebra;

public class PolynomialLawTests
{
    private static readonly Gen<Polynomial> P = PolynomialGen.Polynomial;

    [Fact]
    public void Addition_is_commutative_and_associative() =>
        Gen.Select(P, P, P).Sample(t =>
        {
            var (p, q, r) = t;
            return p + q == q + p && (p + q) + r == p + (q + r);
        });

    [Fact]
    public void Multiplication_is_commutative_associative_and_distributes() =>
        Gen.Select(P, P, P).Sample(t =>
        {
            var (p, q, r) = t;
            return p * q == q * p && (p * q) * r == p * (q * r) && p * (q + r) == p * q + p * r;
        });

    [Fact]
    public void Zero_and_one_are_identities_and_p_minus_p_is_zero() =>
        P.Sample(p => p + Polynomial.Zero == p && p * Polynomial.One == p && (p - p).IsZero && (p * Polynomial.Zero).IsZero);

    [Fact]
    public void Equal_polynomials_hash_alike_whatever_order_their_terms_came_in() =>
        Gen.Select(PolynomialGen.Coefficient, PolynomialGen.Monomial).Array[0, 6].Sample(terms =>
        {
            var forward = Polynomial.FromTerms(terms.Select(t => new Term(t.Item1, t.Item2)));
            var backward = Polynomial.FromTerms(terms.Reverse().Select(t => new Term(t.Item1, t.Item2)));
            var summed = terms.Aggregate(Polynomial.Zero, (acc, t) => acc + Polynomial.FromTerm(t.Item1, t.Item2));
            return forward == backward && forward == summed && forward.GetHashCode() == summed.GetHashCode();
        });

    [Fact]
    public void Canonical_form_has_sorted_distinct_nonzero_terms() =>
        Gen.Select(P, P).Sample(t =>
        {
            var product = t.Item1 * t.Item2 + t.Item1;
            var terms = product.Terms.ToArray();
            return terms.All(x => !x.Coefficient.IsZero)
                && terms.Zip(terms.Skip(1)).All(pair => pair.First.Monomial.CompareTo(pair.Second.Monomial) < 0);
        });

    [Fact]
    public void Power_is_repeated_multiplication() =>
        Gen.Select(P, Gen.Int[0, 4]).Sample(t =>
        {
            var (p, n) = t;
            var repeated = Polynomial.One;
            for (var i = 0; i < n; i++) repeated *= p;
            return Polynomial.Pow(p, n) == repeated;
        });

    [Fact]
    public void Big_coefficients_never_overflow()
    {
        var huge = Polynomial.Constant(Rational.Of(System.Numerics.BigInteger.Pow(10, 40)));
        var a = PolynomialGen.Symbols.Symbol("a");
        var product = (huge * a) * (huge * a);
        Assert.Equal("1" + new string('0', 80) + "a^2", PolynomialText.Format(product, PolynomialGen.Symbols));
    }

    [Theory]
    [InlineData("0.25", "1/4")]
    [InlineData("1/9", "1/9")]
    [InlineData("2.50", "5/2")]
    [InlineData("-6/4", "-3/2")]
    public void Decimals_and_fractions_are_exact(string written, string expected)
    {
        var value = Support.Entries.Evaluate(written, new SymbolTable());
        Assert.True(value.TryGetConstant(out var constant));
        Assert.Equal(expected, constant.ToString());
    }
}
