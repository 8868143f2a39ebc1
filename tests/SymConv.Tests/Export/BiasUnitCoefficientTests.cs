using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>
/// The seed's 1 in 1a is the input value that multiplies a weight. A bias is added, not
/// multiplied, so every writer leaves its 1 out: 1a+2b+4c+5d+b_0.
/// </summary>
public class BiasUnitCoefficientTests
{
    private static readonly string[] Seed = ["--kernel", "[[[[a b] [c d]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]"];

    [Fact]
    public void Streamed_y_prime_writes_the_bias_without_a_1()
    {
        var outcome = CliRunner.Run([.. Seed, "--bias", "auto", "--show", "y'"]);
        Assert.EndsWith("[1a+2b+4c+5d+b_0, 2a+3b+5c+6d+b_0, 4a+5b+7c+8d+b_0, 5a+6b+8c+9d+b_0]\n", outcome.Stdout);
    }

    [Fact]
    public void A_literal_bias_symbol_is_bare_too_and_the_neuron_view_agrees()
    {
        var shown = CliRunner.Run([.. Seed, "--bias", "[beta]", "--show", "y'", "--rows", "0"]);
        Assert.EndsWith("[1a+2b+4c+5d+beta]\n", shown.Stdout);
        var neuron = CliRunner.Run(["neuron", .. Seed, "--bias", "[beta]", "--at", "0"]);
        Assert.Equal(0, neuron.ExitCode);
        Assert.EndsWith("= 1a+2b+4c+5d+beta\n", neuron.Stdout);
    }

    [Fact]
    public void Latex_with_unit_coefficients_leaves_the_bias_bare()
    {
        var outcome = CliRunner.Run([.. Seed, "--bias", "auto", "--show", "y'", "--format", "latex", "--unit-coefficients"]);
        Assert.Contains("1a + 2b + 4c + 5d + b_{0}", outcome.Stdout);
    }

    [Fact]
    public void A_bias_symbol_that_is_also_a_weight_keeps_the_1()
    {
        // a is first read from the kernel, so it is multiplied by inputs and is not bare.
        var outcome = CliRunner.Run([.. Seed, "--bias", "[a]", "--show", "y'", "--rows", "0"]);
        Assert.EndsWith("[2a+2b+4c+5d]\n", outcome.Stdout);
        var both = CliRunner.Run([.. Seed, "--bias", "[c+q]", "--show", "y'", "--rows", "0"]);
        Assert.EndsWith("[1a+2b+5c+5d+q]\n", both.Stdout);
    }
}
