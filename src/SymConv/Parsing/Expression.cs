using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// An entry as written, before it is expanded into a polynomial. Sums and products keep their
/// operands in lists rather than nested pairs, so a long entry such as 1+1+…+1 is a flat node
/// and evaluating it never recurses deeper than the entry's parentheses.
/// </summary>
internal abstract record Expression(SourcePoint At)
{
    /// <summary>Expands the expression, interning its symbols in reading order.</summary>
    public abstract Polynomial Evaluate(SymbolTable symbols);
}
