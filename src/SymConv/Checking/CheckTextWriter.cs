using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>
/// The verdicts in plain text: ✓ or ✗ and the claim, one a line; under a ✗ the true value, the
/// claimed one and their difference (true - claimed), or the first entries that differ.
/// </summary>
public static partial class CheckTextWriter
{
    /// <summary>The longest claim text echoed; longer ones (pasted tensors) are cut with an ellipsis.</summary>
    public const int MaxEchoed = 160;

    /// <summary>Writes every verdict and a summary line.</summary>
    public static void Write(IReadOnlyList<ClaimResult> results, string layerTitle, SymbolTable symbols, UnitCoefficients units, TextWriter output)
    {
        string Text(Polynomial value) => PolynomialText.Format(value, symbols, units);
        var text = new StringBuilder();
        text.Append("Checking ").Append(Count(results.Count, "claim")).Append(" against ").Append(layerTitle).Append("\n\n");
        foreach (var result in results)
        {
            text.Append(result.Holds ? "✓ " : "✗ ");
            if (result.Source.Place.Length > 0) text.Append(result.Source.Place).Append(": ");
            text.Append(Echo(result.Source.Text)).Append('\n');
            if (result.Holds) continue;
            if (result.True is { } truth && result.Claimed is { } claimed)
            {
                text.Append("    true:           ").Append(Text(truth)).Append('\n');
                text.Append("    claimed:        ").Append(Text(claimed)).Append('\n');
                text.Append("    true - claimed: ").Append(Text(truth - claimed)).Append('\n');
                continue;
            }
            if (result.Note is { } note)
            {
                text.Append("    ").Append(note).Append('\n');
                continue;
            }
            text.Append("    ").Append(result.MismatchCount.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" of ").Append(result.EntryCount.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" entries of ").Append(result.Part).Append(" differ")
                .Append(result.MismatchCount > result.Mismatches.Count ? $"; the first {result.Mismatches.Count}:" : ":").Append('\n');
            foreach (var mismatch in result.Mismatches)
            {
                text.Append("    ").Append(mismatch.Location).Append(": true ").Append(Text(mismatch.True));
                if (mismatch.Claimed is { } value)
                    text.Append(", claimed ").Append(Text(value)).Append(", true - claimed ").Append(Text(mismatch.True - value));
                else
                    text.Append(", but the claim ").Append(mismatch.Problem);
                text.Append('\n');
            }
        }
        var failed = results.Count(r => !r.Holds);
        var held = results.Count - failed;
        text.Append('\n').Append(
            results.Count == 1 ? (failed == 0 ? "The claim holds." : "The claim fails.")
            : failed == 0 ? $"All {results.Count} claims hold."
            : $"{held} of {results.Count} claims hold{(held == 1 ? "s" : "")}; {failed} fail{(failed == 1 ? "s" : "")}.").Append('\n');
        output.Write(text.ToString());
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    // A claim pasted over several lines is echoed on one, its runs of spaces collapsed.
    private static string Echo(string claim)
    {
        var oneLine = Spaces().Replace(claim.Trim(), " ");
        return oneLine.Length <= MaxEchoed ? oneLine : oneLine[..MaxEchoed] + " …";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
