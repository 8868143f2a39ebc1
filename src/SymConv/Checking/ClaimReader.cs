using Sprache;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// Reads one claim and resolves it against a layer: which part it is about, which entries,
/// and the claimed value — an entry, a tensor in the text notation, or an index formula.
/// Everything wrong with a claim as written is an <see cref="InputException"/> pointing into it.
/// </summary>
internal static partial class ClaimReader
{
    /// <summary>The longest right-hand side of an index formula accepted.</summary>
    public const int MaxFormulaLength = 2000;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\bnot\b\s*){65}")]
    private static partial System.Text.RegularExpressions.Regex NotRun();

    public static Claim Read(ClaimSource source, ConvolutionMatrix matrix)
    {
        var start = source.Start;
        Failures.CheckNesting(start, start.Text.Length);
        var left = ClaimGrammar.LeftSide(SourceInput.At(start));
        if (!left.WasSuccessful)
            throw Failures.From(left, ErrorMessages.ClaimHint);
        var (target, indices) = left.Value;
        var part = LayerPart.Find(target.Value, matrix, target.At)
            ?? throw new InputException(ErrorMessages.UnknownClaimTarget(target.Value), target.At, ErrorMessages.ClaimHint);
        var valueAt = SourceInput.PointOf(left.Remainder);

        if (indices is not { } located)
            return new Claim.Whole(source, part, null, ReadTensor(valueAt, part, matrix));
        var items = located.Value;
        if (items.Any(i => i.IsNamed))
            return ReadFormula(source, part, items, located.At, valueAt, matrix);
        if (items.Any(i => i.IsColon))
        {
            if (part.Name != "M" || items.Count != 2 || items[0].IsColon || !items[1].IsColon)
                throw new InputException(ErrorMessages.ClaimSlice, items.First(i => i.IsColon).At, ErrorMessages.ClaimHint);
            var row = ResolveMatrixIndex(items[0], matrix.Rows, matrix.Geometry.OutputShape, "output");
            return new Claim.Whole(source, part, row, ReadTensor(valueAt, part, matrix));
        }
        return new Claim.Entry(source, part, ResolveEntry(part, items, located.At, matrix), ReadEntry(valueAt, matrix));
    }

    private static long ResolveEntry(LayerPart part, List<IndexItem> items, SourcePoint at, ConvolutionMatrix matrix)
    {
        if (part.Name == "M")
        {
            if (items.Count != 2)
                throw new InputException(ErrorMessages.ClaimIndexCount("M", items.Count, 2, part.Shape.ToString()), at, ErrorMessages.ClaimHint);
            var row = ResolveMatrixIndex(items[0], matrix.Rows, matrix.Geometry.OutputShape, "output");
            var column = ResolveMatrixIndex(items[1], matrix.Columns, matrix.Geometry.InputShape, "input");
            return row * matrix.Columns + column;
        }
        if (items.Count != part.Shape.Rank || items.Any(i => i.IsTuple))
            throw new InputException(ErrorMessages.ClaimIndexCount(part.Name, items.Count(i => !i.IsTuple), part.Shape.Rank, part.Shape.ToString()), at, ErrorMessages.ClaimHint);
        return Flatten(part.Shape, d => items[d].Numbers![0], part.Name, d => items[d].At);
    }

    // A row or column of M: a flat index, or a tuple over the output's (input's) shape.
    private static long ResolveMatrixIndex(IndexItem item, long size, Shape shape, string what)
    {
        var numbers = item.Numbers!;
        if (!item.IsTuple)
        {
            if (numbers[0].Value < 0 || numbers[0].Value >= size)
                throw new InputException(ErrorMessages.ClaimIndexRange("M", numbers[0].Written, size, what == "output" ? "the row" : "the column"), item.At);
            return numbers[0].Value;
        }
        if (numbers.Length != shape.Rank)
            throw new InputException(ErrorMessages.ClaimTupleLength(what, numbers.Length, shape.ToString()), item.At, ErrorMessages.ClaimHint);
        return Flatten(shape, d => numbers[d], "the " + what, _ => item.At);
    }

    // A multi-index, one number per dimension of the shape, as a flat row-major index.
    private static long Flatten(Shape shape, Func<int, IndexNumber> number, string name, Func<int, SourcePoint> at)
    {
        long flat = 0;
        for (var d = 0; d < shape.Rank; d++)
        {
            var index = number(d);
            if (index.Value < 0 || index.Value >= shape[d])
                throw new InputException(ErrorMessages.ClaimIndexRange(name, index.Written, shape[d], $"dimension {d + 1}"), at(d));
            flat = flat * shape[d] + index.Value;
        }
        return flat;
    }

    private static Algebra.Polynomial ReadEntry(SourcePoint at, ConvolutionMatrix matrix)
    {
        var input = SourceInput.At(at);
        if (!input.AtEnd && input.Current == '[')
            throw new InputException(ErrorMessages.ClaimNeedsEntry, at, ErrorMessages.ClaimHint);
        var result = ExpressionGrammar.Spaced.Token().End()(input);
        if (!result.WasSuccessful)
            throw Failures.From(result, ErrorMessages.ClaimHint);
        return result.Value.Evaluate(matrix.Layer.Symbols);
    }

    private static Tensor<Algebra.Polynomial> ReadTensor(SourcePoint at, LayerPart part, ConvolutionMatrix matrix)
    {
        var input = SourceInput.At(at);
        if (input.AtEnd || input.Current != '[')
            throw new InputException(ErrorMessages.ClaimNeedsTensor(part.Name), at, ErrorMessages.ClaimHint);
        return TensorReader.Read(at, at.Text.Length - at.Offset, matrix.Layer.Symbols);
    }

    private static Claim ReadFormula(ClaimSource source, LayerPart part, List<IndexItem> items, SourcePoint at, SourcePoint valueAt, ConvolutionMatrix matrix)
    {
        if (part.Name != "M")
            throw new InputException(ErrorMessages.FormulaOnlyForM, at, ErrorMessages.FormulaHint);
        if (items.Count != 2 || !items[0].IsNamed || !items[1].IsNamed)
            throw new InputException(ErrorMessages.FormulaNeedsNames, items.FirstOrDefault(i => !i.IsNamed)?.At ?? at, ErrorMessages.FormulaHint);
        var (row, column) = (items[0], items[1]);
        if (row.Names is { } outputNames && outputNames.Length != matrix.Geometry.OutputShape.Rank)
            throw new InputException(ErrorMessages.ClaimTupleLength("output", outputNames.Length, matrix.Geometry.OutputShape.ToString()), row.At, ErrorMessages.FormulaHint);
        if (column.Names is { } inputNames && inputNames.Length != matrix.Geometry.InputShape.Rank)
            throw new InputException(ErrorMessages.ClaimTupleLength("input", inputNames.Length, matrix.Geometry.InputShape.ToString()), column.At, ErrorMessages.FormulaHint);

        // Sums and conditions compile to left-deep trees, so their length bounds the recursion.
        if (valueAt.Text.Length - valueAt.Offset > MaxFormulaLength)
            throw new InputException(ErrorMessages.FormulaTooLong(MaxFormulaLength), valueAt, ErrorMessages.FormulaHint);
        if (NotRun().Match(valueAt.Text, valueAt.Offset) is { Success: true } nots)
            throw new InputException(ErrorMessages.TooManyNots(Failures.MaxNesting),
                valueAt with { Offset = nots.Index, Column = valueAt.Column + nots.Index - valueAt.Offset }, ErrorMessages.FormulaHint);
        var parsed = FormulaGrammar.Body(SourceInput.At(valueAt));
        if (!parsed.WasSuccessful)
            throw Failures.From(parsed, ErrorMessages.FormulaHint);
        var cases = new List<FormulaCase> { parsed.Value.First };
        FormulaNode? otherwise = null;
        // The one place unreachable cases are refused: only here is the written order whole
        // (FormulaBody cannot hold a case after the otherwise value).
        var alwaysApplies = parsed.Value.First.Condition is null;
        foreach (var (@case, other) in parsed.Value.Others)
        {
            if (alwaysApplies)
                throw new InputException(ErrorMessages.FormulaCaseAfterUnconditional, @case?.Value.At ?? other!.Value.At, ErrorMessages.FormulaHint);
            if (@case is not null)
            {
                cases.Add(@case);
                alwaysApplies = @case.Condition is null;
            }
            else
            {
                otherwise = other!.Value.Value;
                alwaysApplies = true;
            }
        }
        var compiled = FormulaCompiler.Compile(FormulaScope.Of(matrix), row, column, new FormulaBody(cases, otherwise));
        return new Claim.Formula(source, compiled, row, column);
    }
}
