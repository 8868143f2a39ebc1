using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// Options that the chosen command, format or mode would not read are refused on the command line
/// with one message naming the option and why, never silently ignored.
/// </summary>
public class UnreadOptionTests
{
    private static string Seed => CliRunner.Example("seed.conv");

    private static void Refused(string[] args, string message)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: " + message + "\n  --> the command line, line 1, column ", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.StartsWith("symconv:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--zeros dot", "--zeros does nothing for --format text: it applies to latex and markdown")]
    [InlineData("--max-rows 1", "--max-rows does nothing for --format text: it applies to latex and markdown")]
    [InlineData("--standalone", "--standalone does nothing for --format text: it applies to latex and tikz")]
    [InlineData("--unit-coefficients", "--unit-coefficients does nothing for --format text: it applies to latex and markdown")]
    [InlineData("--format json --text-layout indented", "--text-layout does nothing for --format json: it applies to text")]
    [InlineData("--format markdown --standalone", "--standalone does nothing for --format markdown: it applies to latex and tikz")]
    [InlineData("--format json --show dL/dK", "--show dL/dK does nothing for --format json: it always holds dL/dy, dL/dx', dL/dK, dL/db and the equivalent layer, and --show adds only Mᵀ and U(x)")]
    [InlineData("--format latex --zeros dot", "--zeros sets the matrices Mᵀ and U(x), which this run does not show")]
    [InlineData("--format markdown --max-cols 2 --show dL/dK", "--max-cols sets the matrices Mᵀ and U(x), which this run does not show")]
    public void Grad_refuses_what_its_format_does_not_read(string options, string message) =>
        Refused(["grad", Seed, .. options.Split(' ')], message);

    [Fact]
    public void Grad_reads_zeros_where_it_writes_a_matrix()
    {
        var without = CliRunner.Run("grad", Seed, "--format", "latex", "--show", "U");
        var with = CliRunner.Run("grad", Seed, "--format", "latex", "--show", "U", "--zeros", "dot");
        Assert.Equal(0, with.ExitCode);
        Assert.NotEqual(without.Stdout, with.Stdout);
        // JSON's Mᵀ and U(x) are what --show adds to it.
        var json = CliRunner.Run("grad", Seed, "--format", "json", "--show", "U");
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"patches\"", json.Stdout);
    }

    [Theory]
    [InlineData("--at 0,0,0 --upstream [1 2]", "--upstream does nothing for symconv neuron --at: an output neuron's value reads no gradient; symconv neuron --input-at and symconv grad read it")]
    [InlineData("--at 0 --upstream-symbols q", "--upstream-symbols does nothing for symconv neuron --at: an output neuron's value reads no gradient; symconv neuron --input-at and symconv grad read it")]
    [InlineData("--input-at 1 --activation relu", "--activation does nothing for symconv neuron --input-at: it wraps an output neuron's value, which --at picks")]
    public void Neuron_refuses_what_its_mode_does_not_read(string options, string message)
    {
        var words = options.Replace("[1 2]", "[1_2]", StringComparison.Ordinal).Split(' ').Select(w => w.Replace('_', ' ')).ToArray();
        Refused(["neuron", Seed, .. words], message);
    }

    [Fact]
    public void Neuron_input_at_reads_the_upstream_symbols()
    {
        var outcome = CliRunner.Run("neuron", Seed, "--input-at", "1", "--upstream-symbols", "q");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("q_{0,0,0}", outcome.Stdout);
    }

    [Theory]
    [InlineData("svg", "K", "--show K does nothing for --format svg: it draws only M, C (for a transposed layer) and U(x)")]
    [InlineData("html", "K,M", "--show K does nothing for --format html: it draws only M and, for a transposed layer, C")]
    [InlineData("tikz", "y", "--show y does nothing for --format tikz: it draws only M, C (for a transposed layer) and U(x)")]
    [InlineData("svg", "C", "--show C does nothing: this layer is not transposed, so it has no C (the convolution a transposed layer is the transpose of)")]
    [InlineData("text", "M,C", "--show C does nothing: this layer is not transposed, so it has no C (the convolution a transposed layer is the transpose of)")]
    [InlineData("text", "M,b", "--show b does nothing: this layer has no bias b (--bias gives one)")]
    public void A_section_the_format_or_layer_does_not_have_is_refused(string format, string show, string message) =>
        Refused([Seed, "--format", format, "--show", show], message);

    [Fact]
    public void A_transposed_layer_draws_C()
    {
        var outcome = CliRunner.Run(CliRunner.Example("dumoulin-4x4-transposed.conv"), "--format", "svg", "--show", "M,C");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void Check_warns_when_no_claim_reads_the_upstream_it_is_given()
    {
        var forward = CliRunner.Run("check", Seed, "--upstream-symbols", "q", "--claim", "y'[0] = 1a+2b+4c+5d");
        Assert.Equal(0, forward.ExitCode);
        Assert.Equal("symconv: warning: --upstream-symbols does nothing: no claim is about the backward pass (g, dx, dx', dK or db)\n", forward.Stderr);
        var backward = CliRunner.Run("check", Seed, "--upstream-symbols", "q", "--claim", "g[0,0,0] = q_{0,0,0}");
        Assert.Equal(0, backward.ExitCode);
        Assert.Equal("", backward.Stderr);
    }
}
