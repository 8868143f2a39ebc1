using System.Text.Json;
using System.Text.RegularExpressions;
using SymConv.Tests.Support;

namespace SymConv.Tests.Networks;

/// <summary>
/// A stack of one convolution has M_total = M: in every format, and under every option of the layer
/// report that shapes M (rows, zeros, elision, CSV numbers), its M_total must read as the layer's M
/// does, since both are written by the same section writers. Only the name differs (M_total).
/// </summary>
public sealed partial class StackAsLayerFormatTests
{
    private const string Kernel = "[[[[1 2] [3 -4]]] [[[1/2 6] [7 0]]]]";

    [Theory]
    [InlineData("text", new string[0])]
    [InlineData("text", new[] { "--rows", "1..2,6" })]
    [InlineData("json", new string[0])]
    [InlineData("json", new[] { "--rows", "3..5" })]
    [InlineData("latex", new string[0])]
    [InlineData("latex", new[] { "--zeros", "dot", "--max-rows", "4", "--max-cols", "5" })]
    [InlineData("markdown", new[] { "--zeros", "blank", "--rows", "0..3" })]
    [InlineData("sympy", new string[0])]
    [InlineData("mathematica", new string[0])]
    [InlineData("csv", new string[0])]
    [InlineData("csv", new[] { "--csv-numbers", "decimal", "--rows", "2..5" })]
    public void A_stack_of_one_convolution_writes_M_total_as_the_layer_writes_M(string format, string[] options)
    {
        var shows = format is "text" or "latex" or "markdown";
        var layer = CliRunner.Run(["--kernel", Kernel, "--input-shape", "1,3,3", "--format", format, .. shows ? new[] { "--show", "M" } : [], .. options]);
        Assert.True(layer.ExitCode == 0, layer.Stderr);
        var spec = TempFile.Write($"layers = [nn.Conv2d(1, 2, 2, bias=False)]\nkernel[0] = {Kernel}\ninput-shape = 1,3,3\n");
        var stack = CliRunner.Run([spec, "--format", format, .. format == "csv" ? [] : new[] { "--show", "M" }, .. options]);
        Assert.True(stack.ExitCode == 0, stack.Stderr);
        Assert.Equal(MatrixOf(format, layer.Stdout), MatrixOf(format, stack.Stdout).Replace("M_total", "M", StringComparison.Ordinal).Replace("Mtotal", "M", StringComparison.Ordinal));
    }

    // The part of the output that is the matrix, with its name.
    private static string MatrixOf(string format, string output)
    {
        string Between(string start, string end)
        {
            var from = output.IndexOf(start, StringComparison.Ordinal);
            Assert.True(from >= 0, $"no {start} in:\n{output}");
            var to = output.IndexOf(end, from + start.Length, StringComparison.Ordinal);
            Assert.True(to >= 0, $"no {end} after {start} in:\n{output}");
            return output[from..(to + end.Length)];
        }
        switch (format)
        {
            case "text":
                var match = TextMatrix().Match(output);
                Assert.True(match.Success, output);
                return match.Value;
            case "json":
                using (var json = JsonDocument.Parse(output))
                    return json.RootElement.GetProperty("rows_shown").GetRawText() + json.RootElement.GetProperty("matrix").GetRawText();
            case "latex":
                return Between("% M", "\\end{array}\\right]}");
            case "markdown":
                return Between("$$\nM", "$$");
            case "sympy":
                return Between("= sp.SparseMatrix(", "})");
            case "mathematica":
                return Between("= SparseArray[", "}];");
            default:
                return output;
        }
    }

    [GeneratedRegex(@"^M(_total)?(, rows [0-9.,]+)?:\n\[\n.*?\n\]\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex TextMatrix();
}
