using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Checks hand derivations against a layer: each claim exactly, entry by entry. An index
/// formula is evaluated at every (row, column) of M while M's rows are computed one at a time,
/// so memory stays that of one row however large the layer.
/// </summary>
public static class ClaimChecker
{
    /// <summary>How many differing entries a failed claim lists.</summary>
    public const int MismatchesShown = 5;

    /// <summary>
    /// The most entries of M a formula is evaluated at. Every entry must be visited (the zeros
    /// are part of the claim), so time grows with rows × columns; past this a check would run
    /// for minutes, and a smaller layer with the same options tests the same formula.
    /// </summary>
    public const long MaxFormulaEntries = 20_000_000;

    /// <summary>
    /// Reads every claim (so that a mistyped one stops the run before anything is judged), then
    /// checks each in order.
    /// </summary>
    /// <exception cref="InputException">When a claim cannot be read or does not fit the layer.</exception>
    public static IReadOnlyList<ClaimResult> Check(ConvolutionMatrix matrix, IReadOnlyList<ClaimSource> sources)
    {
        if (sources.Count == 0)
            throw new InputException(ErrorMessages.NoClaims);
        var claims = sources.Select(s => ClaimReader.Read(s, matrix)).ToList();
        if (claims.OfType<Claim.Formula>().Any() && matrix.Rows * matrix.Columns > MaxFormulaEntries)
            throw new InputException(ErrorMessages.FormulaTooLarge(matrix.Rows, matrix.Columns, MaxFormulaEntries), claims.OfType<Claim.Formula>().First().Source.Start);
        return claims.Select(claim => Check(claim, matrix)).ToList();
    }

    private static ClaimResult Check(Claim claim, ConvolutionMatrix matrix) => claim switch
    {
        Claim.Entry entry => CheckEntry(entry),
        Claim.Whole whole => CheckWhole(whole, matrix),
        Claim.Formula formula => CheckFormula(formula, matrix),
        _ => throw new InvalidOperationException(claim.GetType().Name),
    };

    private static ClaimResult CheckEntry(Claim.Entry claim)
    {
        var truth = claim.Part[claim.Flat];
        return new ClaimResult { Source = claim.Source, Holds = truth == claim.Claimed, True = truth, Claimed = claim.Claimed };
    }

    private static ClaimResult CheckWhole(Claim.Whole claim, ConvolutionMatrix matrix)
    {
        var part = claim.Part;
        // A row of M is compared with that row; anything else with the whole part.
        var expected = claim.Row is null ? part.Shape : new Shape(part.Shape[1]);
        var label = claim.Row is { } r ? $"row {r} of M" : part.Name;
        if (!claim.Claimed.Shape.Equals(expected))
        {
            return new ClaimResult
            {
                Source = claim.Source, Holds = false, Part = part.Name,
                Note = $"the claim has shape {claim.Claimed.Shape}, but {label} has shape {expected}",
            };
        }
        var offset = claim.Row is { } row ? row * part.Shape[1] : 0;
        var mismatches = new List<Mismatch>();
        long count = 0;
        for (long i = 0; i < expected.Size; i++)
        {
            var truth = part[offset + i];
            var claimed = claim.Claimed[i];
            if (truth == claimed) continue;
            count++;
            if (mismatches.Count < MismatchesShown)
                mismatches.Add(new Mismatch(part.Label(offset + i), truth, claimed, null));
        }
        return new ClaimResult
        {
            Source = claim.Source, Holds = count == 0, Part = label,
            Mismatches = mismatches, MismatchCount = count, EntryCount = expected.Size,
        };
    }

    private static ClaimResult CheckFormula(Claim.Formula claim, ConvolutionMatrix matrix)
    {
        var formula = claim.Compiled;
        var outputShape = matrix.Geometry.OutputShape;
        var inputShape = matrix.Geometry.InputShape;
        var slots = new long[formula.SlotCount];
        var outputIndex = new int[outputShape.Rank];
        var inputIndex = new int[inputShape.Rank];
        var mismatches = new List<Mismatch>();
        long count = 0;
        for (long row = 0; row < matrix.Rows; row++)
        {
            slots[formula.RowSlot] = row;
            outputShape.Unflatten(row, outputIndex);
            for (var d = 0; d < formula.OutputSlots.Length; d++)
                slots[formula.OutputSlots[d]] = outputIndex[d];
            var entries = matrix.Row(row);
            var next = 0;
            for (long column = 0; column < matrix.Columns; column++)
            {
                slots[formula.ColumnSlot] = column;
                if (formula.InputSlots.Length > 0)
                {
                    // Columns run in row-major order: step the multi-index like an odometer.
                    if (column == 0) Array.Clear(inputIndex);
                    else Step(inputIndex, inputShape);
                    for (var d = 0; d < formula.InputSlots.Length; d++)
                        slots[formula.InputSlots[d]] = inputIndex[d];
                }
                var truth = next < entries.Count && entries[next].Column == column ? entries[next++].Value : Polynomial.Zero;
                Polynomial? claimed = null;
                string? problem = null;
                try
                {
                    claimed = formula.Evaluate(slots);
                }
                catch (FormulaEvaluationException e)
                {
                    problem = e.Message;
                }
                catch (OverflowException)
                {
                    problem = "overflows 64-bit integer arithmetic";
                }
                if (claimed is not null && claimed == truth) continue;
                count++;
                if (mismatches.Count < MismatchesShown)
                    mismatches.Add(new Mismatch(FormulaLocation(claim, row, column, outputShape, inputShape), truth, claimed, problem));
            }
        }
        return new ClaimResult
        {
            Source = claim.Source, Holds = count == 0, Part = "M",
            Mismatches = mismatches, MismatchCount = count, EntryCount = matrix.Rows * matrix.Columns,
        };
    }

    private static void Step(int[] index, Shape shape)
    {
        for (var d = index.Length - 1; d >= 0; d--)
        {
            if (++index[d] < shape[d]) return;
            index[d] = 0;
        }
    }

    // M[1,3] with the claim's own names: s=1, (u,v,w)=(0,0,1), t=3, (i,j,k)=(0,1,0).
    private static string FormulaLocation(Claim.Formula claim, long row, long column, Shape outputShape, Shape inputShape)
    {
        static string Side(IndexItem item, long flat, Shape shape)
        {
            var parts = new List<string>();
            if (item.FlatName is { } name && item.Names is not null) parts.Add($"{name}={flat}");
            parts.Add(item.Names is { } names
                ? $"({string.Join(',', names)})=({string.Join(',', shape.Unflatten(flat))})"
                : $"{item.FlatName}={flat}");
            return string.Join(' ', parts);
        }
        return $"M[{row},{column}] at {Side(claim.RowNames, row, outputShape)}, {Side(claim.ColumnNames, column, inputShape)}";
    }
}
