using SymConv.Tests.Support;

namespace SymConv.Tests.Networks;

/// <summary>symconv on a stack from the command line and a spec file: what it prints, and every refusal as one message with exit code 2.</summary>
public sealed class StackCommandTests
{
    private const string TwoConvs = "[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3)]";

    [Theory]
    [InlineData("text", "stack-two-3x3.txt")]
    [InlineData("json", "stack-two-3x3.json")]
    public void The_two_3x3_convolutions_example_matches_its_golden_file(string format, string golden)
    {
        var outcome = CliRunner.Run(CliRunner.Example("stacks/two-3x3.conv"), "--format", format, "--show", "layers,equivalent,y'");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Golden.Assert(golden, outcome.Stdout);
    }

    [Fact]
    public void Layers_on_the_command_line_show_the_table_and_the_equivalent_layer()
    {
        var outcome = CliRunner.Run("--layers", TwoConvs, "--input-shape", "1,7,7", "--show", "layers,equivalent");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("0      nn.Conv2d(1, 1, 3)  1×7×7  1×5×5   M_0 25×49 + constant\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("M_total = M_1 M_0: 9×49; y' = M_total x' + c\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Equivalent single layer: nn.Conv2d(1, 1, 5)\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intermediate_activation_is_shown_on_request()
    {
        var outcome = CliRunner.Run("--layers", "[nn.Conv1d(1, 1, 2, bias=False), nn.Conv1d(1, 1, 1, bias=False)]", "--input-shape", "1,3", "--show", "y0");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("y0' (the output of layer 0, nn.Conv1d(1, 1, 2, bias=False), of shape 1×2):\ny0'[0] = w0_{0,0,0}*x_{0,0}+w0_{0,0,1}*x_{0,1}\ny0'[1] = w0_{0,0,0}*x_{0,1}+w0_{0,0,1}*x_{0,2}\n", outcome.Stdout);
    }

    [Fact]
    public void The_neuron_of_two_3x3_convolutions_reads_a_5x5_field()
    {
        var outcome = CliRunner.Run("neuron", "--layers", TwoConvs, "--input-shape", "1,7,7", "--at", "0,1,1");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("x[0,:,:]:\n[· · · · · · ·]\n[· ■ ■ ■ ■ ■ ·]\n[· ■ ■ ■ ■ ■ ·]\n[· ■ ■ ■ ■ ■ ·]\n[· ■ ■ ■ ■ ■ ·]\n[· ■ ■ ■ ■ ■ ·]\n[· · · · · · ·]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Field: 5 wide in spatial dimension 0 (1..5), 5 wide in spatial dimension 1 (1..5)\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Receptive field of the stack (the neuron in the middle of the output): 5×5\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_neuron_in_json_lists_its_field_and_value()
    {
        var outcome = CliRunner.Run("neuron", "--layers", "[nn.Conv1d(1, 1, 2, bias=False), nn.Conv1d(1, 1, 2, bias=False)]", "--input-shape", "1,4", "--at", "0,1", "--format", "json");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("\"reads\": [1, 2, 3],\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"input_indices\": [[0, 1], [0, 2], [0, 3]],\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"extent\": [[0, 0], [1, 3]],\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"field_size\": [3],\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"value\": {\"text\": \"w0_{0,0,0}*x_{0,1}*w1_{0,0,0}+", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"expression\": null\n}\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strided_stack_has_the_receptive_field_its_strides_spread()
    {
        // 3 + (3 - 1)·2 = 7 wide: the second layer's taps are two inputs apart.
        var outcome = CliRunner.Run("neuron", "--layers", "[nn.Conv1d(1, 1, 3, stride=2), nn.Conv1d(1, 1, 3)]", "--input-shape", "1,15", "--at", "0,2");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("Field: 7 wide in spatial dimension 0 (4..10)\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--stride", "2" }, "--stride describes one layer; in a stack each layer's constructor gives its own")]
    [InlineData(new[] { "--layers", "[nn.Conv2d(1, 1, 3), nn.Conv2D(1, 1, 3)]", "--input-shape", "1,7,7" }, "a stack cannot hold nn.Conv2D")]
    [InlineData(new[] { "--layers", "[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3)]", "--input-shape", "1,7,7", "--show", "y2" }, "--show y2: the stack has layers 0 to 1, so its activations are y0 to y1")]
    [InlineData(new[] { "--layers", "[nn.Conv2d(1, 1, 3), 3]", "--input-shape", "1,7,7" }, "a layer of the stack must be a constructor call such as Conv2d(3, 8, 3), not the integer 3")]
    [InlineData(new[] { "--layers", "[]", "--input-shape", "1,7,7" }, "the stack has no layers")]
    [InlineData(new[] { "--layers", TwoConvs }, "no input")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--format", "pdf" }, "--format cannot be 'pdf'")]
    [InlineData(new[] { "--layers", TwoConvs, "--layer", "nn.Conv2d(1, 1, 3)", "--input-shape", "1,7,7" }, "--layer and --layers both describe the layers: give one")]
    [InlineData(new[] { "--layers", "[nn.Conv2d(1, 2, 3), nn.Conv2d(3, 1, 3)]", "--input-shape", "1,7,7" }, "layer 1 (nn.Conv2d(3, 1, 3)) cannot take the 2×5×5 output of layer 0 (nn.Conv2d(1, 2, 3)): in_channels is 3, but the input has 2 channels")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--highlight", "0", "--format", "latex" }, "--highlight is not read for a stack of layers; it reads --format, --show, --rows")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--rows", "9" }, "--rows 9..9 is outside M, whose rows are 0..8")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--zeros", "dot" }, "--zeros does nothing for --format text: it applies to latex and markdown")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--rows", "0", "--format", "svg" }, "--rows does not change --format svg")]
    [InlineData(new[] { "--layers", "[nn.ReLU(), nn.Conv2d(1, 1, 3)]", "--input-shape", "1,7,7", "--rows", "0" }, "--rows picks rows of M_total and y', and this stack has none")]
    [InlineData(new[] { "--layers", TwoConvs, "--input-shape", "1,7,7", "--no-channel-index" }, "--no-channel-index is not read for a stack")]
    [InlineData(new[] { "neuron", "--layers", TwoConvs, "--input-shape", "1,7,7", "--at", "0,0,3" }, "spatial dimension 2")]
    [InlineData(new[] { "check", "--layers", TwoConvs, "--input-shape", "1,7,7", "--claim", "y'[0] = 0" }, "symconv check reads one layer, not a stack")]
    [InlineData(new[] { "formula", "--layers", TwoConvs, "--input-shape", "1,7,7" }, "symconv formula reads one layer, not a stack")]
    public void A_bad_stack_gets_one_message_and_exit_code_2(string[] args, string message)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains(message, outcome.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains("error:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kernel[2] = [[[1 2]]]\n", "kernel[2] names layer 2, but the stack has 2 layers, numbered from 0 as nn.Sequential numbers them")]
    [InlineData("kernel[0] = [[[1 2 3]]]\n", "kernel[0] is 1×1×3, but layer 0 (nn.Conv1d(1, 1, 2)) takes 1×1×2")]
    [InlineData("bias[1] = [5]\n", "bias[1] is given, but layer 1 (nn.Conv1d(1, 1, 1, bias=False)) has no such parameter")]
    [InlineData("kernel[0 = [[[1 2]]]\n", "expected a layer's index and ']', as in kernel[0]")]
    public void A_bad_parameter_in_a_spec_file_is_refused_where_it_is_written(string line, string message)
    {
        var spec = TempFile.Write("layers = [\n  nn.Conv1d(1, 1, 2),\n  nn.Conv1d(1, 1, 1, bias=False),\n]\ninput-shape = 1,4\n" + line);
        var outcome = CliRunner.Run(spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 6", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_parameters_and_nn_Sequential_give_numbers()
    {
        var spec = TempFile.Write("layers = nn.Sequential(\n  nn.Conv1d(1, 1, 2),\n  nn.Conv1d(1, 1, 1, bias=False),\n)\nkernel[0] = [[[1 2]]]\nbias[0] = [3]\nkernel[1] = [[[2]]]\ninput = [[1 0 1]]\n");
        var outcome = CliRunner.Run(spec, "--show", "M,c,y'");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        // y0 = [1·1 + 2·0 + 3, 1·0 + 2·1 + 3] = [4, 5]; y1 = 2·y0.
        Assert.Equal("M_total:\n[\n[2 4 0]\n[0 2 4]\n]\n\nc (y' = M_total x' + c):\nc[0] = 6\nc[1] = 6\n\ny' (y1' = M_total x' + c, of shape 1×2):\ny'[0] = 8\ny'[1] = 10\n", outcome.Stdout);
    }
}
