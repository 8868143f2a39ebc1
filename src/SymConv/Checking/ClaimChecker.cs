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
    /// The most formula evaluations a run makes: each formula is evaluated at every entry of M
    /// (the zeros are part of the claim), so the work is formulas × rows × columns, bounded as a
    /// whole. Past this a check would run for minutes; a smaller layer with the same options
    /// tests the same formulas.
    /// </summary>
    public const long MaxFormulaEvaluations = 20_000_000;

    /// <summary>
    /// Reads every claim, then checks each readable one in order. A claim that cannot be read
    /// does not stop the others: its result says why (<see cref="ClaimResult.Unreadable"/>).
    /// All index formulas are checked together in one pass over M.
    /// </summary>
    /// <exception cref="InputException">When there are no claims, or the formulas together would take too long.</exception>
    public static IReadOnlyList<ClaimResult> Check(ConvolutionMatrix matrix, IReadOnlyList<ClaimSource> sources)
    {
        if (sources.Count == 0)
            throw new InputException(ErrorMessages.NoClaims);
        var claims = new Claim?[sources.Count];
        var results = new ClaimResult?[sources.Count];
        var entries = matrix.Rows * matrix.Columns;
        var formulas = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            try
            {
                claims[i] = ClaimReader.Read(sources[i], matrix);
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
            if (claims[i] is Claim.Formula && entries > MaxFormulaEvaluations / ++formulas)
                throw new InputException(ErrorMessages.FormulasTooMuchWork(formulas, matrix.Rows, matrix.Columns, MaxFormulaEvaluations), sources[i].Start);
        }
        if (formulas > 0)
        {
            var swept = FormulaSweep.Check(claims.OfType<Claim.Formula>().ToList(), matrix.Geometry.OutputShape, matrix.Geometry.InputShape, matrix.Row);
            for (int i = 0, f = 0; i < claims.Length; i++)
                if (claims[i] is Claim.Formula) results[i] = swept[f++];
        }
        for (var i = 0; i < claims.Length; i++)
        {
            if (results[i] is null) results[i] = Check(claims[i]!, matrix);
        }
        return results!;
    }

    private static ClaimResult Check(Claim claim, ConvolutionMatrix matrix) => claim switch
    {
        Claim.Entry entry => CheckEntry(entry),
        Claim.Whole whole => CheckWhole(whole, matrix),
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
}
