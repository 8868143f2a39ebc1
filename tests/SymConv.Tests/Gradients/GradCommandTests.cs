using System.Text.Json;
using SymConv.Gradients;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Gradients;

/// <summary>symconv grad and neuron --input-at on the seed example, their JSON against schemas/, and bad input.</summary>
public class GradCommandTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("[1g_{0,0,0}+2g_{0,0,1}+4g_{0,1,0}+5g_{0,1,1}, 2g_{0,0,0}+3g_{0,0,1}+5g_{0,1,0}+6g_{0,1,1}]")]
    [InlineData("[4g_{1,0,0}+5g_{1,0,1}+7g_{1,1,0}+8g_{1,1,1}, 5g_{1,0,0}+6g_{1,0,1}+8g_{1,1,0}+9g_{1,1,1}]")]
    [InlineData("[c*g_{0,1,0}+g*g_{1,1,0}, c*g_{0,1,1}+d*g_{0,1,0}+g*g_{1,1,1}+h*g_{1,1,0}, d*g_{0,1,1}+h*g_{1,1,1}]")]
    [InlineData("[g_{0,0,0} g_{0,0,1}]")]
    public void The_seed_s_backward_pass_reads_as_derived_by_hand(string line)
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"));
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("\n" + line + "\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_s_first_row_of_U_is_its_first_patch()
    {
        var matrix = Layers.Matrix(("kernel", "[[[[a b] [c d]]] [[[e f] [g h]]]]"), ("input", "[[[1 2 3] [4 5 6] [7 8 9]]]"));
        var patches = PatchMatrix.Of(matrix);
        Assert.Equal(8, patches.Rows);
        Assert.Equal(8, patches.Columns);
        // y'[0] = 1a+2b+4c+5d is row 0 of U = [1 2 4 5 0 0 0 0] times k' = [a b c d e f g h].
        Assert.Equal("0:1 1:2 2:4 3:5", string.Join(' ', patches.Row(0).Select(e => e.Column + ":" + matrix.Text(e.Value))));
        Assert.Equal("4:5 5:6 6:8 7:9", string.Join(' ', patches.Row(7).Select(e => e.Column + ":" + matrix.Text(e.Value))));
    }

    [Fact]
    public void Show_U_writes_the_patch_matrix_like_M()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--show", "U,M^T");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("U(x) (patch matrix: y' = U(x) k', columns the kernel's entries):\n[\n[1 2|4 5|0 0|0 0]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mᵀ (dL/dx' = Mᵀ g'):\n[\n[a 0|0 0|e 0|0 0]\n[b a|0 0|f e|0 0]\n", outcome.Stdout, StringComparison.Ordinal);
        var json = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--show", "im2col", "--format", "json");
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(32, document.RootElement.GetProperty("patches").GetProperty("entries").GetArrayLength());
        JsonSchemas.Validate(output, "grad", "the output", json.Stdout);
    }

    [Fact]
    public void A_numeric_upstream_gives_numbers_times_the_layer_s_symbols()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--upstream", "[[[1 0] [0 0]] [[0 0] [0 2]]]", "--show", "dL/dx,dL/dK");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("\n[a, b, 0]\n[c, 1d+2e, 2f]\n[0, 2g, 2h]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n[1 2]\n[4 5]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n[10 12]\n[16 18]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("dL/dy", outcome.Stdout.Split('\n').Skip(3), StringComparer.Ordinal);
    }

    [Fact]
    public void An_upstream_of_the_wrong_shape_is_one_message_and_exit_2()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--upstream", "[[1 2] [3 4]]");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: the upstream gradient ∂L/∂y has shape 2×2, but y has shape 2×2×2", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("hint: give a 2×2×2 tensor", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--show", "dL/dz", "--show")]
    [InlineData("--format", "csv", "--format")]
    [InlineData("--rows", "0", "--rows")]
    [InlineData("--upstream-symbols", "2g", "upstream")]
    public void Bad_grad_options_are_refused(string option, string value, string named)
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(named, outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.StartsWith("symconv: error:", StringComparison.Ordinal));
    }

    [Fact]
    public void Upstream_symbols_avoid_a_word_the_layer_uses_with_a_subscript()
    {
        var outcome = CliRunner.Run("grad", "--kernel", "[[[[g_0 g_1]]]]", "--input", "[[[1 2 3]]]", "--show", "dL/dy");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("[dy_{0,0,0} dy_{0,0,1}]", outcome.Stdout, StringComparison.Ordinal);
        var named = CliRunner.Run("grad", "--kernel", "[[[[a b]]]]", "--input", "[[[1 2 3]]]", "--show", "dL/dK", "--upstream-symbols", "u");
        Assert.Contains("[1u_{0,0,0}+2u_{0,0,1}, 2u_{0,0,0}+3u_{0,0,1}]", named.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_column_view_lists_the_readers_of_an_input_entry()
    {
        var outcome = CliRunner.Run("neuron", CliRunner.Example("seed.conv"), "--input-at", "0,0,1");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("x[0,0,1] = x'[1] = 2, column 1 of M", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("  y'[0] = y[0,0,0]: b\n  y'[1] = y[0,0,1]: a\n  y'[4] = y[1,0,0]: f\n  y'[5] = y[1,0,1]: e\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("= a*g_{0,0,1}+b*g_{0,0,0}+e*g_{1,0,1}+f*g_{1,0,0}\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_index_outside_x_is_refused()
    {
        var outcome = CliRunner.Run("neuron", CliRunner.Example("seed.conv"), "--input-at", "0,3,0");
        Assert.Equal(2, outcome.ExitCode);
        // The caret stands under the 3, and the words are plain (they were "the dimension 1 of x index", caret at column 1).
        Assert.Equal(
            "symconv: error: the input index 0,3,0 is outside x, which has shape 1×3×3: its second number must be 0 to 2, not 3\n" +
            "  --> --input-at, line 1, column 3\n" +
            "   | 0,3,0\n" +
            "   |   ^\n", outcome.Stderr);
    }

    [Fact]
    public void The_json_has_the_keys_the_readme_names_and_follows_its_schema()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--bias", "auto", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("upstream").GetArrayLength());
        Assert.Equal(9, root.GetProperty("grad_input").GetArrayLength());
        Assert.Equal("1g_{0,0,0}+2g_{0,0,1}+4g_{0,1,0}+5g_{0,1,1}", root.GetProperty("grad_kernel")[0].GetProperty("text").GetString());
        Assert.Equal("g_{0,0,0}+g_{0,0,1}+g_{0,1,0}+g_{0,1,1}", root.GetProperty("grad_bias")[0].GetProperty("text").GetString());
        JsonSchemas.Validate(output, "grad", "the output", outcome.Stdout);
        var column = CliRunner.Run("neuron", CliRunner.Example("seed.conv"), "--input-at", "4", "--format", "json");
        Assert.True(column.ExitCode == 0, column.Stderr);
        JsonSchemas.Validate(output, "input-column", "the output", column.Stdout);
    }

    [Theory]
    [InlineData("latex", "\\frac{\\partial L}{\\partial K_{0,0,0,0}} = g_{0,0,0} + 2 g_{0,0,1} + 4 g_{0,1,0} + 5 g_{0,1,1}")]
    [InlineData("markdown", "\\frac{\\partial L}{\\partial K_{0,0,0,0}} &= g_{0,0,0} + 2 g_{0,0,1} + 4 g_{0,1,0} + 5 g_{0,1,1}")]
    public void The_typeset_formats_write_one_equation_an_entry(string format, string equation)
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--format", format);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains(equation, outcome.Stdout, StringComparison.Ordinal);
    }
}
