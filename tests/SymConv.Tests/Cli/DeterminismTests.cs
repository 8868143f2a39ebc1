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
    public void The_same_input_gives_the_same_bytes_in_separate_processes()
    {
        // Separate processes, because string hashes (and so the order of an unordered set) are
        // seeded per process; a run in this process as well, and y' long enough to stream in
        // parallel blocks, whose order must not depend on which finishes first.
        string[][] runs =
        [
            // y' of 4×40×40 rows is several megabytes: many blocks, formatted on every core.
            ["--kernel-shape", "4,3,3,3", "--input-shape", "3,40,40", "--padding", "1", "--show", "y'"],
            ["--kernel-shape", "4,3,3,3", "--input-shape", "3,6,6", "--padding", "1", "--bias", "auto", "--format", "json"],
        ];
        var outputs = new List<string>();
        foreach (var args in runs)
        {
            var inProcess = CliRunner.Run(args);
            Assert.True(inProcess.ExitCode == 0, inProcess.Stderr);
            for (var run = 0; run < 2; run++)
            {
                var separate = ExternalTools.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "SymConv.Cli.dll"), .. args],
                    AppContext.BaseDirectory, TimeSpan.FromMinutes(2));
                Assert.Equal(inProcess.Stdout, separate.Output);
            }
            outputs.Add(inProcess.Stdout);
        }
        Assert.True(outputs[0].Length > 2 << 20, $"y' is only {outputs[0].Length} bytes: too few for parallel blocks");
        // The last neuron, at (39, 39) with padding 1, reads x[c, 38..39, 38..39] through w[3, c, 0..1, 0..1].
        Assert.EndsWith("+w_{3,2,1,1}*x_{2,39,39}]\n", outputs[0]);
    }
}
