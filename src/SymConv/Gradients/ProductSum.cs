using SymConv.Algebra;

namespace SymConv.Gradients;

/// <summary>
/// A sum of products of polynomials, collected as terms and made canonical once at the end: a
/// gradient entry sums one product per tap, and merging a growing polynomial at every step would
/// cost the square of its length. Products of two different bare symbols (a generated weight
/// times a generated g, the common case) are kept as pairs of symbol ids, which sort as the terms
/// do and need no arithmetic until the end.
/// </summary>
internal sealed class ProductSum
{
    private long[] _pairs = new long[16];
    private int _pairCount;
    private Term[] _terms = [];
    private int _count;

    /// <summary>Adds <paramref name="left"/> · <paramref name="right"/>.</summary>
    public void Add(Polynomial left, Polynomial right)
    {
        if (left.IsZero || right.IsZero) return;
        if (_count == 0 && BareSymbol(left) is { } a && BareSymbol(right) is { } b && a != b)
        {
            // Ranks are ids: the pair (lower, higher) orders as the monomial lower·higher does.
            if (_pairCount == _pairs.Length) Array.Resize(ref _pairs, _pairCount * 2);
            _pairs[_pairCount++] = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
            return;
        }
        SpillPairs();
        if (left.TermCount == 1 && right.TermCount == 1)
        {
            var (x, y) = (left.Terms[0], right.Terms[0]);
            var coefficient = x.Coefficient.IsOne ? y.Coefficient : y.Coefficient.IsOne ? x.Coefficient : x.Coefficient * y.Coefficient;
            Append(new Term(coefficient, x.Monomial * y.Monomial));
            return;
        }
        foreach (var term in (left * right).Terms)
            Append(term);
    }

    /// <summary>Adds <paramref name="value"/>.</summary>
    public void Add(Polynomial value)
    {
        if (value.IsZero) return;
        SpillPairs();
        foreach (var term in value.Terms)
            Append(term);
    }

    /// <summary>The sum, canonical: sorted by monomial, like terms merged, zeros dropped.</summary>
    public Polynomial ToPolynomial()
    {
        if (_count == 0) return FromPairs();
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

    private Polynomial FromPairs()
    {
        var pairs = _pairs.AsSpan(0, _pairCount);
        pairs.Sort();
        var terms = new List<Term>(_pairCount);
        for (var i = 0; i < pairs.Length;)
        {
            var pair = pairs[i];
            var start = i;
            for (i++; i < pairs.Length && pairs[i] == pair; i++) { }
            terms.Add(new Term(Rational.Of(i - start), Monomial.Of((int)(pair >> 32)) * Monomial.Of((int)(uint)pair)));
        }
        return Polynomial.FromCanonicalTerms([.. terms]);
    }

    // A product that is not of two bare symbols ends the pairs: they become terms like any other.
    private void SpillPairs()
    {
        if (_pairCount == 0) return;
        var pairs = _pairs.AsSpan(0, _pairCount);
        foreach (var pair in pairs)
            Append(new Term(Rational.One, Monomial.Of((int)(pair >> 32)) * Monomial.Of((int)(uint)pair)));
        _pairCount = 0;
    }

    // The id of a polynomial that is one symbol to the first power with coefficient 1, else null.
    private static int? BareSymbol(Polynomial value)
    {
        if (value.TermCount != 1) return null;
        var term = value.Terms[0];
        return term.Coefficient.IsOne && term.Monomial.FactorCount == 1 && term.Monomial.ExponentAt(0) == 1 ? term.Monomial.SymbolAt(0) : null;
    }

    private void Append(Term term)
    {
        if (_count == _terms.Length) Array.Resize(ref _terms, Math.Max(16, _count * 2));
        _terms[_count++] = term;
    }
}
