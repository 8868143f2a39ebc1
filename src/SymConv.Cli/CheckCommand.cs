using SymConv.Checking;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Cli;

/// <summary>symconv check: reads the claims, checks them against the layer, prints the verdicts.</summary>
internal static class CheckCommand
{
    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (format is not ("text" or "json"))
            throw new InputException(ErrorMessages.BadChoice("--format", format, ["text", "json"]) + " (symconv check writes these two)", invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix();
        var sources = new List<ClaimSource>();
        foreach (var entry in invocation.Entries)
        {
            if (entry.Key == "claim")
                sources.Add(entry.KeyAt is null ? ClaimSource.Of("--claim", entry.Text) : ClaimSource.At(entry.At, entry.Text));
            else if (entry.Key == "claims")
                sources.AddRange(ClaimSource.Split(entry.Text, InputFile.ReadText(entry.Text, "claims file", ErrorMessages.CannotReadClaims)));
        }
        var results = ClaimChecker.Check(matrix, sources);
        // Each unreadable claim gets the message every bad input gets, with its caret; the
        // report lists it in its place, and the others are checked all the same.
        foreach (var result in results)
            if (result.Unreadable is { } error) stderr.Write("symconv: " + error.Render());
        var options = invocation.ReportOptions();
        var title = LayerTitle.Of(matrix);
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            if (format == "json") CheckJsonWriter.Write(results, matrix, options.UnitCoefficients, output);
            else CheckTextWriter.Write(results, title, matrix.Layer.Symbols, options.UnitCoefficients, output);
        });
        return results.Any(r => r.Unreadable is not null) ? 2 : results.All(r => r.Holds) ? 0 : 1;
    }
}
