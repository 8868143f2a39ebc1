using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The text format's layouts: --text-layout indented prints tensors as NumPy does (checked against
/// NumPy's own printing), and y' one neuron a line, each line a claim symconv check reads.
/// </summary>
public class TextLayoutTests(ITestOutputHelper output)
{
    private static readonly string Seed = CliRunner.Example("seed.conv");

    // Single digits, so that NumPy pads no entry: its layout is then exactly the brackets and lines.
    [Theory]
    [InlineData("2,3,2,2", "[[[[1 2] [3 4]] [[5 6] [7 8]] [[9 0] [1 2]]] [[[3 4] [5 6]] [[7 8] [9 0]] [[1 2] [3 4]]]]", "3,3,3")]
    [InlineData("1,1,2,2,2", "[[[[[1 2] [3 4]] [[5 6] [7 8]]]]]", "1,3,3,3")]
    [InlineData("1,1,3", "[[[1 2 3]]]", "1,5")]
    public void Indented_tensors_read_as_numpy_prints_them(string shape, string kernel, string inputShape)
    {
        if (ExternalTools.NumPyPython(output) is not { } python) return;
        var outcome = CliRunner.Run("--kernel", kernel, "--input-shape", inputShape, "--text-layout", "indented", "--show", "K");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var shown = outcome.Stdout[(outcome.Stdout.IndexOf("K:\n", StringComparison.Ordinal) + 3)..];
        var digits = string.Join(",", kernel.Where(char.IsAsciiDigit));
        var numpy = ExternalTools.Run(python, ["-c", $"import numpy as np; print(np.array([{digits}]).reshape({shape}))"], Path.GetTempPath(), TimeSpan.FromMinutes(1));
        Assert.True(numpy.ExitCode == 0, numpy.Output);
        Assert.Equal(numpy.Output, shown);
    }

    [Fact]
    public void Indented_y_streams_in_numpy_layout()
    {
        var outcome = CliRunner.Run(Seed, "--text-layout", "indented", "--show", "y");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.EndsWith("y:\n[[[1a+2b+4c+5d, 2a+3b+5c+6d]\n  [4a+5b+7c+8d, 5a+6b+8c+9d]]\n\n [[1e+2f+4g+5h, 2e+3f+5g+6h]\n  [4e+5f+7g+8h, 5e+6f+8g+9h]]]\n", outcome.Stdout);
    }

    [Fact]
    public void The_default_layout_is_the_seeds()
    {
        var seed = CliRunner.Run(Seed, "--show", "K,y");
        Assert.Equal(seed.Stdout, CliRunner.Run(Seed, "--show", "K,y", "--text-layout", "seed").Stdout);
        Assert.Contains("K:\n[\n[\n[\n[a b]\n[c d]\n]\n]\n", seed.Stdout);
    }

    [Fact]
    public void One_per_line_writes_each_neuron_with_its_row()
    {
        var outcome = CliRunner.Run(Seed, "--one-per-line", "--show", "y'", "--rows", "2..3,7");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.EndsWith("y', rows 2..3,7:\ny'[2] = 4a+5b+7c+8d\ny'[3] = 5a+6b+8c+9d\ny'[7] = 5e+6f+8g+9h\n", outcome.Stdout);
    }

    // Each line is a claim in symconv check's notation, so the listing checks itself.
    [Fact]
    public void One_per_line_lines_are_claims_that_hold()
    {
        var outcome = CliRunner.Run(Seed, "--one-per-line", "--show", "y'", "--bias", "auto");
        var claims = outcome.Stdout.Split('\n').Where(l => l.StartsWith("y'[", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, claims.Count);
        var check = CliRunner.Run(["check", Seed, "--bias", "auto", .. claims.SelectMany(c => new[] { "--claim", c })]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    // Past 10,000 rows a single line of y' helps no reader: one neuron a line unless asked otherwise.
    [Theory]
    [InlineData("1,100,100", false)]
    [InlineData("1,101,100", true)]
    public void Past_ten_thousand_rows_y_prime_is_one_neuron_a_line_by_default(string inputShape, bool onePerLine)
    {
        var outcome = CliRunner.Run("--kernel-shape", "1,1,1,1", "--input-shape", inputShape, "--show", "y'");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(onePerLine, outcome.Stdout.Contains("\ny'[0] = a*x_{0,0,0}\ny'[1] = a*x_{0,0,1}\n", StringComparison.Ordinal));
        var forced = CliRunner.Run("--kernel-shape", "1,1,1,1", "--input-shape", inputShape, "--show", "y'", "--one-per-line=false");
        Assert.Contains("y':\n[a*x_{0,0,0}, a*x_{0,0,1}, ", forced.Stdout);
    }
}
