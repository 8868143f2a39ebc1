using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Library;

/// <summary>The library's front door, used from code as a C# user would, never through the command.</summary>
public sealed class ConvLayerTests
{
    private const string SeedKernel = "[[[[a b] [c d]]] [[[e f] [g h]]]]";
    private const string SeedInput = "[[[1 2 3] [4 5 6] [7 8 9]]]";

    // Copied from the seed's answer (as SeedExampleTests does), not from SymConv's output.
    private const string SeedOutput = "[1a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, 1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+8g+9h]";

    [Fact]
    public void The_seed_layer_from_typed_arguments_prints_the_seeds_y_prime()
    {
        var layer = ConvLayer.Create(kernel: SeedKernel, input: SeedInput);
        Assert.Equal(SeedOutput, layer.Outputs.ToString());
        Assert.Equal("1a+2b+4c+5d", layer.Output(0).ToString());
        Assert.Equal("a + 2b + 4c + 5d", layer.Output(0).ToLatex());
    }

    [Fact]
    public void A_spec_text_gives_the_same_layer_and_renders_the_commands_bytes()
    {
        var text = File.ReadAllText(CliRunner.Example("seed.conv"));
        var layer = ConvLayer.FromSpec(text, "examples/seed.conv");
        Assert.Equal(SeedOutput, layer.Outputs.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "seed.txt")), layer.Render());
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "seed.tex")), layer.Render("latex"));
    }

    [Fact]
    public void The_bias_is_read_with_the_layers_own_symbols()
    {
        // Read with a second symbol table, the bias's p took a's id: 2a+2b+4c+5d. The front door reads all three with one.
        var layer = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: SeedInput, bias: "[p]");
        Assert.Equal("1a+2b+4c+5d+p", layer.Output(0).ToString());
        Assert.Equal("5a+6b+8c+9d+p", layer.Output(3).ToString());
    }

    [Fact]
    public void Expressions_of_two_layers_cannot_be_combined()
    {
        var first = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: SeedInput);
        var second = ConvLayer.Create(kernel: "[[[[p q] [r s]]]]", input: SeedInput);
        Assert.Equal("2a+4b+8c+10d", (first.Output(0) + first.Output(0)).ToString());
        Assert.Throws<ArgumentException>(() => first.Output(0) + second.Output(0));
        Assert.NotEqual(first.Output(0), second.Output(0));
    }

    [Fact]
    public void A_constructor_line_reads_as_the_command_reads_it()
    {
        var layer = ConvLayer.FromConstructor("nn.Conv2d(1, 2, 2)", SeedInput);
        Assert.Equal("[1a+2c+4d+5e+b_0, 2a+3c+5d+6e+b_0, 4a+5c+7d+8e+b_0, 5a+6c+8d+9e+b_0, 1f+2g+4h+5i+b_1, 2f+3g+5h+6i+b_1, 4f+5g+7h+8i+b_1, 5f+6g+8h+9i+b_1]",
            layer.Outputs.ToString());
        Assert.Equal(new Shape(2, 2, 2), layer.OutputShape);
    }

    [Fact]
    public void Shapes_give_fresh_symbols_and_a_spec_gives_the_hyper_parameters()
    {
        var layer = ConvLayer.Create(new Shape(1, 1, 2, 2), new Shape(1, 3, 3), new LayerSpec { Stride = [2], Padding = new Padding.Explicit([1]) });
        Assert.Equal(new Shape(1, 2, 2), layer.OutputShape);
        Assert.Equal("d*x_{0,0,0}", layer.Output(0).ToString());
    }

    [Fact]
    public void An_entry_of_M_prints_with_the_layers_names()
    {
        var layer = ConvLayer.Create(kernel: SeedKernel, input: SeedInput);
        Assert.Equal("a", layer.Entry(0, 0).ToString());
        Assert.Equal("0", layer.Entry(0, 2).ToString());
        var row = layer.Matrix.Row(5);
        Assert.Equal(["e", "f", "g", "h"], row.Select(e => layer.Expression(e.Value).ToString()));
        Assert.Equal([1L, 2, 4, 5], row.Select(e => e.Column));
    }

    [Fact]
    public void The_output_tensor_has_the_outputs_shape()
    {
        var y = ConvLayer.Create(kernel: SeedKernel, input: SeedInput).OutputTensor;
        Assert.Equal(new Shape(2, 2, 2), y.Shape);
        Assert.Equal("4e+5f+7g+8h", y[6].ToString());
    }

    [Fact]
    public void An_unknown_spec_key_is_refused_with_a_suggestion_and_a_caret_as_the_command_does()
    {
        const string text = "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nstrides = 2\n";
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(text, "layer.conv"));
        Assert.Equal("unknown key 'strides'; did you mean 'stride'?", error.Message);
        Assert.Equal((3, 1), (error.At!.Line, error.At.Column));

        var path = TempFile.Write(text);
        var command = CliRunner.Run(path);
        Assert.Equal(2, command.ExitCode);
        Assert.Equal("symconv: " + error.Render().Replace("layer.conv", path, StringComparison.Ordinal), command.Stderr);
    }

    [Fact]
    public void Keys_that_say_how_to_show_the_layer_are_allowed_in_a_spec()
    {
        var layer = ConvLayer.FromSpec("kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nformat = latex\nshow = y'\n");
        Assert.Equal("1a+2b+4c+5d", layer.Output(0).ToString());
    }

    [Fact]
    public void A_polynomial_without_its_layer_prints_its_symbols_by_id_not_its_type_name()
    {
        var layer = ConvLayer.Create(kernel: SeedKernel, input: SeedInput);
        var value = layer.Output(0).Value;
        Assert.Equal("1#0+2#1+4#2+5#3", value.ToString());
    }

    [Fact]
    public void Render_refuses_an_unknown_format()
    {
        var layer = ConvLayer.Create(kernel: SeedKernel, input: SeedInput);
        Assert.Throws<ArgumentException>(() => layer.Render("tex"));
    }

    [Fact]
    public void A_claim_is_checked_and_its_symbols_never_enter_the_layer()
    {
        var layer = ConvLayer.Create(kernel: SeedKernel, input: SeedInput);
        Assert.True(layer.Check("y'[3] = 5a+6b+8c+9d").Holds);
        var wrong = layer.Check("y'[3] = 5a+6b+8c+9q");
        Assert.False(wrong.Holds);
        Assert.Contains("✗ ", wrong.ToString(), StringComparison.Ordinal);
        Assert.Contains("y'[3] = 5a+6b+8c+9q", wrong.ToString(), StringComparison.Ordinal);
        // q was read into the claim's table: to the layer it is still no symbol, so a second claim cannot meet it there.
        Assert.Equal("5a+6b+8c+9d", layer.Output(3).ToString());
        Assert.True(layer.Check("y'[3] = 5a+6b+8c+9d").Holds);
        Assert.Throws<InputException>(() => layer.Check("y'[3] = 5a+"));
    }
}
