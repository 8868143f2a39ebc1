using System.Globalization;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

public class DeterminismTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    [InlineData("fa-IR")]
    public void Output_does_not_depend_on_the_culture(string culture)
    {
        string[] args = ["--kernel", "[[[[0.5a -1/3 1000000]]]]", "--input-shape", "1,2,5", "--bias", "[-2.25]", "--padding", "1,2", "--stride", "2"];
        var invariant = Cultures.Under(CultureInfo.InvariantCulture, () => CliRunner.Run([.. args, "--format", "json"]).Stdout + CliRunner.Run(args).Stdout);
        var local = Cultures.Under(new CultureInfo(culture), () => CliRunner.Run([.. args, "--format", "json"]).Stdout + CliRunner.Run(args).Stdout);
        Assert.Equal(invariant, local);
        Assert.Contains("1/2*a", invariant);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = CliRunner.Run("--kernel-shape", "2,3,2,2", "--input-shape", "3,3,4", "--format", "json").Stdout;
        var second = CliRunner.Run("--kernel-shape", "2,3,2,2", "--input-shape", "3,3,4", "--format", "json").Stdout;
        Assert.Equal(first, second);
    }
}
