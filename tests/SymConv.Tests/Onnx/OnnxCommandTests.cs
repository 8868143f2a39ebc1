using SymConv.Tests.Support;

namespace SymConv.Tests.Onnx;

/// <summary>symconv MODEL.onnx and symconv layers MODEL.onnx from the command line, and every way a model is refused.</summary>
public class OnnxCommandTests
{
    private static string Model(string file) => OnnxFixtures.Path_(file);

    private static readonly string TwoConvs = CliRunner.Example("two-convs.onnx");

    private static string Fails(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        return outcome.Stderr;
    }

    private static string Succeeds(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return outcome.Stdout;
    }

    [Fact]
    public void Layers_lists_the_example_s_convolutions() =>
        // The listing names the model as given; the golden file as the README's example gives it.
        Golden.Assert("two-convs.layers.txt", Succeeds("layers", TwoConvs).Replace(TwoConvs, "examples/two-convs.onnx"));

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void The_example_s_first_node_matches_its_golden_file(string format) =>
        Golden.Assert("two-convs.node0." + (format == "text" ? "txt" : format), Succeeds(TwoConvs, "--node", "0", "--format", format));

    [Fact]
    public void A_node_is_found_by_name_as_by_index() =>
        Assert.Equal(Succeeds(TwoConvs, "--node", "1", "--input-shape", "2,5,5"), Succeeds(TwoConvs, "--node", "/conv2/Conv", "--input-shape", "2,5,5"));

    [Fact]
    public void The_only_convolution_needs_no_node() =>
        Assert.Equal(Succeeds(Model("conv1d.onnx"), "--node", "0"), Succeeds(Model("conv1d.onnx")));

    [Fact]
    public void Exact_weights_are_fractions_with_a_power_of_two_below()
    {
        var shown = Succeeds(Model("inexact.onnx"), "--weights", "exact", "--show", "K");
        Assert.Contains("[13421773/134217728 -5033165/16777216 2748779/274877906944]", shown);
        Assert.Contains("[1/10 -3/10 1/100000]", Succeeds(Model("inexact.onnx"), "--numbers", "fraction", "--show", "K"));
    }

    [Fact]
    public void A_float32_weight_shows_as_the_decimal_it_was_written_as()
    {
        // inexact.onnx holds the float32s 0.1f, -0.3f and 1e-5f (tests/pytorch/make_onnx_fixtures.py).
        Assert.Contains("[0.1 -0.3 0.00001]", Succeeds(Model("inexact.onnx"), "--show", "K"));
        Assert.Contains("[0.1 -0.3 0.00001]", Succeeds(Model("inexact.onnx"), "--weights", "shortest", "--show", "K"));
        Assert.Contains("  0.1 & -0.3 & 0.00001\n", Succeeds(Model("inexact.onnx"), "--show", "K", "--format", "latex"));
        var json = Succeeds(Model("inexact.onnx"), "--format", "json");
        Assert.Contains("{\"text\": \"0.1\", \"terms\": [{\"coef\": \"1/10\"", json);
    }

    [Fact]
    public void Check_and_neuron_show_a_model_s_weights_as_decimals_too()
    {
        Assert.Contains("M[0,0] = 0.1 ", Succeeds("neuron", Model("inexact.onnx"), "--at", "0,0"));
        Assert.Contains("M[0,0] = 1/10 ", Succeeds("neuron", Model("inexact.onnx"), "--at", "0,0", "--numbers", "fraction"));
        var check = CliRunner.Run("check", Model("inexact.onnx"), "--claim", "K = [[[1/10 -3/10 1/10]]]");
        Assert.Contains("K[0,0,2]: true 0.00001, claimed 0.1, true - claimed -0.09999", check.Stdout);
    }

    [Fact]
    public void Exact_weights_as_decimals_show_every_digit_of_the_binary_value() =>
        // 13421773/2^27, -5033165/2^24 and 2748779/2^38: binary fractions terminate in as many places as the power of two.
        Assert.Contains("[0.100000001490116119384765625 -0.300000011920928955078125 0.00000999999974737875163555145263671875]",
            Succeeds(Model("inexact.onnx"), "--weights", "exact", "--numbers", "decimal", "--show", "K"));

    [Fact]
    public void Symbolic_weights_keep_the_shapes_and_attributes()
    {
        var shown = Succeeds(TwoConvs, "--node", "0", "--symbolic-weights", "--show", "K,b");
        Assert.StartsWith("Conv2d (padding 1,1, bias): K 2×1×3×3 on x 1×5×5 gives y 2×5×5", shown);
        // Fresh weights skip x and b, the words of the input and bias symbols.
        Assert.Contains("[a c d]", shown);
        Assert.Contains("[b_0 b_1]", shown);
    }

    [Fact]
    public void Symbolic_weights_never_share_a_name_with_a_written_input()
    {
        // conv1d.onnx's weight has 18 entries, few enough for letters, but the input takes a..r.
        var shown = Succeeds(Model("conv1d.onnx"), "--symbolic-weights", "--input", "[[a b c d e f g h i] [j k l m n o p q r]]", "--show", "K,b");
        Assert.Contains("[w_{0,0,0} w_{0,0,1} w_{0,0,2}]", shown);
        Assert.Contains("[b_0 b_1 b_2]", shown);
        Assert.Contains("[k_{0,0,0} k_{0,0,1} k_{0,0,2}]", Succeeds(Model("conv1d.onnx"), "--symbolic-weights", "--kernel-symbols", "k", "--show", "K"));
    }

    [Fact]
    public void The_model_s_layer_can_be_checked_and_its_neurons_explained()
    {
        var neuron = Succeeds("neuron", TwoConvs, "--node", "0", "--at", "0,0,0", "--input", "[[[1 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0] [0 0 0 0 0]]]");
        Assert.Contains("y'[0] = m_0 · x'", neuron);
        // Weight (0,0,1,1) of conv1 is 0 in the fixture and its centre reads x[0,0,0] for output (0,0,0); bias 0.
        var check = CliRunner.Run("check", TwoConvs, "--node", "0", "--input-shape", "1,5,5", "--claim", "b = [0 -1/8]");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var bytes = File.ReadAllBytes(Model("conv2d.onnx"));
        var path = TempFile.Write("", "cut.onnx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Contains("is not an ONNX model", Fails(path));
    }

    // Cut anywhere, a model must never crash the command: every prefix is one message and exit 2.
    [Fact]
    public void A_model_cut_at_any_byte_is_refused_with_a_message()
    {
        var bytes = File.ReadAllBytes(Model("conv1d.onnx"));
        var path = TempFile.Write("", "cut.onnx");
        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Fails(path);
            Fails("layers", path);
        }
    }

    // A damaged model (bytes changed anywhere) is read, or refused with a message; never a crash.
    [Theory]
    [InlineData("two-convs.onnx")]
    [InlineData("convtranspose2d.onnx")]
    [InlineData("float16.onnx")]
    public void A_model_with_damaged_bytes_is_shown_or_refused_never_crashes(string file)
    {
        var original = File.ReadAllBytes(file == "two-convs.onnx" ? TwoConvs : Model(file));
        var path = TempFile.Write("", "damaged.onnx");
        var random = new Random(20261201);
        for (var run = 0; run < 300; run++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            File.WriteAllBytes(path, bytes);
            foreach (var args in new[] { new[] { "layers", path }, new[] { path, "--node", "0", "--show", "y'" }, new[] { path, "--node", "0", "--symbolic-weights", "--show", "M" } })
            {
                var outcome = CliRunner.Run(args);
                Assert.True(outcome.ExitCode is 0 or 2, $"run {run}: exit {outcome.ExitCode}");
                Assert.DoesNotContain("internal error", outcome.Stderr);
                Assert.DoesNotContain("   at ", outcome.Stderr);
            }
        }
    }

    [Fact]
    public void A_text_file_is_not_an_onnx_model() =>
        Assert.Contains("is not an ONNX model", Fails(TempFile.Write("kernel = [[[[a b] [c d]]]]\n", "layer.onnx")));

    [Fact]
    public void A_node_that_is_not_a_convolution_is_named_as_what_it_is() =>
        Assert.Equal(
            "symconv: error: node '/relu/Relu' of " + TwoConvs + " is a Relu, not a convolution; its convolutions are: 0 /conv1/Conv, 1 /conv2/Conv\n" +
            "  --> --node, line 1, column 1\n   | /relu/Relu\n   | ^\n" +
            "  hint: give a node's name or its index; symconv layers " + TwoConvs + " lists them\n",
            Fails(TwoConvs, "--node", "/relu/Relu"));

    [Fact]
    public void A_missing_node_lists_the_names() =>
        Assert.Contains("has no convolution 'conv3'; its convolutions are: 0 /conv1/Conv, 1 /conv2/Conv", Fails(TwoConvs, "--node", "conv3"));

    [Fact]
    public void An_index_past_the_last_node_lists_the_names() =>
        Assert.Contains("has no convolution '2'; its convolutions are: 0 /conv1/Conv, 1 /conv2/Conv", Fails(TwoConvs, "--node", "2"));

    [Fact]
    public void An_attribute_conv_does_not_have_is_refused() =>
        Assert.Contains("has the attribute 'fancy_mode', which Conv does not have; Conv has auto_pad, dilations, group, kernel_shape, pads, strides",
            Fails(Model("unknown-attribute.onnx")));

    [Fact]
    public void Integer_weights_are_refused_naming_their_type()
    {
        Assert.Contains("holds INT32 numbers; SymConv reads FLOAT, DOUBLE and FLOAT16 weights", Fails(Model("int-weights.onnx")));
        // Their shapes are still known: with symbols in place of the weights the layer shows.
        Succeeds(Model("int-weights.onnx"), "--symbolic-weights");
    }

    [Fact]
    public void Two_convolutions_need_a_node() =>
        Assert.Contains("has 2 convolutions: say which with --node NAME or --node INDEX", Fails(TwoConvs));

    [Fact]
    public void An_input_shape_torch_did_not_annotate_is_carried_forward_through_the_graph()
    {
        // torch declares only the graph's input 1×1×5×5; conv1 (padding 1) keeps 5×5 with 2 channels, ReLU keeps the shape.
        Assert.Contains("gives y 1×2×2", Succeeds(TwoConvs, "--node", "1"));
        Assert.Equal(Succeeds(TwoConvs, "--node", "1", "--input-shape", "2,5,5"), Succeeds(TwoConvs, "--node", "1"));
    }

    [Fact]
    public void An_input_that_cannot_be_carried_forward_must_be_given()
    {
        // The ReLU made an operator whose output shape SymConv does not work out.
        var model = SymConv.Onnx.Proto.ModelProto.Parser.ParseFrom(File.ReadAllBytes(TwoConvs));
        model.Graph.Node.Single(n => n.OpType == "Relu").OpType = "Sqrt";
        var path = TempFile.Write("", "sqrt.onnx");
        File.WriteAllBytes(path, Google.Protobuf.MessageExtensions.ToByteArray(model));
        Assert.Contains("1  /conv2/Conv  Conv  input unknown", Succeeds("layers", path));
        Assert.Equal(
            "symconv: error: the model does not declare the shape of '/relu/Relu_output_0', the input of node '/conv2/Conv' (node 1), nor can it be carried forward from the graph's inputs\n" +
            "  hint: give the input of one sample (channels first, no batch) with --input-shape C,H,W or --input TENSOR\n",
            Fails(path, "--node", "1"));
        Assert.Contains("gives y 1×2×2", Succeeds(path, "--node", "1", "--input-shape", "2,5,5"));
    }

    [Theory]
    [InlineData("--stride", "2")]
    [InlineData("--padding", "1")]
    [InlineData("--kernel-shape", "1,1,3")]
    [InlineData("--transposed", null)]
    public void Layer_options_the_model_fixes_are_refused(string option, string? value)
    {
        string[] args = value is null ? [Model("conv1d.onnx"), option] : [Model("conv1d.onnx"), option, value];
        Assert.Contains($"{option} cannot be given with the model", Fails(args));
    }

    [Fact]
    public void Model_options_without_a_model_are_refused() =>
        Assert.Contains("--node applies to an ONNX model", Fails(CliRunner.Example("seed.conv"), "--node", "0"));

    [Fact]
    public void Padding_torch_exports_as_a_pad_node_is_noted_as_outside_the_layer()
    {
        var model = Model("reflect-pad-node.onnx");
        Assert.Contains("input unknown (from a Pad node)", Succeeds("layers", model));
        var outcome = CliRunner.Run(model, "--input-shape", "1,7", "--show", "K");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("symconv: note: node '/Conv' (node 0) reads the output of a Pad node (torch exports reflect, replicate and circular padding so): " +
            "that padding is not part of this layer, whose input is the padded tensor\n", outcome.Stderr);
        Assert.Equal("", CliRunner.Run(Model("conv1d.onnx"), "--show", "K").Stderr);
    }

    [Fact]
    public void Model_options_in_a_spec_file_are_refused() =>
        Assert.Contains("'node' applies to an ONNX model, not to a spec file",
            Fails(TempFile.Write("kernel = [[[1 2]]]\ninput = [[1 2 3]]\nnode = 0\n")));

    [Fact]
    public void Symbolic_and_exact_weights_together_are_refused() =>
        Assert.Contains("--symbolic-weights and --weights exact both say what the weights are", Fails(Model("conv1d.onnx"), "--symbolic-weights", "--weights", "exact"));

    [Fact]
    public void Layers_needs_a_model_and_takes_no_layer_option()
    {
        Assert.Contains("symconv layers needs an ONNX model file", Fails("layers"));
        Assert.Contains("--node does not apply to symconv layers", Fails("layers", TwoConvs, "--node", "0"));
    }

    [Fact]
    public void A_missing_model_file_is_one_message() =>
        Assert.Equal("symconv: error: cannot read the model no/such.onnx: no such file\n", Fails("no/such.onnx"));
}
