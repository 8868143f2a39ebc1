using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>The layers of issue 6 by default: the dense M is refused with its size and the ways out, before anything is written.</summary>
public class LargeLayerTests
{
    [Theory]
    [InlineData("16,3,3,3", "3,32,32", "14,400×3,072 = 44,236,800")]
    [InlineData("64,64,3,3", "64,56,56", "186,624×200,704 = 37,456,183,296")]
    public void All_sections_of_a_big_layer_are_refused_with_the_size_and_the_ways_out(string kernel, string input, string size)
    {
        var outcome = CliRunner.Run("--kernel-shape", kernel, "--input-shape", input);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains($"M would print {size} entries densely", outcome.Stderr);
        Assert.Contains("--rows", outcome.Stderr);
        Assert.Contains("--show output", outcome.Stderr);
        Assert.Contains("--format json", outcome.Stderr);
    }

    [Fact]
    public void Y_prime_of_a_big_layer_streams_whatever_rows_are_asked()
    {
        var outcome = CliRunner.Run("--kernel-shape", "64,64,3,3", "--input-shape", "64,56,56", "--show", "output", "--rows", "186623");
        Assert.Equal(0, outcome.ExitCode);
        // The last neuron: output channel 63 at (53, 53) reads x[c, 53..55, 53..55] through w[63, c, …].
        Assert.StartsWith("y', rows 186623:\n[w_{63,0,0,0}*x_{0,53,53}+w_{63,0,0,1}*x_{0,53,54}+", outcome.Stdout[outcome.Stdout.IndexOf("y'", StringComparison.Ordinal)..]);
        Assert.EndsWith("+w_{63,63,2,2}*x_{63,55,55}]\n", outcome.Stdout);
        Assert.Equal(64 * 9, outcome.Stdout.Count(c => c == '*'));
    }
}
