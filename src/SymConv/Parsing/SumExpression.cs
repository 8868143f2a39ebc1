using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A signed sum: each operand with a flag saying whether it is subtracted.</summary>
internal sealed record SumExpression(IReadOnlyList<(bool Negated, Expression Operand)> Operands, SourcePoint At) : Expression(At)
{
    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols)
    {
        // One sort of all the operands' terms: adding them one at a time would copy the running
        // total for each, which is quadratic in a long sum such as a_{0}+a_{1}+…+a_{99999}.
        var terms = new List<Term>();
        foreach (var (negated, operand) in Operands)
        {
            var value = operand.Evaluate(symbols);
            if (negated) value = -value;
            foreach (var term in value.Terms)
                terms.Add(term);
        }
        return Polynomial.FromTerms(terms);
    }
}
