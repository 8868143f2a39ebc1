using SymConv.Checking;
using SymConv.Export;
using SymConv.Export.Check;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv check: reads the claims, checks them against the layer, prints the verdicts.</summary>
internal static class CheckCommand
{
    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (format is not ("text" or "json"))
            throw new InputException(ErrorMessages.BadChoice("--format", format, ["text", "json"]) + " (symconv check writes these two)", invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix(stderr);
        var sources = new List<ClaimSource>();
        // The claims files a spec names, by the name their claims carry, with the spec's line.
        var named = new Dictionary<string, (SpecEntry Entry, int FirstLine)>(StringComparer.Ordinal);
        foreach (var entry in invocation.Entries)
        {
            if (entry.Key == "claim")
            {
                sources.Add(entry.KeyAt is null ? ClaimSource.Of("--claim", entry.Text) : ClaimSource.At(entry.At, entry.Text));
            }
            else if (entry.Key == "claims")
            {
                var path = invocation.PathOf(entry);
                var fromSpec = Invocation.IsFromSpec(entry);
                var claims = ClaimSource.Split(path, InputFile.ReadText(path, "claims file", ErrorMessages.CannotReadClaims, regularOnly: fromSpec));
                if (fromSpec && claims.Count > 0) named.TryAdd(path, (entry, claims[0].Start.Line));
                sources.AddRange(claims);
            }
        }
        WarnUnreadUpstream(invocation, sources, stderr);
        // Claims about the backward pass are checked under fresh upstream symbols g_{…} unless
        // --upstream gives g (or --upstream-symbols names the fresh ones), as symconv grad reads them.
        var results = invocation.Last("upstream") is not null || invocation.Last("upstream-symbols") is not null
            ? ClaimChecker.Check(GradCommand.Gradient(invocation, matrix).Gradient, sources)
            : ClaimChecker.Check(matrix, sources);
        RefuseUnexpectedFiles(results, named);
        // Each unreadable claim gets the message every bad input gets, with its caret; the
        // report lists it in its place, and the others are checked all the same. A hint is
        // given once: a claim pasted over many lines would otherwise repeat it on every line.
        var hinted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
            if (result.Unreadable is { } error)
                stderr.Write("symconv: " + (error.Hint is { } hint && !hinted.Add(hint) ? error.WithoutHint() : error).Render(CliMessages.Flag));
        var options = invocation.ReportOptions();
        var writer = CheckFormats.Find(format)!;
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
            writer.Write(new CheckView(results, matrix, options.UnitCoefficients, options.Numbers), output));
        return results.Any(r => r.Unreadable is not null) ? 2 : results.All(r => r.Holds) ? 0 : 1;
    }

    private static readonly string[] GradientParts = ["g", "dx", "dx'", "dK", "db"];

    // --upstream and --upstream-symbols say what g is; claims about y', M or K never read it. The
    // claims come from files too, so a run with none about the backward pass is warned, not refused.
    private static void WarnUnreadUpstream(Invocation invocation, IReadOnlyList<ClaimSource> sources, TextWriter stderr)
    {
        var upstream = new[] { "upstream", "upstream-symbols" }.Select(invocation.Last).OfType<SpecEntry>().ToList();
        if (upstream.Count == 0 || sources.Any(ReadsGradient)) return;
        foreach (var entry in upstream)
        {
            var at = entry.KeyAt ?? entry.At;
            var where = Invocation.IsFromSpec(entry) ? $"{at.Source}, line {at.Line}: " : "";
            stderr.Write($"symconv: warning: {where}--{entry.Key} does nothing: no claim is about the backward pass (g, dx, dx', dK or db)\n");
        }
    }

    private static bool ReadsGradient(ClaimSource source)
    {
        var left = ClaimGrammar.LeftSide(SourceInput.At(source.Start));
        // An unreadable claim may have meant the backward pass: it gets its own message.
        return !left.WasSuccessful || GradientParts.Contains(left.Value.Target.Value);
    }

    // A file the spec chose that does not even start with a claim is not a claims file (it may
    // be /etc/shadow): the run stops, the file is named, none of its text is shown (here or in the
    // report), and the error points at the spec's line.
    private static void RefuseUnexpectedFiles(IReadOnlyList<ClaimResult> results, Dictionary<string, (SpecEntry Entry, int FirstLine)> named)
    {
        foreach (var result in results)
        {
            var at = result.Source.Start;
            if (result.Unreadable is not null && named.TryGetValue(at.Source, out var file) && at.Line == file.FirstLine)
                throw new InputException(CliMessages.NotAClaimsFile(at.Source, at.Line), file.Entry.KeyAt ?? file.Entry.At, CliMessages.NotAClaimsFileHint);
        }
    }
}
