using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Checks an index formula for a part other than M — y[d,i,j] = sum(…), dK[u,i,p,q] = …,
/// dx'[t] = … — at every entry of the part, in row-major order, against the part's true entry.
/// </summary>
internal static class PartFormulaSweep
{
    public static ClaimResult Check(Claim.Formula claim)
    {
        var part = claim.Part;
        var shape = part.Shape;
        var formula = claim.Compiled;
        var side = formula.Sides[0];
        var slots = new long[formula.SlotCount];
        var index = new int[shape.Rank];
        var mismatches = new List<Mismatch>();
        long count = 0;
        for (long flat = 0; flat < shape.Size; flat++)
        {
            shape.Unflatten(flat, index);
            slots[side.FlatSlot] = flat;
            for (var d = 0; d < side.Slots.Length; d++) slots[side.Slots[d]] = index[d];
            var (claimed, problem) = FormulaSweep.Value(formula, slots);
            var truth = part[flat];
            if (claimed is not null && claimed == truth) continue;
            count++;
            if (mismatches.Count < ClaimChecker.MismatchesShown)
                mismatches.Add(new Mismatch($"{part.Label(flat)} at {FormulaSweep.Side(claim.Sides[0], flat, shape)}", truth, claimed, problem));
        }
        return new ClaimResult
        {
            Source = claim.Source, Holds = count == 0, Part = part.Name,
            Mismatches = mismatches, MismatchCount = count, EntryCount = shape.Size,
        };
    }
}
