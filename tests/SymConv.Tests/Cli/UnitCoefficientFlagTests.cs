using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// --hide-unit-coefficients (text, JSON) and --unit-coefficients (LaTeX, Markdown) are two spellings
/// of the library's one setting: each does what it always did, one place gives at most one of them,
/// and a spec's line left unread for a format is really left unread.
/// </summary>
public class UnitCoefficientFlagTests
{
    private static readonly string Seed = CliRunner.Example("seed.conv");

    private static int SeedLines => File.ReadAllLines(Seed).Length;

    private static string WithLines(params string[] lines) => TempFile.Write(File.ReadAllText(Seed) + string.Join("", lines.Select(l => l + "\n")));

    [Fact]
    public void Both_flags_on_the_command_line_are_refused_naming_both()
    {
        var outcome = CliRunner.Run("grad", "--hide-unit-coefficients", "--unit-coefficients");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(
            "symconv: error: --hide-unit-coefficients and --unit-coefficients both give whether a coefficient of 1 is written: give one\n" +
            "  --> the command line, line 1, column 31\n" +
            "   | grad --hide-unit-coefficients --unit-coefficients\n" +
            "   |                               ^\n" +
            "  hint: the two are one setting: --hide-unit-coefficients writes a+2b, --unit-coefficients 1a+2b; without either, text and JSON write 1a+2b, LaTeX and Markdown a + 2b\n",
            outcome.Stderr);
    }

    [Fact]
    public void Both_lines_in_one_spec_are_refused_naming_both()
    {
        var spec = WithLines("unit-coefficients = true", "hide-unit-coefficients = true");
        var outcome = CliRunner.Run(spec, "--format", "latex");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(
            "symconv: error: 'unit-coefficients' and 'hide-unit-coefficients' both give whether a coefficient of 1 is written: give one\n" +
            $"  --> {spec}, line {SeedLines + 2}, column 1\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("text", "--hide-unit-coefficients")]
    [InlineData("json", "--hide-unit-coefficients")]
    [InlineData("latex", "--unit-coefficients")]
    [InlineData("markdown", "--unit-coefficients")]
    public void In_symconv_grad_each_formats_flag_changes_it(string format, string flag)
    {
        var plain = CliRunner.Run("grad", Seed, "--format", format);
        var flagged = CliRunner.Run("grad", Seed, "--format", format, flag);
        Assert.Equal(0, flagged.ExitCode);
        Assert.NotEqual(plain.Stdout, flagged.Stdout);
    }

    [Fact]
    public void The_command_lines_flag_overrides_the_specs_line()
    {
        var spec = WithLines("hide-unit-coefficients = true");
        var outcome = CliRunner.Run("grad", spec, "--format", "latex", "--unit-coefficients");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(CliRunner.Run("grad", Seed, "--format", "latex", "--unit-coefficients").Stdout, outcome.Stdout);
    }

    [Fact]
    public void A_spec_line_warned_about_for_csv_is_left_unread()
    {
        // M's entries are sums with a unit coefficient, 1a+2b, which CSV writes in the text notation.
        var spec = TempFile.Write("kernel = [[[[a+2b c] [d e]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nhide-unit-coefficients = true\n");
        var outcome = CliRunner.Run(spec, "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("1a+2b", outcome.Stdout);
        Assert.Equal($"symconv: warning: {spec}, line 3: --hide-unit-coefficients does nothing for --format csv: it applies to text, json and animated-svg (the line is left unread)\n", outcome.Stderr);
    }

    [Fact]
    public void A_spec_line_symconv_neuron_does_not_take_is_left_unread_in_its_latex()
    {
        var spec = WithLines("unit-coefficients = true");
        var outcome = CliRunner.Run("neuron", spec, "--at", "0", "--format", "latex");
        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith($"symconv: warning: {spec}, line {SeedLines + 1}: --unit-coefficients does not apply to symconv neuron", outcome.Stderr);
        Assert.Equal(CliRunner.Run("neuron", Seed, "--at", "0", "--format", "latex").Stdout, outcome.Stdout);
    }
}
