using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// An entry as written, before it is expanded into a polynomial. Sums and products keep their
/// operands in lists rather than nested pairs, so a long entry such as 1+1+…+1 is a flat node
/// and evaluating it never recurses deeper than the entry's parentheses.
/// </summary>
public abstract record Expression(SourcePoint At)
{
    /// <summary>Expands the expression, interning its symbols in reading order.</summary>
    public abstract Polynomial Evaluate(SymbolTable symbols);
}

/// <summary>An exact number.</summary>
public sealed record NumberExpression(Rational Value, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => Polynomial.Constant(Value);
}

/// <summary>A symbol, by its canonical name.</summary>
public sealed record SymbolExpression(string Name, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => symbols.Symbol(Name);
}

/// <summary>A signed sum: each operand with a flag saying whether it is subtracted.</summary>
public sealed record SumExpression(IReadOnlyList<(bool Negated, Expression Operand)> Operands, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols)
    {
        var total = Polynomial.Zero;
        foreach (var (negated, operand) in Operands)
        {
            var value = operand.Evaluate(symbols);
            total = negated ? total - value : total + value;
        }
        return total;
    }
}

/// <summary>A product with divisions: each operand with a flag saying whether it divides.</summary>
public sealed record ProductExpression(IReadOnlyList<(bool Divides, Expression Operand)> Operands, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols)
    {
        var total = Polynomial.One;
        foreach (var (divides, operand) in Operands)
        {
            var value = operand.Evaluate(symbols);
            if (!divides)
            {
                total *= value;
                continue;
            }
            // Entries are polynomials: a division must be by a nonzero number.
            if (!value.TryGetConstant(out var divisor))
                throw new InputException(ErrorMessages.DivisionBySymbol, operand.At, ErrorMessages.DivisionBySymbolHint);
            if (divisor.IsZero)
                throw new InputException(ErrorMessages.DivisionByZero, operand.At, null);
            total = Polynomial.Scale(total, Rational.One / divisor);
        }
        return total;
    }
}

/// <summary>A negation.</summary>
public sealed record NegationExpression(Expression Operand, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => -Operand.Evaluate(symbols);
}

/// <summary>A power with a non-negative integer exponent.</summary>
public sealed record PowerExpression(Expression Base, int Exponent, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols)
    {
        try
        {
            return Polynomial.Pow(Base.Evaluate(symbols), Exponent);
        }
        catch (ExpressionTooLargeException e)
        {
            throw new InputException(ErrorMessages.PowerTooLarge(e.Message), At, ErrorMessages.PowerTooLargeHint);
        }
    }
}
