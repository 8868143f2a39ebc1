namespace SymConv.Algebra;

/// <summary>
/// A polynomial with exact rational coefficients, always in canonical form: terms sorted by
/// <see cref="Monomial.CompareTo"/>, like terms merged, zero terms dropped. Equal polynomials
/// therefore have equal term lists, which makes <see cref="Equals(Polynomial)"/> a plain
/// comparison and lets every y' component come out simplified by construction.
/// </summary>
public sealed partial class Polynomial : IEquatable<Polynomial>
{
    /// <summary>
    /// The most terms one product may have. A layer's entries are small; a product that grows
    /// past this is a typo such as (a+b+c)^200, and refusing it beats running out of memory.
    /// </summary>
    public const int MaxTerms = 1_000_000;

    /// <summary>
    /// The most bits a product's coefficient may have, about 315,000 decimal digits. Nested powers
    /// such as (((2^64)^64)^64)^64 square the digits at every level; past this, multiplying and
    /// printing them would take minutes, which to the user is a hang.
    /// </summary>
    public const int MaxCoefficientBits = 1 << 20;

    private readonly Term[] _terms;

    private Polynomial(Term[] terms) => _terms = terms;

    /// <summary>The zero polynomial, which has no terms.</summary>
    public static Polynomial Zero { get; } = new([]);

    /// <summary>The constant 1.</summary>
    public static Polynomial One { get; } = new([new Term(Rational.One, Monomial.One)]);

    /// <summary>A constant.</summary>
    public static Polynomial Constant(Rational value) =>
        value.IsZero ? Zero : new([new Term(value, Monomial.One)]);

    /// <summary>The symbol with the given id, as a polynomial.</summary>
    public static Polynomial Variable(int symbol) => new([new Term(Rational.One, Monomial.Of(symbol))]);

    /// <summary>A single term; zero when the coefficient is zero.</summary>
    public static Polynomial FromTerm(Rational coefficient, Monomial monomial) =>
        coefficient.IsZero ? Zero : new([new Term(coefficient, monomial)]);

    /// <summary>Builds the canonical polynomial of any list of terms, merging and sorting them.</summary>
    public static Polynomial FromTerms(IEnumerable<Term> terms)
    {
        var list = terms.Where(t => !t.Coefficient.IsZero).ToList();
        list.Sort(static (x, y) => x.Monomial.CompareTo(y.Monomial));
        return new Polynomial(Merge(list));
    }

    /// <summary>The terms in canonical order.</summary>
    public ReadOnlySpan<Term> Terms => _terms;

    /// <summary>How many terms there are.</summary>
    public int TermCount => _terms.Length;

    /// <summary>True for the zero polynomial.</summary>
    public bool IsZero => _terms.Length == 0;

    /// <summary>The value of a constant polynomial.</summary>
    public bool TryGetConstant(out Rational value)
    {
        if (_terms.Length == 0) { value = Rational.Zero; return true; }
        if (_terms.Length == 1 && _terms[0].Monomial.IsOne) { value = _terms[0].Coefficient; return true; }
        value = default;
        return false;
    }

    // Merges adjacent like terms of a sorted list and drops the ones that cancel.
    private static Term[] Merge(List<Term> sorted)
    {
        var result = new List<Term>(sorted.Count);
        foreach (var term in sorted)
        {
            if (result.Count > 0 && result[^1].Monomial == term.Monomial)
            {
                var sum = result[^1].Coefficient + term.Coefficient;
                if (sum.IsZero) result.RemoveAt(result.Count - 1);
                else result[^1] = new Term(sum, term.Monomial);
            }
            else
            {
                result.Add(term);
            }
        }
        return [.. result];
    }

    /// <inheritdoc/>
    public bool Equals(Polynomial? other) =>
        other is not null && _terms.AsSpan().SequenceEqual(other._terms);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Polynomial other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var term in _terms)
            hash.Add(term);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The polynomial in the text notation with its symbols by id (1#0+2#1): a polynomial holds no
    /// names. A layer's values print with their names: see <see cref="ConvLayer.Expression"/>.
    /// </summary>
    public override string ToString() => PolynomialText.FormatById(this);

    /// <summary>Equality.</summary>
    public static bool operator ==(Polynomial? left, Polynomial? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Polynomial? left, Polynomial? right) => !(left == right);
}
