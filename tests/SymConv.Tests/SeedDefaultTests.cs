using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>When the seed example stands in for a layer, and when it does not.</summary>
public class SeedDefaultTests
{
    [Fact]
    public void Output_options_alone_show_the_seed_example_in_that_form()
    {
        var target = TempFile.Write("", "seed.tex");
        var outcome = CliRunner.Run("--format", "latex", "-o", target);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("seed example", outcome.Stderr);
        Assert.Contains(@"\begin{array}", File.ReadAllText(target));
    }

    [Fact]
    public void A_layer_option_without_a_kernel_is_not_the_seed()
    {
        var outcome = CliRunner.Run("--stride", "2");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no kernel", outcome.Stderr);
    }
}
