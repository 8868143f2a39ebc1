namespace SymConv.Algebra;

public sealed partial class Polynomial
{
    /// <summary>
    /// Wraps terms that are already canonical — sorted, merged, zero-free — without sorting them
    /// again: for builders of y' that produce terms in order by construction.
    /// </summary>
    internal static Polynomial FromCanonicalTerms(Term[] terms) => terms.Length == 0 ? Zero : new Polynomial(terms);
}
