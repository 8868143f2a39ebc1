using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A negation.</summary>
internal sealed record NegationExpression(Expression Operand, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => -Operand.Evaluate(symbols);
}
