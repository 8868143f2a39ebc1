using SymConv.Algebra;

namespace SymConv.Gradients;

/// <summary>
/// A sum of products of polynomials, collected as terms and made canonical once at the end: a
/// gradient entry sums one product per tap, and merging a growing polynomial at every step would
/// cost the square of its length.
/// </summary>
internal sealed class ProductSum
{
    private readonly List<Term> _terms = [];

    /// <summary>Adds <paramref name="left"/> · <paramref name="right"/>.</summary>
    public void Add(Polynomial left, Polynomial right)
    {
        if (left.IsZero || right.IsZero) return;
        if (left.TermCount == 1 && right.TermCount == 1)
        {
            var (a, b) = (left.Terms[0], right.Terms[0]);
            _terms.Add(new Term(a.Coefficient * b.Coefficient, a.Monomial * b.Monomial));
            return;
        }
        foreach (var term in (left * right).Terms)
            _terms.Add(term);
    }

    /// <summary>Adds <paramref name="value"/>.</summary>
    public void Add(Polynomial value)
    {
        foreach (var term in value.Terms)
            _terms.Add(term);
    }

    /// <summary>The sum, canonical.</summary>
    public Polynomial ToPolynomial() => Polynomial.FromTerms(_terms);
}
