using SymConv.Algebra;

namespace SymConv.Gradients;

/// <summary>
/// A sum of products of polynomials, collected as terms and made canonical once at the end: a
/// gradient entry sums one product per tap, and merging a growing polynomial at every step would
/// cost the square of its length.
/// </summary>
internal sealed class ProductSum
{
    private Term[] _terms = new Term[16];
    private int _count;

    /// <summary>Adds <paramref name="left"/> · <paramref name="right"/>.</summary>
    public void Add(Polynomial left, Polynomial right)
    {
        if (left.IsZero || right.IsZero) return;
        if (left.TermCount == 1 && right.TermCount == 1)
        {
            var (a, b) = (left.Terms[0], right.Terms[0]);
            // Generated symbols carry the coefficient 1: the product of two needs no arithmetic on numbers.
            var coefficient = a.Coefficient.IsOne ? b.Coefficient : b.Coefficient.IsOne ? a.Coefficient : a.Coefficient * b.Coefficient;
            Append(new Term(coefficient, a.Monomial * b.Monomial));
            return;
        }
        foreach (var term in (left * right).Terms)
            Append(term);
    }

    /// <summary>Adds <paramref name="value"/>.</summary>
    public void Add(Polynomial value)
    {
        foreach (var term in value.Terms)
            Append(term);
    }

    /// <summary>The sum, canonical: sorted by monomial, like terms merged, zeros dropped.</summary>
    public Polynomial ToPolynomial()
    {
        var terms = _terms.AsSpan(0, _count);
        terms.Sort(static (x, y) => x.Monomial.CompareTo(y.Monomial));
        var merged = new List<Term>(_count);
        for (var i = 0; i < terms.Length;)
        {
            var monomial = terms[i].Monomial;
            var coefficient = terms[i].Coefficient;
            for (i++; i < terms.Length && terms[i].Monomial == monomial; i++)
                coefficient += terms[i].Coefficient;
            if (!coefficient.IsZero) merged.Add(new Term(coefficient, monomial));
        }
        return Polynomial.FromCanonicalTerms([.. merged]);
    }

    private void Append(Term term)
    {
        if (_count == _terms.Length) Array.Resize(ref _terms, _count * 2);
        _terms[_count++] = term;
    }
}
