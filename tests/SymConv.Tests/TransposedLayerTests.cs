using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>A transposed convolution's M is Cᵀ for the matrix C of the matching forward convolution, and the output says so.</summary>
public class TransposedLayerTests
{
    [Fact]
    public void M_is_the_transpose_of_the_forward_matrix_C_for_random_transposed_layers()
    {
        var random = new Random(8128);
        var checkedLayers = 0;
        var cropped = 0;
        while (checkedLayers < 120)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0);
            if (!layer.Spec.Transposed) continue;
            checkedLayers++;
            var matrix = Layers.Matrix([.. layer.Options]);
            var twin = ForwardTwin.Of(matrix);
            if (twin.Cropped) cropped++;
            Assert.Equal(matrix.Columns, twin.Rows);
            Assert.Equal(matrix.Rows, twin.Columns);
            // The forward layer is an ordinary convolution: its own geometry must take y's shape to x's (or further).
            Assert.False(twin.Forward.Geometry.Transposed);
            Assert.Equal(matrix.Geometry.OutputShape, twin.Forward.Geometry.InputShape);

            var m = LibraryView.Dense(matrix);
            for (long r = 0; r < twin.Rows; r++)
            {
                var row = twin.Row(r).ToDictionary(e => e.Column, e => e.Value);
                for (long c = 0; c < twin.Columns; c++)
                {
                    var entry = row.GetValueOrDefault(c, Polynomial.Zero);
                    Assert.True(entry == m[c, r], $"C[{r},{c}] is {matrix.Text(entry)} but M[{c},{r}] is {matrix.Text(m[c, r])}, for {layer}");
                }
            }
        }
        // The draw must reach both kinds of twin: C whole, and C cropped by output padding ≥ stride.
        Assert.InRange(cropped, 1, checkedLayers - 1);
    }

    [Fact]
    public void Output_padding_past_the_stride_keeps_the_rows_x_has()
    {
        // s = 1, d = 3, output padding 2: the forward layer on 11 positions gives 3 + 2 = 5, C keeps the first 3.
        var matrix = Layers.Matrix(("kernel", "[[[a b c]]]"), ("input-shape", "1,3"), ("dilation", "3"), ("transposed", ""), ("output-padding", "2"));
        var twin = ForwardTwin.Of(matrix);
        Assert.Equal([1, 11], matrix.Geometry.OutputShape.Dims);
        Assert.Equal([1, 5], twin.Forward.Geometry.OutputShape.Dims);
        Assert.True(twin.Cropped);
        // Row 1 of C: output position 1 reads a at 1, b at 4, c at 7 (the scatter y[1 + 3k] += w_k x_1).
        Assert.Equal("1:a 4:b 7:c", string.Join(' ', twin.Row(1).Select(e => $"{e.Column}:{matrix.Text(e.Value)}")));
    }

    [Fact]
    public void The_text_output_says_M_is_C_transposed_and_shows_C()
    {
        var outcome = CliRunner.Run("--kernel", "[[[a b]]]", "--input", "[[1 2]]", "--transposed", "--stride", "2");
        Assert.Equal(0, outcome.ExitCode);
        // y has (2−1)·2 + 2 = 4 positions: y = [a, b, 2a, 2b]; C is the forward conv 4 → 2 with stride 2.
        Assert.StartsWith(
            "ConvTranspose1d (stride 2): K 1×1×2 on x 1×2 gives y 1×4; M is 4×2\n"
            + "M = Cᵀ, where C is the matrix of the matching forward convolution Conv1d: the same kernel read as (out, in/groups, k…) = 1×1×2, with the same stride, padding, dilation and groups, taking 1×4 to 1×2.\n",
            outcome.Stdout);
        Assert.Contains("\nM:\n[\n[a 0]\n[b 0]\n[0 a]\n[0 b]\n]\n", outcome.Stdout);
        Assert.Contains("\nC (forward convolution; M = Cᵀ):\n[\n[a b 0 0]\n[0 0 a b]\n]\n", outcome.Stdout);
        Assert.Contains("\ny':\n[a, b, 2a, 2b]\n", outcome.Stdout);
    }

    [Fact]
    public void A_forward_layer_has_no_note_and_no_C()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"));
        Assert.DoesNotContain("Cᵀ", outcome.Stdout);
        Assert.DoesNotContain("\nC", outcome.Stdout);
        var shown = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "C,M");
        Assert.DoesNotContain("\nC", shown.Stdout);
    }

    [Fact]
    public void The_json_of_a_transposed_layer_holds_the_note_and_C()
    {
        var outcome = CliRunner.Run("--kernel", "[[[a b]]]", "--input", "[[1 2]]", "--transposed", "--stride", "2", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(outcome.Stdout);
        var root = json.RootElement;
        Assert.StartsWith("M = Cᵀ", root.GetProperty("notes")[0].GetString());
        var c = root.GetProperty("forward_matrix");
        Assert.Equal(2, c.GetProperty("rows").GetInt32());
        Assert.Equal(4, c.GetProperty("cols").GetInt32());
        var entries = c.GetProperty("entries").EnumerateArray().Select(e => $"{e[0].GetInt32()},{e[1].GetInt32()},{e[2].GetProperty("text").GetString()}");
        Assert.Equal(["0,0,a", "0,1,b", "1,2,a", "1,3,b"], entries);
    }
}
