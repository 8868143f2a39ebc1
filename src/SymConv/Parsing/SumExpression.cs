using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

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
