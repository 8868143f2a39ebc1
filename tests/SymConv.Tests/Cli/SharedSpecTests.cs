using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>One spec file serves every command: lines meant for another command are left alone.</summary>
public class SharedSpecTests
{
    [Fact]
    public void Neuron_reads_a_spec_that_picks_rows_for_the_layer_view()
    {
        var outcome = CliRunner.Run("neuron", CliRunner.Example("sharpen.conv"), "--at", "1");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("y'[1]", outcome.Stdout);
    }

    [Fact]
    public void The_layer_view_reads_a_spec_that_holds_claims()
    {
        var spec = TempFile.Write(File.ReadAllText(CliRunner.Example("seed.conv")) + "claim = y'[0] = 1a+2b+4c+5d\n");
        var shown = CliRunner.Run(spec, "--show", "y'");
        Assert.True(shown.ExitCode == 0, shown.Stderr);
        var checkedClaims = CliRunner.Run("check", spec);
        Assert.Equal(0, checkedClaims.ExitCode);
        Assert.Contains("✓", checkedClaims.Stdout);
    }

    [Fact]
    public void Options_for_another_command_on_the_command_line_are_still_refused()
    {
        var outcome = CliRunner.Run("neuron", CliRunner.Example("seed.conv"), "--at", "0", "--rows", "0..1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--rows does not apply to symconv neuron", outcome.Stderr);
    }
}
