using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// Every example in examples/ against its golden output in tests/SymConv.Tests/Golden. A golden
/// file is written by a person reading the output once (SYMCONV_UPDATE_GOLDEN=1 rewrites them
/// from the current build; review the diff before committing it).
/// </summary>
public class GoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(spec);
            data.Add(name, "text");
            data.Add(name, "json");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_output_matches_its_golden_file(string example, string format)
    {
        var outcome = CliRunner.Run(CliRunner.Example(example + ".conv"), "--format", format);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var extension = format == "text" ? "txt" : format;
        Golden.Assert($"{example}.{extension}", outcome.Stdout);
    }
}
