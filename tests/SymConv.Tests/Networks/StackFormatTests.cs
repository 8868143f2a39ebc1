using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Networks;

/// <summary>A stack in the section writers' formats: M_total and y' as a layer's M and y' are written, and SymPy checks y' = M x' + c itself.</summary>
public sealed class StackFormatTests(ITestOutputHelper output)
{
    private static readonly string[] Stack = ["--layers", "[nn.Conv1d(1, 2, 2), nn.Conv1d(2, 1, 2, stride=2)]", "--input-shape", "1,5"];

    [Theory]
    [InlineData("latex", "\\symconvfit")]
    [InlineData("markdown", "### M\n")]
    [InlineData("mathematica", "SymConv`Mtotal = SparseArray[{")]
    [InlineData("sympy", "M_total = sp.SparseMatrix(2, 5, {")]
    public void Every_format_writes_M_total_and_y_prime(string format, string expected)
    {
        var outcome = CliRunner.Run([.. Stack, "--format", format]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains(expected, outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_writes_M_total_alone()
    {
        var outcome = CliRunner.Run([.. Stack, "--format", "csv"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(2, outcome.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void SymPy_finds_y_prime_is_M_total_x_prime_plus_c()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var outcome = CliRunner.Run([.. Stack, "--format", "sympy", "--show", "x',M,c,y'"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var script = outcome.Stdout + "assert sp.expand(M_total * x + c - y) == sp.zeros(2, 1)\nprint('ok')\n";
        var folder = Path.Combine(Path.GetTempPath(), "symconv-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "stack.py"), script);
        var result = ExternalTools.Run(python, ["stack.py"], folder, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("ok\n", result.Output);
    }
}
