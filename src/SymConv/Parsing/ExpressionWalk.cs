namespace SymConv.Parsing;

/// <summary>Every node of an entry, in reading order.</summary>
internal static class ExpressionWalk
{
    /// <summary>The expression and all it holds, depth first, left to right.</summary>
    public static IEnumerable<Expression> Nodes(Expression expression)
    {
        var stack = new Stack<Expression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            IEnumerable<Expression> children = node switch
            {
                NegationExpression negation => [negation.Operand],
                PowerExpression power => [power.Base],
                ProductExpression product => product.Operands.Select(o => o.Operand),
                SumExpression sum => sum.Operands.Select(o => o.Operand),
                _ => [],
            };
            foreach (var child in children.Reverse())
                stack.Push(child);
        }
    }
}
