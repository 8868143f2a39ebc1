using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A product with divisions: each operand with a flag saying whether it divides.</summary>
internal sealed record ProductExpression(IReadOnlyList<(bool Divides, Expression Operand)> Operands, SourcePoint At) : Expression(At)
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
