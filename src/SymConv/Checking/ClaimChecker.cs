using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// Checks hand derivations against a layer: each claim exactly, entry by entry. An index
/// formula is evaluated at every (row, column) of M while M's rows are computed one at a time,
/// so memory stays that of one row however large the layer.
/// </summary>
internal static class ClaimChecker
{
    /// <summary>How many differing entries a failed claim lists.</summary>
    public const int MismatchesShown = 5;

    /// <summary>
    /// The most formula evaluations a run makes: each formula is evaluated at every entry of M
    /// (the zeros are part of the claim), so the work is formulas × rows × columns, bounded as a
    /// whole, with reading each formula counted too (<see cref="ClaimReader.EvaluationsPerCharacterRead"/>). Past this a check would run for minutes; a smaller layer with the same options
    /// tests the same formulas.
    /// </summary>
    public const long MaxFormulaEvaluations = 20_000_000;

    /// <summary>
    /// Reads every claim, then checks each readable one in order (claims about the backward pass
    /// — g, dx, dK, db — under fresh upstream symbols g_{…}). A claim that cannot be read
    /// does not stop the others: its result says why (<see cref="ClaimResult.Unreadable"/>).
    /// All index formulas are checked together in one pass over M.
    /// </summary>
    /// <exception cref="InputException">When there are no claims, or the formulas together would take too long.</exception>
    public static IReadOnlyList<ClaimResult> Check(ConvolutionMatrix matrix, IReadOnlyList<ClaimSource> sources) =>
        Check(new ClaimLayer(matrix), sources);

    /// <summary>
    /// Checks claims against a layer and its backward pass under the upstream gradient the
    /// backward pass was made with: claims about g, dx, dx', dK and db (entries, tensors, index
    /// formulas) besides those about the forward pass. <see cref="Check(ConvolutionMatrix, IReadOnlyList{ClaimSource})"/>
    /// checks them under fresh upstream symbols g_{…}.
    /// </summary>
    /// <exception cref="InputException">When there are no claims, or the formulas together would take too long.</exception>
    public static IReadOnlyList<ClaimResult> Check(Gradients.LayerGradient gradient, IReadOnlyList<ClaimSource> sources)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        return Check(new ClaimLayer(gradient), sources);
    }

    internal static IReadOnlyList<ClaimResult> Check(ClaimLayer layer, IReadOnlyList<ClaimSource> sources)
    {
        if (sources.Count == 0)
            throw new InputException(ErrorMessages.NoClaims);
        var matrix = layer.Matrix;
        var claims = new Claim?[sources.Count];
        var results = new ClaimResult?[sources.Count];
        var formulas = 0;
        long work = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            try
            {
                claims[i] = ClaimReader.Read(sources[i], layer);
            }
            catch (InputException e)
            {
                results[i] = new ClaimResult { Source = sources[i], Holds = false, Unreadable = e };
            }
            catch (ExpressionTooLargeException e)
            {
                results[i] = new ClaimResult { Source = sources[i], Holds = false, Unreadable = new InputException(e.Message, sources[i].Start) };
            }
            // Refused as soon as the total crosses the bound, before reading further claims.
            // A formula is evaluated at every entry of its part, each evaluation costing its
            // weight and the terms of its sums.
            if (claims[i] is Claim.Formula formula)
            {
                formulas++;
                var entries = formula.Part.Shape.Size;
                var perEntry = Math.Min(MaxFormulaEvaluations + 1, formula.Weight + formula.Compiled.TermsPerEntry);
                work += Math.Min(MaxFormulaEvaluations + 1, entries * perEntry + formula.ReadCost);
                if (work > MaxFormulaEvaluations)
                    throw new InputException(formula.Part.Name == "M" && formula.Compiled.TermsPerEntry == 0
                        ? ErrorMessages.FormulasTooMuchWork(formulas, work, matrix.Rows, matrix.Columns, MaxFormulaEvaluations)
                        : ErrorMessages.PartFormulasTooMuchWork(formulas, formula.Part.Name, entries, formula.Compiled.TermsPerEntry, MaxFormulaEvaluations), sources[i].Start);
            }
        }
        var matrixFormulas = claims.OfType<Claim.Formula>().Where(f => f.Part.Name == "M").ToList();
        if (matrixFormulas.Count > 0)
        {
            var swept = FormulaSweep.Check(matrixFormulas, matrix.Geometry.OutputShape, matrix.Geometry.InputShape, matrix.Row);
            for (int i = 0, f = 0; i < claims.Length; i++)
                if (claims[i] is Claim.Formula { Part.Name: "M" }) results[i] = swept[f++];
        }
        for (var i = 0; i < claims.Length; i++)
        {
            if (results[i] is null) results[i] = WithNotices(Check(claims[i]!), claims[i]!);
        }
        return results!;
    }

    private static ClaimResult Check(Claim claim) => claim switch
    {
        Claim.Entry entry => CheckEntry(entry),
        Claim.Whole whole => CheckWhole(whole),
        Claim.Formula formula => PartFormulaSweep.Check(formula),
        _ => throw new InvalidOperationException(claim.GetType().Name),
    };

    // How many slips are told one by one before the rest are counted.
    private const int ToldSlips = 5;

    // The slips are told before the verdict, and when mending them all makes the claim hold,
    // that is told too: the derivation is right and only a name is wrong.
    private static ClaimResult WithNotices(ClaimResult result, Claim claim)
    {
        if (claim.Slips.Count == 0) return result;
        // A claim full of slips gets the first few told, not a line per symbol.
        var notices = claim.Slips.Take(ToldSlips).Select(s => s.Message).ToList();
        if (claim.Slips.Count > ToldSlips)
            notices.Add($"… and {claim.Slips.Count - ToldSlips} more symbols this layer does not have");
        var readings = claim.Slips.Where(s => s.Reading is not null).ToList();
        if (!result.Holds && readings.Count == claim.Slips.Count && HoldsWith(claim, readings))
        {
            var mended = readings.Count <= ToldSlips
                ? string.Join(" and ", readings.Select(s => $"{s.ReadingText} for {s.Name}"))
                : $"the {readings.Count} symbols meant";
            notices.Add($"with {mended} the claim holds: it fails only by {(readings.Count == 1 ? "this naming slip" : "these naming slips")}");
        }
        return result with { Notices = notices };
    }

    private static bool HoldsWith(Claim claim, IReadOnlyList<SymbolSlip> slips) => claim switch
    {
        Claim.Entry entry => SymbolSlips.Substitute(entry.Claimed, slips) == entry.Part[entry.Flat],
        Claim.Whole whole => whole.Claimed.Shape.Equals(whole.Expected)
            && Enumerable.Range(0, (int)whole.Expected.Size).All(i => SymbolSlips.Substitute(whole.Claimed[i], slips) == whole.Part[whole.Offset + i]),
        _ => false,
    };

    private static ClaimResult CheckEntry(Claim.Entry claim)
    {
        var truth = claim.Part[claim.Flat];
        return new ClaimResult { Source = claim.Source, Holds = truth == claim.Claimed, True = truth, Claimed = claim.Claimed };
    }

    private static ClaimResult CheckWhole(Claim.Whole claim)
    {
        var part = claim.Part;
        var expected = claim.Expected;
        var label = claim.Label;
        if (!claim.Claimed.Shape.Equals(expected))
        {
            return new ClaimResult
            {
                Source = claim.Source, Holds = false, Part = part.Name,
                Note = $"the claim has shape {claim.Claimed.Shape}, but {label} has shape {expected}",
            };
        }
        var offset = claim.Offset;
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
}
