using System.Globalization;
using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>--numbers decimal|fraction, on the command line and as a spec key, in every culture.</summary>
public class NumberNotationOptionTests
{
    private static readonly string[] Layer = ["--kernel", "[[[[1/2, 1/3], [0.25, -0.375]]]]", "--input-shape", "1,2,2", "--show", "y'"];

    [Fact]
    public void A_typed_layer_keeps_fractions_unless_decimals_are_asked_for()
    {
        Assert.Contains("[1/2*x_{0,0,0}+1/3*x_{0,0,1}+1/4*x_{0,1,0}-3/8*x_{0,1,1}]", CliRunner.Run(Layer).Stdout);
        Assert.Contains("[0.5x_{0,0,0}+1/3*x_{0,0,1}+0.25x_{0,1,0}-0.375x_{0,1,1}]", CliRunner.Run([.. Layer, "--numbers", "decimal"]).Stdout);
    }

    [Fact]
    public void The_spec_key_numbers_chooses_the_notation_too()
    {
        var spec = TempFile.Write("kernel = [[[[1/2 1/3] [0.25 -0.375]]]]\ninput = [[[a b] [c d]]]\nnumbers = decimal\n", "decimal.conv");
        var run = CliRunner.Run(spec, "--show", "y'");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("[0.5a+1/3*b+0.25c-0.375d]", run.Stdout);
        Assert.Contains("[1/2*a+1/3*b+1/4*c-3/8*d]", CliRunner.Run(spec, "--show", "y'", "--numbers", "fraction").Stdout);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Decimals_ignore_the_culture(string culture)
    {
        foreach (var format in new[] { "text", "json", "latex", "markdown" })
        {
            // json writes every section, so --show is not given to it.
            string[] args = [.. format == "json" ? Layer[..^2] : Layer, "--numbers", "decimal", "--format", format];
            var invariant = Cultures.Under(CultureInfo.InvariantCulture, () => CliRunner.Run(args));
            var local = Cultures.Under(new CultureInfo(culture), () => CliRunner.Run(args));
            Assert.True(invariant.ExitCode == 0, invariant.Stderr);
            Assert.Contains("0.375", local.Stdout);
            Assert.Equal(invariant.Stdout, local.Stdout);
        }
    }
}
