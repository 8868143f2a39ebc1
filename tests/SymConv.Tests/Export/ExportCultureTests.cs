using System.Globalization;
using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>The export formats write the same bytes whatever the culture (some write − for minus, or , for the decimal point).</summary>
public class ExportCultureTests
{
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Every_export_format_ignores_the_culture(string culture)
    {
        foreach (var format in new[] { "latex", "markdown", "sympy", "mathematica", "csv" })
        {
            string[] args = ["--kernel", "[[[[0.5, -1/3], [1000000, -2]]]]", "--input-shape", "1,3,3", "--bias", "[-2.25]", "--format", format, .. (string[])(format is "latex" or "markdown" ? ["--max-cols", "4"] : [])];
            var invariant = Cultures.Under(CultureInfo.InvariantCulture, () => CliRunner.Run(args));
            var local = Cultures.Under(new CultureInfo(culture), () => CliRunner.Run(args));
            Assert.True(invariant.ExitCode == 0, invariant.Stderr);
            Assert.Equal(invariant.Stdout, local.Stdout);
            Assert.DoesNotContain('\u2212', local.Stdout);
        }
    }
}
