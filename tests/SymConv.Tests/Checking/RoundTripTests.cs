using System.Text.RegularExpressions;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>
/// Whatever symconv prints can be pasted back as a claim: every section of the layer report,
/// turned into "LABEL = TENSOR", holds against the same layer — and fails against a different one.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string[]> Layers => new()
    {
        new[] { "--kernel", "[[[[a b] [c d]]] [[[e f] [g h]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]" },
        new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--bias", "auto" },
        new[] { "--kernel", "[[[[1/2 -1] [0 a+b]]]]", "--input-shape", "1,4,3", "--stride", "2,1", "--padding", "1" },
        new[] { "--kernel-shape", "2,1,3", "--input", "[[1 -2 3 -4], [a 2b c^2 d]]", "--transposed", "--stride", "2" },
        new[] { "--kernel", "[[[1 2 3]] [[4 5 6]]]", "--input", "[[1 -2 3 -4], [a 2b c^2 d]]", "--transposed", "--stride", "2" },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_printed_section_pasted_as_a_claim_holds(string[] layer)
    {
        var shown = CliRunner.Run([.. layer, "--show", "all"]);
        Assert.Equal(0, shown.ExitCode);
        var claims = ClaimsFrom(shown.Stdout);
        Assert.True(claims.Count >= 6, shown.Stdout);
        var path = Path.Combine(Path.GetTempPath(), $"symconv-roundtrip-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, string.Join("\n", claims));
        try
        {
            var checkedBack = CliRunner.Run(["check", .. layer, "--claims", path]);
            Assert.True(checkedBack.ExitCode == 0, checkedBack.Stdout + checkedBack.Stderr);
            Assert.Equal(claims.Count, checkedBack.Stdout.Split('\n').Count(l => l.StartsWith("✓ ", StringComparison.Ordinal)));

            // The same claims against the layer with one kernel entry changed: K, M, y' and y must
            // fail, x and x' still hold. The kernel is given as printed, so shape-only layers change too.
            var kernel = claims.Single(c => c.StartsWith("K = ", StringComparison.Ordinal))[4..];
            // The first lettered weight doubled (a generated kernel skips letters the input uses), or a number changed.
            var letter = Regex.Match(kernel, @"\b[a-z]\b");
            var changed = letter.Success
                ? Regex.Replace(kernel, $@"\b{letter.Value}\b", $"(2{letter.Value})")
                : kernel.Replace("[1 ", "[7 ");
            Assert.NotEqual(kernel, changed);
            var against = CliRunner.Run(["check", .. WithKernel(layer, changed), "--claims", path]);
            Assert.True(against.ExitCode == 1, against.Stdout + against.Stderr);
            var failed = against.Stdout.Split('\n').Where(l => l.StartsWith("✗ ", StringComparison.Ordinal)).Select(Label).ToList();
            Assert.Equal(claims.Select(c => c[..c.IndexOf(" = ", StringComparison.Ordinal)]).Where(l => l is "K" or "M" or "y'" or "y"), failed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The layer's options with its kernel (or kernel shape) replaced by the kernel given.
    private static string[] WithKernel(string[] layer, string kernel)
    {
        var options = layer.ToList();
        var at = options.FindIndex(o => o is "--kernel" or "--kernel-shape");
        options.RemoveRange(at, 2);
        return [.. options, "--kernel", kernel];
    }

    // "✗ /tmp/….txt:3: y' = […]" → "y'".
    private static string Label(string verdict)
    {
        var claim = verdict[(verdict.IndexOf(".txt:", StringComparison.Ordinal) + 5)..];
        claim = claim[(claim.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return claim[..claim.IndexOf(" = ", StringComparison.Ordinal)];
    }

    // "M:\n[...]\n" sections become "M = [...]"; the bias layer's heading "y' = M x' + b" is y'.
    // Paragraphs of prose between sections (the transposed layer's note) are skipped.
    private static List<string> ClaimsFrom(string report)
    {
        var claims = new List<string>();
        var blocks = report.Split("\n\n");
        foreach (var block in blocks.Skip(1))
        {
            var colon = block.IndexOf(":\n", StringComparison.Ordinal);
            if (colon < 0 || block.IndexOf('\n') != colon + 1 || block[colon + 2] != '[') continue; // prose, not a section
            var heading = block[..colon];
            var label = heading.StartsWith("y' =", StringComparison.Ordinal) ? "y'" : heading;
            if (label is not ("K" or "x" or "x'" or "M" or "b" or "y'" or "y")) continue; // such as C of a transposed layer
            claims.Add(label + " = " + block[(colon + 2)..].TrimEnd('\n'));
        }
        return claims;
    }
}
