using SymConv.Algebra;
using SymConv.Export.Latex;

namespace SymConv;

/// <summary>
/// An exact expression over a layer's symbols — an entry of M, an output neuron, a bias — that
/// prints itself: <see cref="ToString()"/> in the notation the command writes (the seed's
/// 1a+2b+4c+5d) and <see cref="ToLatex"/> as the LaTeX writer sets it (a + 2b + 4c + 5d). It
/// carries the symbols it was built over, so it can never be printed or combined with another
/// layer's names by mistake.
/// </summary>
public sealed class SymbolicExpression : IEquatable<SymbolicExpression>
{
    private readonly SymbolTable _symbols;

    internal SymbolicExpression(Polynomial value, SymbolTable symbols)
    {
        Value = value;
        _symbols = symbols;
    }

    /// <summary>The polynomial itself, its symbols by id: for arithmetic beyond printing.</summary>
    public Polynomial Value { get; }

    /// <summary>True for the zero expression.</summary>
    public bool IsZero => Value.IsZero;

    /// <summary>The expression in the command's text notation, 1a+2b+4c+5d.</summary>
    public override string ToString() => PolynomialText.Format(Value, _symbols);

    /// <summary>The expression in the text notation, with unit coefficients and numbers written as asked.</summary>
    public string ToString(UnitCoefficients units, NumberNotation numbers = NumberNotation.Fraction) =>
        PolynomialText.Format(Value, _symbols, units, numbers);

    /// <summary>The expression as LaTeX math, a + 2b + 4c + 5d, as the LaTeX writer sets it.</summary>
    public string ToLatex() => new LatexPolynomial(_symbols, units: null).Format(Value);

    /// <summary>The sum of two expressions over the same layer's symbols.</summary>
    /// <exception cref="ArgumentException">When the two come from different layers.</exception>
    public SymbolicExpression Add(SymbolicExpression other) => new(Value + Same(other).Value, _symbols);

    /// <summary>The product of two expressions over the same layer's symbols.</summary>
    /// <exception cref="ArgumentException">When the two come from different layers.</exception>
    public SymbolicExpression Multiply(SymbolicExpression other) => new(Value * Same(other).Value, _symbols);

    /// <summary>The sum of two expressions over the same layer's symbols.</summary>
    public static SymbolicExpression operator +(SymbolicExpression left, SymbolicExpression right) => left.Add(right);

    /// <summary>The product of two expressions over the same layer's symbols.</summary>
    public static SymbolicExpression operator *(SymbolicExpression left, SymbolicExpression right) => left.Multiply(right);

    /// <summary>True when both are the same polynomial over the same layer's symbols.</summary>
    public bool Equals(SymbolicExpression? other) => other is not null && ReferenceEquals(_symbols, other._symbols) && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SymbolicExpression other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    // Ids mean names only in their own table: a's id in one layer may be p's in another.
    private SymbolicExpression Same(SymbolicExpression other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(_symbols, other._symbols)
            ? other
            : throw new ArgumentException("The expressions come from different layers, whose symbols are numbered apart; combine expressions of one layer.", nameof(other));
    }
}
