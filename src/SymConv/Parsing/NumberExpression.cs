using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>An exact number.</summary>
public sealed record NumberExpression(Rational Value, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => Polynomial.Constant(Value);
}
