using Sprache;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>Reads a tensor written in brackets into a tensor of polynomials.</summary>
internal static class TensorReader
{
    /// <summary>
    /// Whether the text at a point starts a tensor: a bracket, or a printout such as
    /// <c>tensor(</c>, <c>array(</c> or <c>Parameter containing:</c>.
    /// </summary>
    public static bool StartsTensor(SourcePoint at)
    {
        var rest = at.Text.AsSpan(Math.Min(at.Offset, at.Text.Length)).TrimStart();
        return rest.StartsWith("[") || PrintedTensorGrammar.StartsPrintout(at);
    }

    /// <summary>Reads a whole text as one tensor, such as the value of --kernel.</summary>
    public static Tensor<Polynomial> Read(string sourceName, string text, SymbolTable symbols) =>
        Read(SourcePoint.StartOf(sourceName, text), text.Length, symbols);

    /// <summary>Reads the tensor that spans <paramref name="length"/> characters from a point in a larger text.</summary>
    public static Tensor<Polynomial> Read(SourcePoint start, int length, SymbolTable symbols)
    {
        Failures.CheckNesting(start, length);
        var dots = start.Text.IndexOf("...", start.Offset, Math.Min(length, start.Text.Length - start.Offset), StringComparison.Ordinal);
        if (dots >= 0)
            throw new InputException(ErrorMessages.SummarisedTensor, Failures.PointAt(start, dots), ErrorMessages.SummarisedTensorHint);
        return NumericTensorScanner.TryRead(start, length, symbols) ?? ReadByGrammar(start, length, symbols);
    }

    /// <summary>Reads a tensor with the grammar alone, which every message comes from.</summary>
    internal static Tensor<Polynomial> ReadByGrammar(SourcePoint start, int length, SymbolTable symbols)
    {
        var result = PrintedTensorGrammar.Tensor(SourceInput.At(start));
        if (!result.WasSuccessful)
            throw Failures.From(result, ErrorMessages.TensorHint);
        if (result.Remainder.Position < start.Offset + length)
            throw Failures.From(Result.Failure<TensorNode>(result.Remainder, "", ["end of the tensor"]), ErrorMessages.TensorHint);

        var shape = ShapeOf(result.Value);
        var entries = new List<Expression>((int)Math.Min(shape.Size, int.MaxValue));
        Collect(result.Value, entries);
        RefuseNumbersThatReadAsSymbols(entries);
        var values = new Polynomial[entries.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = entries[i].Evaluate(symbols);
        return new Tensor<Polynomial>(shape, values);
    }

    private static Shape ShapeOf(TensorNode node)
    {
        var dims = new List<int>();
        var current = node;
        while (true)
        {
            switch (current)
            {
                case TensorNode.Row row:
                    if (row.Entries.Count == 0)
                        throw new InputException(ErrorMessages.EmptyTensor, row.At, ErrorMessages.EmptyTensorHint);
                    dims.Add(row.Entries.Count);
                    // Regular first: the first brackets' counts multiply to the size only when every
                    // bracket matches them, and a ragged tensor's product can overflow a long.
                    CheckRegular(node, dims, 0);
                    return new Shape([.. dims]);
                case TensorNode.Block block:
                    dims.Add(block.Children.Count);
                    current = block.Children[0];
                    break;
            }
        }
    }

    // Every bracket at a level must hold what the first one does: ragged tensors are errors.
    private static void CheckRegular(TensorNode node, List<int> shape, int level)
    {
        var isLeafLevel = level == shape.Count - 1;
        switch (node)
        {
            case TensorNode.Row row when isLeafLevel:
                if (row.Entries.Count != shape[level])
                    throw new InputException(ErrorMessages.Ragged(row.Entries.Count, "entries", shape[level]), row.At, ErrorMessages.RaggedHint);
                break;
            case TensorNode.Block block when !isLeafLevel:
                if (block.Children.Count != shape[level])
                    throw new InputException(ErrorMessages.Ragged(block.Children.Count, "brackets", shape[level]), block.At, ErrorMessages.RaggedHint);
                foreach (var child in block.Children)
                    CheckRegular(child, shape, level + 1);
                break;
            case TensorNode.Row row:
                throw new InputException(ErrorMessages.RaggedDepth, row.At, ErrorMessages.RaggedHint);
            default:
                throw new InputException(ErrorMessages.RaggedDepth, node.At, ErrorMessages.RaggedHint);
        }
    }

    // 2e+3 is a number unless e is a symbol; one written later in the same tensor counts too.
    private static void RefuseNumbersThatReadAsSymbols(List<Expression> entries)
    {
        List<NumberExpression>? doubtful = null;
        HashSet<string>? names = null;
        foreach (var node in entries.SelectMany(ExpressionWalk.Nodes))
        {
            if (node is NumberExpression { AlsoSymbol: not null } number) (doubtful ??= []).Add(number);
            else if (node is SymbolExpression symbol) (names ??= []).Add(symbol.Name);
        }
        if (doubtful is null || names is null) return;
        foreach (var number in doubtful)
            if (names.Contains(number.AlsoSymbol!))
                throw number.Ambiguous();
    }

    private static void Collect(TensorNode node, List<Expression> entries)
    {
        switch (node)
        {
            case TensorNode.Row row:
                entries.AddRange(row.Entries);
                break;
            case TensorNode.Block block:
                foreach (var child in block.Children)
                    Collect(child, entries);
                break;
        }
    }
}
