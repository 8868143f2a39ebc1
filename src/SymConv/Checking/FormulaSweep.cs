using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Checks every index formula of a run in one pass over M: each row is computed once and every
/// formula is evaluated at each of its entries, so M's rows cost the same for one formula or a
/// hundred, and memory stays that of one row however large the layer.
/// </summary>
internal static class FormulaSweep
{
    // What one formula has found so far.
    private sealed class Tally(Claim.Formula claim)
    {
        public Claim.Formula Claim { get; } = claim;
        public long[] Slots { get; } = new long[claim.Compiled.SlotCount];
        public List<Mismatch> Mismatches { get; } = [];
        public long Count { get; set; }
    }

    /// <summary>The verdicts, in the order of <paramref name="formulas"/>; <paramref name="row"/> gives M's rows, sorted by column.</summary>
    public static IReadOnlyList<ClaimResult> Check(IReadOnlyList<Claim.Formula> formulas, Shape outputShape, Shape inputShape, Func<long, IReadOnlyList<MatrixEntry>> row)
    {
        var rows = outputShape.Size;
        var columns = inputShape.Size;
        var tallies = formulas.Select(f => new Tally(f)).ToArray();
        var outputIndex = new int[outputShape.Rank];
        var inputIndex = new int[inputShape.Rank];
        for (long r = 0; r < rows; r++)
        {
            outputShape.Unflatten(r, outputIndex);
            foreach (var tally in tallies)
            {
                var side = tally.Claim.Compiled.Sides[0];
                tally.Slots[side.FlatSlot] = r;
                for (var d = 0; d < side.Slots.Length; d++)
                    tally.Slots[side.Slots[d]] = outputIndex[d];
            }
            var entries = row(r);
            var next = 0;
            Array.Clear(inputIndex);
            for (long column = 0; column < columns; column++)
            {
                // Columns run in row-major order: step the multi-index like an odometer.
                if (column > 0) Step(inputIndex, inputShape);
                var truth = next < entries.Count && entries[next].Column == column ? entries[next++].Value : Polynomial.Zero;
                foreach (var tally in tallies)
                    Evaluate(tally, r, column, inputIndex, truth, outputShape, inputShape);
            }
        }
        return tallies.Select(t => new ClaimResult
        {
            Source = t.Claim.Source, Holds = t.Count == 0, Part = "M",
            Mismatches = t.Mismatches, MismatchCount = t.Count, EntryCount = rows * columns,
        }).ToList();
    }

    private static void Evaluate(Tally tally, long row, long column, int[] inputIndex, Polynomial truth, Shape outputShape, Shape inputShape)
    {
        var formula = tally.Claim.Compiled;
        var slots = tally.Slots;
        var side = formula.Sides[1];
        slots[side.FlatSlot] = column;
        for (var d = 0; d < side.Slots.Length; d++)
            slots[side.Slots[d]] = inputIndex[d];
        var (claimed, problem) = Value(formula, slots);
        if (claimed is not null && claimed == truth) return;
        tally.Count++;
        if (tally.Mismatches.Count < ClaimChecker.MismatchesShown)
            tally.Mismatches.Add(new Mismatch($"M[{row},{column}] at {Side(tally.Claim.Sides[0], row, outputShape)}, {Side(tally.Claim.Sides[1], column, inputShape)}", truth, claimed, problem));
    }

    /// <summary>The formula's value at the slots, or why it has none there.</summary>
    internal static (Polynomial? Claimed, string? Problem) Value(IndexedFormula formula, long[] slots)
    {
        try
        {
            return (formula.Evaluate(slots), null);
        }
        catch (FormulaEvaluationException e)
        {
            return (null, e.Message);
        }
        catch (OverflowException)
        {
            return (null, "overflows 64-bit integer arithmetic");
        }
    }

    private static void Step(int[] index, Shape shape)
    {
        for (var d = index.Length - 1; d >= 0; d--)
        {
            if (++index[d] < shape[d]) return;
            index[d] = 0;
        }
    }

    /// <summary>One side of an entry's place with the claim's own names: s=1, (u,v,w)=(0,0,1).</summary>
    internal static string Side(IndexItem item, long flat, Shape shape)
    {
        var parts = new List<string>();
        if (item.FlatName is { } name && item.Names is not null) parts.Add($"{name}={flat}");
        parts.Add(item.Names is { } names
            ? $"({string.Join(',', names)})=({string.Join(',', shape.Unflatten(flat))})"
            : $"{item.FlatName}={flat}");
        return string.Join(' ', parts);
    }
}
