namespace SymConv.Algebra;

/// <summary>One term of a polynomial: a nonzero rational coefficient times a monomial.</summary>
/// <param name="Coefficient">The coefficient, never zero inside a polynomial.</param>
/// <param name="Monomial">The symbols and their powers.</param>
public readonly record struct Term(Rational Coefficient, Monomial Monomial);
