using SymConv.Export;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Tests.Library;

/// <summary>
/// A spec's keys that say how the command shows the layer are kept by the layer read from it, so
/// Render without options writes what the spec asks for; the keys of the command's other views are
/// refused, never skipped.
/// </summary>
public sealed class SpecOutputKeyTests
{
    private const string Seed = "kernel = [[[[a b] [c d]]] [[[e f] [g h]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n";

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    // The seed's M, as the Q&A writes it (Golden/seed.txt), under the seed's title line.
    private const string SeedMatrixOnly =
        "Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9\n\n" +
        "M:\n[\n" +
        "[a b 0|c d 0|0 0 0]\n[0 a b|0 c d|0 0 0]\n[0 0 0|a b 0|c d 0]\n[0 0 0|0 a b|0 c d]\n" +
        "[e f 0|g h 0|0 0 0]\n[0 e f|0 g h|0 0 0]\n[0 0 0|e f 0|g h 0]\n[0 0 0|0 e f|0 g h]\n]\n";

    [Fact]
    public void A_spec_that_shows_M_renders_M_only()
    {
        var layer = ConvLayer.FromSpec(Seed + "show = M\n");
        Assert.Equal(SeedMatrixOnly, layer.Render("text"));
        Assert.Equal(SeedMatrixOnly, layer.Render());
    }

    [Fact]
    public void A_spec_that_names_latex_renders_latex_by_default()
    {
        var layer = ConvLayer.FromSpec(Seed + "format = latex\n");
        Assert.Equal("latex", layer.Format);
        Assert.Equal(Golden("seed.tex"), layer.Render());
        // A format given to Render still wins, with the spec's other lines.
        Assert.Equal(Golden("seed.txt"), layer.Render("text"));
    }

    [Fact]
    public void Options_given_to_render_replace_the_specs()
    {
        var layer = ConvLayer.FromSpec(Seed + "show = M\n");
        Assert.Equal(Golden("seed.txt"), layer.Render("text", new ReportOptions()));
        Assert.Equal("Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9\n\ny', rows 0..1:\n[1a+2b+4c+5d, 2a+3b+5c+6d]\n",
            layer.Render("text", layer.ReportOptions with { Sections = [Section.OutputVector], Rows = [new RowRange(0, 1)] }));
    }

    [Fact]
    public void A_spec_without_output_keys_renders_the_commands_defaults()
    {
        var layer = ConvLayer.FromSpec(Seed);
        Assert.Equal("text", layer.Format);
        Assert.Equal(new ReportOptions(), layer.ReportOptions);
        Assert.Equal(Golden("seed.txt"), layer.Render());
    }

    [Fact]
    public void Rows_and_hidden_unit_coefficients_from_the_spec_are_honoured()
    {
        var layer = ConvLayer.FromSpec(Seed + "show = y'\nrows = 3..4\nhide-unit-coefficients = true\n");
        Assert.Equal("Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9\n\ny', rows 3..4:\n[5a+6b+8c+9d, e+2f+4g+5h]\n", layer.Render());
    }

    [Fact]
    public void The_specs_numbers_are_how_the_neuron_explanation_writes_them()
    {
        var layer = ConvLayer.FromSpec("kernel = [[[[1/2 b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nnumbers = decimal\n");
        // 1/2·1 + 2b + 4c + 5d, its constant written as the terminating decimal 0.5.
        Assert.EndsWith("y'[0] = m_0 · x' = 0.5·1 + b·2 + c·4 + d·5 = 2b+4c+5d+0.5\n", layer.Explain(0).Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_output_value_is_refused_when_the_spec_is_read_not_when_it_is_rendered()
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + "format = latex\nshow = M,yy\n", "layer.conv"));
        Assert.Equal((4, 10), (error.At!.Line, error.At.Column));
        var format = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + "format = tex\n", "layer.conv"));
        Assert.Equal("format cannot be 'tex': choose one of " + string.Join(", ", ReportFormats.Names) + "; did you mean latex?", format.Message);
        Assert.Equal((3, 10), (format.At!.Line, format.At.Column));
        var limit = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + "max-rows = -1\n", "layer.conv"));
        Assert.StartsWith("max-rows -1 is negative", limit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claim = y'[0] = 1a+2b+4c+5d", "'claim' is read by symconv check, not by a layer read from a spec", "check a claim with the layer's Check(claim), and delete this line")]
    [InlineData("claims = seed-claims.txt", "'claims' is read by symconv check, not by a layer read from a spec", "read the claims file and check each claim with the layer's Check(claim), and delete this line")]
    [InlineData("at = 0,1,1", "'at' is read by symconv neuron, not by a layer read from a spec", "explain a neuron with the layer's Explain(neuron), and delete this line")]
    [InlineData("activation = relu", "'activation' is read by symconv neuron, not by a layer read from a spec", "the layer's Explain(neuron) shows a neuron without an activation, and delete this line")]
    [InlineData("upstream = auto", "'upstream' is read by symconv grad, not by a layer read from a spec", "the library does not yet take the backward pass: delete this line, or run symconv grad on the spec")]
    [InlineData("input-at = 0,1,1", "'input-at' is read by symconv neuron, not by a layer read from a spec", "the library does not yet show which neurons read an input entry: delete this line, or run symconv neuron on the spec")]
    [InlineData("layers = [nn.Conv2d(1, 2, 2)]", "'layers' is read by symconv as a stack of layers, not by a layer read from a spec", "a layer read from a spec is one convolution, and the library does not yet read stacks: run symconv on the spec")]
    [InlineData("bias[0] = [p q]", "'bias[0]' is read by symconv as a stack of layers, not by a layer read from a spec", "a layer read from a spec is one convolution, and the library does not yet read stacks: run symconv on the spec")]
    [InlineData("output = y.txt", "'output' is read by symconv, not by a layer read from a spec", "write the layer where you choose with the layer's Render(writer), and delete this line")]
    public void A_key_of_another_view_of_the_command_is_refused_at_its_line(string line, string message, string hint)
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + "\n" + line + "\n", "layer.conv"));
        Assert.Equal(message, error.Message);
        Assert.Equal(hint, error.Hint);
        Assert.Equal((4, 1), (error.At!.Line, error.At.Column));
    }

    [Fact]
    public void Every_key_a_spec_may_hold_is_read_by_the_layer_or_refused()
    {
        // A key that is neither would be accepted and then ignored: the slip this guards against.
        foreach (var key in SpecKeys.All)
        {
            var spec = Seed.Replace("input =", key + " = 1\ninput =", StringComparison.Ordinal);
            var known = LayerReader.Keys.Contains(key) || ReportOptionsReader.Keys.Contains(key);
            if (known) continue;
            var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(spec));
            Assert.StartsWith($"'{key}' is read by symconv", error.Message, StringComparison.Ordinal);
        }
    }
}
