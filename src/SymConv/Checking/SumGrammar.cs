using Sprache;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// Sums in index formulas, in the two ways people write the backward pass: as Python writes a
/// generator, <c>sum(g[u,v,w] * x[i,v+p,w+q] for v &lt; H', w &lt; W' if …)</c>, and as papers write
/// it, <c>Σ_{v&lt;H', w&lt;W'} g[u,v,w] * x[i,v+p,w+q]</c>, <c>Σ_{v,w} …</c> (each index over the
/// dimension it indexes on its own) or <c>Σ_{v=0}^{H'-1} …</c>. An index runs as <c>v &lt; E</c>,
/// <c>v &lt;= E</c>, <c>A &lt;= v &lt; B</c> or <c>v in range(A, B)</c>; an <c>if</c> (or <c>:</c> inside
/// Σ's braces) leaves out the terms where its condition fails. Σ's body is one product: a
/// <c>+</c> ends it, so <c>Σ_{v} g[v]*x[v] + b[u]</c> adds b once.
/// </summary>
internal static class SumGrammar
{
    private static readonly Parser<FormulaNode> Expression = Deferred.Of(() => FormulaGrammar.Expression);
    private static readonly Parser<FormulaNode> Condition = Deferred.Of(() => FormulaGrammar.Condition);
    private static readonly Parser<FormulaNode> Term = Deferred.Of(() => FormulaGrammar.Term);
    private static readonly Parser<string> CompareOperator = Deferred.Of(() => FormulaGrammar.CompareOperator);

    private static Parser<string> Keyword(string word) => FormulaGrammar.Keyword(word);

    private static Parser<char> Symbol(char c) => FormulaGrammar.Symbol(c, $"'{c}'");

    // One index of a sum as written: its first expression, then comparisons, or 'in range(…)'.
    private static readonly Parser<(FormulaNode First, List<(string Op, FormulaNode Operand)> Chain, FormulaNode? Range)> Written =
        from first in Expression
        from chain in (from op in CompareOperator from operand in Expression select (FormulaGrammar.Canonical(op), operand)).Many()
        from range in Keyword("in").Then(_ => Expression).Optional()
        select (first, chain.ToList(), range.GetOrDefault());

    private static Parser<SumIndex> Index(bool bareAllowed) =>
        from written in ExpressionGrammar.Located(Written)
        select Resolve(written.Value, written.At, bareAllowed);

    // v < E, v <= E, A <= v < B (or <=), v in range(B), v in range(A, B), and in Σ a bare v.
    private static SumIndex Resolve((FormulaNode First, List<(string Op, FormulaNode Operand)> Chain, FormulaNode? Range) written, SourcePoint at, bool bareAllowed)
    {
        var (first, chain, range) = written;
        if (range is not null)
        {
            if (first is FormulaNode.Name rangeName && chain.Count == 0 && range is FormulaNode.Call { Function: "range", Arguments.Count: 1 or 2 } call)
                return call.Arguments.Count == 1
                    ? new SumIndex(rangeName.Text, null, call.Arguments[0], at)
                    : new SumIndex(rangeName.Text, call.Arguments[0], call.Arguments[1], at);
            throw new InputException(ErrorMessages.SumIndexForm, range.At, ErrorMessages.FormulaHint);
        }
        if (chain.Count == 0 && first is FormulaNode.Name bare)
            return bareAllowed ? new SumIndex(bare.Text, null, null, at) : throw new InputException(ErrorMessages.SumIndexNeedsRange(bare.Text), at, ErrorMessages.FormulaHint);
        // Σ_{v=A}: the upper end follows as ^{B}.
        if (chain.Count == 1 && first is FormulaNode.Name start && chain[0].Op == "==" && bareAllowed)
            return new SumIndex(start.Text, chain[0].Operand, null, at);
        if (chain.Count == 1 && first is FormulaNode.Name name && chain[0].Op is "<" or "<=")
            return new SumIndex(name.Text, null, Upper(chain[0]), at);
        if (chain.Count == 2 && chain[0].Operand is FormulaNode.Name middle && chain[0].Op is "<=" or "<" && chain[1].Op is "<" or "<=")
        {
            var from = chain[0].Op == "<=" ? first : new FormulaNode.Binary("+", first, new FormulaNode.Number(1, first.At), first.At);
            return new SumIndex(middle.Text, from, Upper(chain[1]), at);
        }
        throw new InputException(ErrorMessages.SumIndexForm, at, ErrorMessages.FormulaHint);
    }

    // The excluded end: E for < E, E+1 for <= E.
    private static FormulaNode Upper((string Op, FormulaNode Operand) link) =>
        link.Op == "<" ? link.Operand : new FormulaNode.Binary("+", link.Operand, new FormulaNode.Number(1, link.Operand.At), link.Operand.At);

    private static Parser<List<SumIndex>> Indices(bool bareAllowed) =>
        from first in Index(bareAllowed)
        from rest in Symbol(',').Or(Keyword("for").Return(',')).Then(_ => Index(bareAllowed)).Many()
        select new List<SumIndex> { first }.Concat(rest).ToList();

    // sum(BODY for INDICES if CONDITION)
    private static readonly Parser<FormulaNode> Generator =
        from word in ExpressionGrammar.Located(Parse.String("sum").Text().Or(Parse.String("Σ").Text()).Or(Parse.String("∑").Text()))
        from open in Parse.Char('(').Token()
        from body in Expression
        from indices in Keyword("for").Then(_ => Indices(bareAllowed: false))
        from condition in Keyword("if").Then(_ => Condition).Optional()
        from close in Symbol(')')
        select (FormulaNode)new FormulaNode.Sum(indices, body, condition.GetOrDefault(), word.At);

    // Σ_{v=0}^{H'-1}: the upper end is included.
    private static readonly Parser<FormulaNode> UpperEnd =
        Parse.Char('^').Token().Then(_ =>
            (from open in Parse.Char('{').Token() from end in Expression from close in Symbol('}') select end)
            .Or(from end in ExpressionGrammar.Located(FormulaGrammar.Integer) select (FormulaNode)new FormulaNode.Number(end.Value, end.At))
            .Or(from name in ExpressionGrammar.Located(FormulaGrammar.Name) select (FormulaNode)new FormulaNode.Name(name.Value, name.At)));

    private static readonly Parser<(List<SumIndex> Indices, FormulaNode? Condition)> Subscript =
        (from open in Parse.Char('{').Token()
         from indices in Indices(bareAllowed: true)
         from condition in Keyword("if").Or(Symbol(':').Return(":")).Or(Symbol('|').Return("|")).Then(_ => Condition).Optional()
         from close in Symbol('}')
         select (indices, condition.GetOrDefault()))
        .Or(from name in ExpressionGrammar.Located(FormulaGrammar.Name)
            select (new List<SumIndex> { new(name.Value, null, null, name.At) }, (FormulaNode?)null));

    // Σ_{…}^{…} BODY
    private static readonly Parser<FormulaNode> Sigma =
        from word in ExpressionGrammar.Located(Parse.String("Σ").Text().Or(Parse.String("∑").Text()).Or(Parse.String("\\sum").Text()))
        from underscore in Parse.Char('_')
        from subscript in Subscript
        from upper in UpperEnd.Optional()
        from space in Parse.WhiteSpace.Many()
        from body in Term
        select (FormulaNode)new FormulaNode.Sum(WithUpper(subscript.Indices, upper.GetOrDefault(), word.At), body, subscript.Condition, word.At);

    // Σ_{v=A}^{B}: one index, from A to B included; v=A needs its ^{B}, and only it has one.
    private static List<SumIndex> WithUpper(List<SumIndex> indices, FormulaNode? upper, SourcePoint at)
    {
        var started = indices.FindIndex(i => i.From is not null && i.To is null);
        if (upper is null && started < 0) return indices;
        if (upper is null || indices.Count != 1 || started != 0)
            throw new InputException(ErrorMessages.SumUpperEnd, started >= 0 ? indices[started].At : at, ErrorMessages.FormulaHint);
        return [indices[0] with { To = new FormulaNode.Binary("+", upper, new FormulaNode.Number(1, upper.At), upper.At) }];
    }

    /// <summary>A sum in either notation.</summary>
    internal static readonly Parser<FormulaNode> Sum = Generator.Or(Sigma);
}
