using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>
/// The seed example in every export format against golden files in Golden/ (written by
/// SYMCONV_UPDATE_GOLDEN=1 and read by a person; the LaTeX was also compiled and looked at).
/// CSV needs numbers, so it pins the seed's geometry with a numeric kernel.
/// </summary>
public class ExportGoldenTests
{
    public static TheoryData<string, string[]> Cases() => new()
    {
        { "seed.tex", ["--format", "latex"] },
        { "seed.standalone.tex", ["--format", "latex", "--standalone"] },
        { "seed.md", ["--format", "markdown"] },
        { "seed.py", ["--format", "sympy"] },
        { "seed.wl", ["--format", "mathematica"] },
        { "seed.csv", ["--format", "csv", "--kernel", "[[[[1, -2], [1/2, 0.25]]], [[[0, 1/3], [-7, 10]]]]"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_export_matches_its_golden_file(string goldenName, string[] options)
    {
        var outcome = CliRunner.Run([CliRunner.Example("seed.conv"), .. options]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Golden.Assert(goldenName, outcome.Stdout);
    }
}
