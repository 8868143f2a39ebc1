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
    /// <summary>
    /// The longest right-hand side of an index formula accepted: room for the tap sums symconv
    /// formula prints for padded layers with large kernels. Compiling and evaluating a formula
    /// loop over its sums and chains rather than recurse, so only its brackets (bounded apart)
    /// nest.
    /// </summary>
    public const int MaxFormulaLength = 100_000;

    /// <summary>
    /// How many characters of formula one evaluation stands for in the work bound: a formula
    /// of up to this length counts once per entry of M, a longer one once per this many characters.
    /// </summary>
    public const int FormulaCharactersPerEvaluation = 1_000;

    /// <summary>
    /// What reading one character of a formula costs, in evaluations: parsing and compiling a
    /// formula takes about as long as evaluating it this many times per character, so many
    /// formulas on a small layer are bounded by their reading as much as by M.
    /// </summary>
    public const int EvaluationsPerCharacterRead = 10;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\bnot\b\s*){65}")]
    private static partial System.Text.RegularExpressions.Regex NotRun();

    /// <summary>Reads one claim against a layer of its own.</summary>
    public static Claim Read(ClaimSource source, ConvolutionMatrix matrix) => Read(source, new ClaimLayer(matrix));

    /// <summary>Reads one claim; <paramref name="layer"/> is shared by the claims of a run.</summary>
    public static Claim Read(ClaimSource source, ClaimLayer layer)
    {
        var matrix = layer.Matrix;
        var symbols = layer.Symbols;
        var start = source.Start;
        Failures.CheckNesting(start, start.Text.Length);
        FurthestFailure.Reset();
        var left = ClaimGrammar.LeftSide(SourceInput.At(start));
        if (!left.WasSuccessful)
            throw FurthestFailureAt(left, ErrorMessages.ClaimHint);
        var (target, indices) = left.Value;
        var part = LayerPart.Find(target.Value, layer, target.At)
            ?? throw new InputException(ErrorMessages.UnknownClaimTarget(target.Value), target.At, ErrorMessages.ClaimHint);
        var valueAt = SourceInput.PointOf(left.Remainder);

        if (indices is not { } located)
            return WithSlips(new Claim.Whole(source, part, 0, part.Shape, part.Name, ReadTensor(valueAt, part, matrix)), symbols);
        var items = located.Value;
        if (items.Any(i => i.IsNamed))
            return ReadFormula(source, part, items, located.At, valueAt, layer);
        if (items.Any(i => i.IsSlice))
            return WithSlips(ReadSlice(source, part, items, valueAt, matrix), symbols);
        var flat = ResolveEntry(part, items, located.At, matrix);
        var leftSide = Spaces().Replace(start.Text[start.Offset..valueAt.Offset].Trim(), " ");
        var value = ReadEntry(valueAt, leftSide, symbols);
        return new Claim.Entry(source, part, flat, value) { Slips = SymbolSlips.In([value], symbols) };
    }

    private static Claim WithSlips(Claim.Whole claim, LayerSymbols symbols) =>
        claim with { Slips = SymbolSlips.In(claim.Claimed.Values, symbols) };

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    // A row of M, whole or a run of its columns (M[0,:], M[1,0:9]), or a run of y' or x'.
    private static Claim.Whole ReadSlice(ClaimSource source, LayerPart part, List<IndexItem> items, SourcePoint valueAt, ConvolutionMatrix matrix)
    {
        var slice = items.First(i => i.IsSlice);
        if (part.Name == "M" && items.Count == 2 && !items[0].IsSlice && items[1].IsSlice)
        {
            var row = ResolveMatrixIndex(items[0], matrix.Rows, matrix.Geometry.OutputShape, "output");
            var (from, count) = ResolveSlice(items[1], matrix.Columns, "M", "the column");
            var label = count == matrix.Columns ? $"row {row} of M" : $"M[{row},{from}:{from + count}]";
            return new Claim.Whole(source, part, row * matrix.Columns + from, new Shape(checked((int)count)), label, ReadTensor(valueAt, part, matrix));
        }
        if (part.Name is "y'" or "x'" or "p" && items.Count == 1)
        {
            var (from, count) = ResolveSlice(slice, part.Shape[0], part.Name, "it");
            return new Claim.Whole(source, part, from, new Shape(checked((int)count)), $"{part.Name}[{from}:{from + count}]", ReadTensor(valueAt, part, matrix));
        }
        throw new InputException(ErrorMessages.ClaimSlice, slice.At, ErrorMessages.ClaimHint);
    }

    private static (long From, long Count) ResolveSlice(IndexItem slice, long size, string target, string what)
    {
        var from = slice.SliceFrom?.Value ?? 0;
        var to = slice.SliceTo?.Value ?? size;
        if (from < 0 || to > size || from >= to)
            throw new InputException(ErrorMessages.ClaimSliceRange(target, slice.SliceFrom?.Written ?? "", slice.SliceTo?.Written ?? "", size, what), slice.At, ErrorMessages.ClaimHint);
        return (from, to - from);
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

    // One expression, in the entry grammar once the notes' products (a·5, a x_{0,2}, \cdot, ×)
    // are rewritten as *; errors point into the text as written.
    private static Algebra.Polynomial ReadEntry(SourcePoint at, string leftSide, LayerSymbols symbols)
    {
        var input = SourceInput.At(at);
        if (!input.AtEnd && input.Current == '[')
            throw new InputException(ErrorMessages.ClaimNeedsEntry, at, ErrorMessages.ClaimHint);
        var rewritten = at with { Text = ProductNotation.Rewrite(at) };
        try
        {
            var result = ExpressionGrammar.Spaced.Token().End()(SourceInput.At(rewritten));
            if (!result.WasSuccessful)
                throw ValueFailure(SourceInput.PointOf(result.Remainder) with { Text = at.Text }, rewritten.Text, leftSide);
            return result.Value.Evaluate(symbols.Table);
        }
        catch (InputException e) when (e.At is { } point && ReferenceEquals(point.Text, rewritten.Text))
        {
            throw e.WithAt(point with { Text = at.Text });
        }
    }

    // Where the entry grammar stopped: an operator with nothing after it, or what was found.
    private static InputException ValueFailure(SourcePoint at, string rewritten, string leftSide)
    {
        var offset = at.Offset;
        if (offset < rewritten.Length && rewritten[offset] is '+' or '-' or '*' or '/' or '^')
        {
            var next = offset + 1;
            while (next < rewritten.Length && char.IsWhiteSpace(rewritten[next])) next++;
            if (next == rewritten.Length || rewritten[next] is '+' or '*' or '/' or '^' or ')')
                return new InputException(ErrorMessages.ClaimOperatorWithoutOperand(at.Text[offset]), at, ErrorMessages.ClaimHint);
            // The operator is fine; what follows it is not a term.
            at = ProductNotation.Point(at, next);
            offset = next;
        }
        var found = offset >= at.Text.Length ? "end of text" : at.Text[offset] switch
        {
            '\n' or '\r' => "a line break",
            _ when char.IsControl(at.Text[offset]) => $"the control character U+{(int)at.Text[offset]:X4}",
            var c => $"'{c}'",
        };
        return new InputException(ErrorMessages.ClaimValueUnreadable(found, leftSide), at, ErrorMessages.ClaimHint);
    }

    private static Tensor<Algebra.Polynomial> ReadTensor(SourcePoint at, LayerPart part, ConvolutionMatrix matrix)
    {
        // A tensor as brackets, or pasted as PyTorch or NumPy printed it.
        if (!TensorReader.StartsTensor(at))
            throw new InputException(ErrorMessages.ClaimNeedsTensor(part.Name), at, ErrorMessages.ClaimHint);
        return TensorReader.Read(at, at.Text.Length - at.Offset, matrix.Layer.Symbols);
    }

    // The caret goes where the formula stops making sense — the furthest point any reading
    // reached — and the message names the word found there, not just its first letter.
    private static InputException FurthestFailureAt<T>(IResult<T> failure, string hint)
    {
        var (at, expected) = FurthestFailure.Get() is { } furthest && furthest.At.Position >= failure.Remainder.Position
            ? (furthest.At, furthest.Expected)
            : (failure.Remainder, (IReadOnlyList<string>)failure.Expectations.ToList());
        var found = at.AtEnd ? "end of text" : $"'{TokenAt(at.Source, at.Position)}'";
        // mod is an operator, and a sign can start any term: saying so again is noise.
        expected = [.. expected.Distinct().Where(e =>
            !(e == "'mod'" && expected.Contains("an operator")) && !(e is "'+'" or "'-'" && expected.Any(x => x.StartsWith("a number", StringComparison.Ordinal))))];
        var message = expected.Count == 0 ? $"unexpected {found}" : $"unexpected {found}; expected {string.Join(" or ", expected.Distinct())}";
        return new InputException(message, SourceInput.PointOf(at), hint);
    }

    // A word (a name or a number) whole; anything else one character.
    private static string TokenAt(string text, int position)
    {
        var end = position;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end > position ? text[position..Math.Min(end, position + 30)] : text[position].ToString();
    }

    private static Claim ReadFormula(ClaimSource source, LayerPart part, List<IndexItem> items, SourcePoint at, SourcePoint valueAt, ClaimLayer layer)
    {
        var matrix = layer.Matrix;
        var sides = part.Name == "M" ? MatrixSides(items, at, matrix) : [PartSide(part, items, at)];
        if (valueAt.Text.Length - valueAt.Offset > MaxFormulaLength)
            throw new InputException(ErrorMessages.FormulaTooLong(MaxFormulaLength), valueAt, ErrorMessages.FormulaHint);
        if (NotRun().Match(valueAt.Text, valueAt.Offset) is { Success: true } nots)
            throw new InputException(ErrorMessages.TooManyNots(Failures.MaxNesting),
                valueAt with { Offset = nots.Index, Column = valueAt.Column + nots.Index - valueAt.Offset }, ErrorMessages.FormulaHint);
        FurthestFailure.Reset();
        var parsed = FormulaGrammar.Body(SourceInput.At(valueAt));
        if (!parsed.WasSuccessful)
            throw FurthestFailureAt(parsed, ErrorMessages.FormulaHint);
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
        var compiled = FormulaCompiler.Compile(layer.Scope, sides, new FormulaBody(cases, otherwise));
        var weight = Math.Max(1, (valueAt.Text.Length - valueAt.Offset + FormulaCharactersPerEvaluation - 1) / FormulaCharactersPerEvaluation);
        return new Claim.Formula(source, compiled, part, sides) { Weight = weight, ReadCost = (long)(valueAt.Text.Length - valueAt.Offset) * EvaluationsPerCharacterRead };
    }

    // M[(u,v,w),(i,j,k)], M[s,t], M[s=(u,v,w),t=(i,j,k)]: the row over y's shape, the column over x's.
    private static IndexItem[] MatrixSides(List<IndexItem> items, SourcePoint at, ConvolutionMatrix matrix)
    {
        if (items.Count != 2 || !items[0].IsNamed || !items[1].IsNamed)
            throw new InputException(ErrorMessages.FormulaNeedsNames, items.FirstOrDefault(i => !i.IsNamed)?.At ?? at, ErrorMessages.FormulaHint);
        var (row, column) = (items[0], items[1]);
        if (row.Names is { } outputNames && outputNames.Length != matrix.Geometry.OutputShape.Rank)
            throw new InputException(ErrorMessages.ClaimTupleLength("output", outputNames.Length, matrix.Geometry.OutputShape.ToString()), row.At, ErrorMessages.FormulaHint);
        if (column.Names is { } inputNames && inputNames.Length != matrix.Geometry.InputShape.Rank)
            throw new InputException(ErrorMessages.ClaimTupleLength("input", inputNames.Length, matrix.Geometry.InputShape.ToString()), column.At, ErrorMessages.FormulaHint);
        return [row, column];
    }

    // Any other part: one name per dimension (y[d,i,j]), a flat name (y'[s]), or both (y[s=(d,i,j)]).
    private static IndexItem PartSide(LayerPart part, List<IndexItem> items, SourcePoint at)
    {
        var rank = part.Shape.Rank;
        if (items.Any(i => !i.IsNamed))
            throw new InputException(ErrorMessages.FormulaPartNeedsNames(part.Name, part.Shape.ToString()), items.First(i => !i.IsNamed).At, ErrorMessages.FormulaHint);
        if (items.Count == rank && (rank > 1 || items[0].Names is null) && items.All(i => i.Names is null))
            return rank == 1 ? items[0] : new IndexItem(at) { Names = [.. items.Select(i => i.FlatName!)] };
        if (items.Count == 1 && (items[0].Names is null || items[0].Names!.Length == rank))
            return items[0];
        throw new InputException(ErrorMessages.FormulaPartIndexCount(part.Name, part.Shape.ToString(), rank), at, ErrorMessages.FormulaHint);
    }
}
