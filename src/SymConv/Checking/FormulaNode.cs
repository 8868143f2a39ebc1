using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// An index formula's expression or condition as written, before names are resolved against a
/// layer. Integer and tensor-valued expressions share one tree; the compiler types them.
/// </summary>
internal abstract record FormulaNode(SourcePoint At)
{
    /// <summary>An integer literal.</summary>
    public sealed record Number(long Value, SourcePoint At) : FormulaNode(At);

    /// <summary>A name: an index, a size such as H', or (wrongly, unindexed) a tensor.</summary>
    public sealed record Name(string Text, SourcePoint At) : FormulaNode(At);

    /// <summary>One entry of a tensor or size array: K[u,i,j-v,k-w], stride[0].</summary>
    public sealed record Read(string Tensor, IReadOnlyList<FormulaNode> Indices, SourcePoint At) : FormulaNode(At);

    /// <summary>abs(e), min(a, b), max(a, b): integer functions.</summary>
    public sealed record Call(string Function, IReadOnlyList<FormulaNode> Arguments, SourcePoint At) : FormulaNode(At);

    /// <summary>(A if C else B) inside an expression: A where C holds, else B.</summary>
    public sealed record Choice(FormulaNode Value, FormulaNode Condition, FormulaNode Else, SourcePoint At) : FormulaNode(At);

    /// <summary>A negation.</summary>
    public sealed record Negate(FormulaNode Operand, SourcePoint At) : FormulaNode(At);

    /// <summary>
    /// + - * // % / between two expressions, <paramref name="OperatorAt"/> where the operator
    /// stands; / is division inside ⌊ ⌋ only.
    /// </summary>
    public sealed record Binary(string Operator, FormulaNode Left, FormulaNode Right, SourcePoint At, SourcePoint? OperatorAt = null) : FormulaNode(At);

    /// <summary>⌊ ⌋ around an expression: a floor division ⌊A/B⌋, or an integer left as it is.</summary>
    public sealed record Floor(FormulaNode Inner, SourcePoint At, SourcePoint End) : FormulaNode(At);

    /// <summary>A chain of comparisons, 0 &lt;= j-v &lt; P, true when every link holds.</summary>
    public sealed record Comparison(IReadOnlyList<FormulaNode> Operands, IReadOnlyList<string> Operators, SourcePoint At) : FormulaNode(At);

    /// <summary>and / or between two conditions.</summary>
    public sealed record Logic(string Operator, FormulaNode Left, FormulaNode Right, SourcePoint At) : FormulaNode(At);

    /// <summary>not of a condition.</summary>
    public sealed record Not(FormulaNode Operand, SourcePoint At) : FormulaNode(At);

    /// <summary>
    /// A sum over index names, as the backward pass is written: sum(g[u,v,w] * x[i,v+p,w+q] for
    /// v &lt; H', w &lt; W') or Σ_{v,w} g[u,v,w] * x[i,v+p,w+q]; the terms whose
    /// <paramref name="Condition"/> fails are left out (and not evaluated).
    /// </summary>
    public sealed record Sum(IReadOnlyList<SumIndex> Indices, FormulaNode Body, FormulaNode? Condition, SourcePoint At) : FormulaNode(At);
}
