using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>What the examples claim in their comments, checked against sources other than our own output.</summary>
public class ExampleClaimTests
{
    // Dumoulin & Visin (2016), section 4.1: the 4×16 matrix C, copied from the paper row by row.
    private static readonly string[][] DumoulinC =
    [
        ["w00", "w01", "w02", "0", "w10", "w11", "w12", "0", "w20", "w21", "w22", "0", "0", "0", "0", "0"],
        ["0", "w00", "w01", "w02", "0", "w10", "w11", "w12", "0", "w20", "w21", "w22", "0", "0", "0", "0"],
        ["0", "0", "0", "0", "w00", "w01", "w02", "0", "w10", "w11", "w12", "0", "w20", "w21", "w22", "0"],
        ["0", "0", "0", "0", "0", "w00", "w01", "w02", "0", "w10", "w11", "w12", "0", "w20", "w21", "w22"],
    ];

    private static string Block(string[][] rows) =>
        "[\n" + string.Concat(rows.Select(row => "[" + string.Concat(row.Select((e, i) =>
            (i == 0 ? "" : i % 4 == 0 ? "|" : " ") + (e == "0" ? "0" : $"w_{{{e[1]},{e[2]}}}"))) + "]\n")) + "]\n";

    [Fact]
    public void The_Dumoulin_example_prints_the_papers_matrix_C()
    {
        var outcome = CliRunner.Run(CliRunner.Example("dumoulin-4x4.conv"));
        Assert.Contains("\nM:\n" + Block(DumoulinC), outcome.Stdout);
    }

    [Fact]
    public void The_transposed_Dumoulin_example_prints_C_transposed_as_M_and_C_itself()
    {
        var outcome = CliRunner.Run(CliRunner.Example("dumoulin-4x4-transposed.conv"));
        var transposed = Enumerable.Range(0, 16).Select(c => Enumerable.Range(0, 4).Select(r => DumoulinC[r][c]).ToArray()).ToArray();
        var m = "[\n" + string.Concat(transposed.Select(row => "[" + string.Concat(row.Select((e, i) =>
            (i == 0 ? "" : i % 2 == 0 ? "|" : " ") + (e == "0" ? "0" : $"w_{{{e[1]},{e[2]}}}"))) + "]\n")) + "]\n";
        Assert.Contains("\nM:\n" + m, outcome.Stdout);
        Assert.Contains("\nC (forward convolution; M = Cᵀ):\n" + Block(DumoulinC), outcome.Stdout);
    }

    [Fact]
    public void The_sharpen_example_answers_the_seed_comment_with_two_rows()
    {
        // Output (0, 0) reads the 3×3 window at the top left of the 5×5 input: −1 at columns 1, 5, 7, 11, 5 at column 6.
        var outcome = CliRunner.Run(CliRunner.Example("sharpen.conv"));
        Assert.Contains(
            "\nM, rows 0..1:\n[\n[0 -1 0 0 0|-1 5 -1 0 0|0 -1 0 0 0|0 0 0 0 0|0 0 0 0 0]\n[0 0 -1 0 0|0 -1 5 -1 0|0 0 -1 0 0|0 0 0 0 0|0 0 0 0 0]\n]\n",
            outcome.Stdout);
    }
}
