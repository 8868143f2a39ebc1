using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>What <see cref="FuzzTests"/> found, each pinned as the smallest case that showed it.</summary>
public class FuzzFindingsTests
{
    [Fact]
    public void A_caret_past_the_end_of_its_line_is_drawn_not_thrown()
    {
        // The command line holds a newline, so the line shown ends before the caret's column;
        // rendering the message threw out of App.Run.
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--rows", "0\n", "extra");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: two spec files given", outcome.Stderr);
    }
}
