using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A power with a non-negative integer exponent.</summary>
internal sealed record PowerExpression(Expression Base, int Exponent, SourcePoint At) : Expression(At)
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
