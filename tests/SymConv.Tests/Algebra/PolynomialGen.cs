using CsCheck;
using SymConv.Algebra;

namespace SymConv.Tests.Algebra;

/// <summary>Random polynomials over a few symbols, with small and huge, integer and fractional coefficients.</summary>
internal static class PolynomialGen
{
    public static readonly SymbolTable Symbols = MakeSymbols();

    private static SymbolTable MakeSymbols()
    {
        var table = new SymbolTable();
        foreach (var name in new[] { "a", "b", "c", "w_{0,1}", "x_3", "alpha" })
            table.Intern(name);
        return table;
    }

    public static readonly Gen<Rational> Coefficient =
        Gen.Frequency(
            (6, Gen.Int[-9, 9].Select(i => Rational.Of(i))),
            (2, Gen.Select(Gen.Int[-20, 20], Gen.Int[1, 12]).Select(p => Rational.Of(p.Item1, p.Item2))),
            (1, Gen.Long.Select(l => Rational.Of(new System.Numerics.BigInteger(l) * long.MaxValue))));

    public static readonly Gen<Monomial> Monomial =
        Gen.Int[0, 5].Array[0, 3].Select(symbols =>
            symbols.Aggregate(SymConv.Algebra.Monomial.One, (m, s) => m * SymConv.Algebra.Monomial.Of(s)));

    public static readonly Gen<Polynomial> Polynomial =
        Gen.Select(Coefficient, Monomial).Array[0, 5]
            .Select(terms => SymConv.Algebra.Polynomial.FromTerms(terms.Select(t => new Term(t.Item1, t.Item2))));
}
