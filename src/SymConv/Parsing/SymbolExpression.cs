using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A symbol, by its canonical name.</summary>
internal sealed record SymbolExpression(string Name, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols) => symbols.Symbol(Name);
}
