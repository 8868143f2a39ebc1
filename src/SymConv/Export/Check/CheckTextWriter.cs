using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SymConv.Algebra;
using SymConv.Checking;

namespace SymConv.Export.Check;

/// <summary>
/// The verdicts in plain text: ✓ or ✗ and the claim, one a line; under a ✗ the true value, the
/// claimed one and their difference (true - claimed), or the first entries that differ.
/// </summary>
internal sealed partial class CheckTextWriter : ICheckWriter
{
    /// <inheritdoc/>
    public void Write(CheckView view, TextWriter output) =>
        Write(view.Results, view.LayerTitle, view.Matrix.Layer.Symbols, view.Units, output, view.Numbers);

    /// <summary>The longest claim text echoed; longer ones (pasted tensors) are cut with an ellipsis.</summary>
    public const int MaxEchoed = 160;

    /// <summary>Writes every verdict and a summary line.</summary>
    public static void Write(IReadOnlyList<ClaimResult> results, string layerTitle, SymbolTable symbols, UnitCoefficients? units, TextWriter output,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        string Text(Polynomial value) => PolynomialText.Format(value, symbols, units, numbers);
        var text = new StringBuilder();
        text.Append("Checking ").Append(Count(results.Count, "claim")).Append(" against ").Append(layerTitle).Append("\n\n");
        foreach (var result in results)
        {
            foreach (var notice in result.Notices)
                text.Append("note: ").Append(notice).Append('\n');
            text.Append(result.Unreadable is not null ? "? " : result.Holds ? "✓ " : "✗ ");
            if (result.Source.Place.Length > 0) text.Append(result.Source.Place).Append(": ");
            text.Append(Echo(result.Source.Text)).Append('\n');
            if (result.Holds) continue;
            if (result.Unreadable is { } error)
            {
                text.Append("    cannot be read");
                if (error.At is { Line: > 0 } at)
                    text.Append(string.Create(CultureInfo.InvariantCulture, $" (line {at.Line}, column {at.Column})"));
                text.Append(": ").Append(error.Message).Append('\n');
                continue;
            }
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
        text.Append('\n').Append(Summary(results)).Append('\n');
        output.Write(text.ToString());
    }

    // All 2 claims hold. / 1 of 2 claims holds; 1 fails. / 1 of 3 claims holds; 1 fails; 1 cannot be read.
    private static string Summary(IReadOnlyList<ClaimResult> results)
    {
        var unreadable = results.Count(r => r.Unreadable is not null);
        var failed = results.Count(r => !r.Holds) - unreadable;
        var held = results.Count - failed - unreadable;
        if (results.Count == 1)
            return unreadable == 1 ? "The claim cannot be read." : failed == 0 ? "The claim holds." : "The claim fails.";
        if (failed == 0 && unreadable == 0) return $"All {results.Count} claims hold.";
        var summary = $"{held} of {results.Count} claims hold{(held == 1 ? "s" : "")}";
        if (failed > 0) summary += $"; {failed} fail{(failed == 1 ? "s" : "")}";
        if (unreadable > 0) summary += $"; {unreadable} cannot be read";
        return summary + ".";
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
