using Google.Protobuf;
using SymConv.Onnx.Proto;
using SymConv.Tests.Support;

namespace SymConv.Tests.Onnx;

/// <summary>Attributes a node cannot have, each refused with one message naming the node and the attribute.</summary>
public class AttributeTests
{
    // conv2d.onnx: Conv2d(2, 4, (3, 2), stride=(2, 1), padding=(1, 0), dilation=(1, 2), groups=2) on 2×6×7.
    private static string Edited(string file, Action<NodeProto> edit)
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(OnnxFixtures.Path_(file)));
        edit(model.Graph.Node.First(n => n.OpType is "Conv" or "ConvTranspose"));
        var path = TempFile.Write("", "edited.onnx");
        File.WriteAllBytes(path, model.ToByteArray());
        return path;
    }

    private static void Set(NodeProto node, string name, params long[] values)
    {
        var attribute = node.Attribute.FirstOrDefault(a => a.Name == name);
        if (attribute is null)
        {
            attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
            node.Attribute.Add(attribute);
        }
        attribute.Ints.Clear();
        attribute.Ints.AddRange(values);
    }

    private static void SetString(NodeProto node, string name, string value) =>
        node.Attribute.Add(new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8(value) });

    private static string Fails(string path)
    {
        var outcome = CliRunner.Run(path, "--show", "y'");
        Assert.Equal(2, outcome.ExitCode);
        Assert.DoesNotContain("internal error", outcome.Stderr);
        return outcome.Stderr;
    }

    [Fact]
    public void Pads_beside_auto_pad_same_are_refused_with_both_readings() =>
        Assert.Contains("node '/Conv' (node 0) has both auto_pad SAME_UPPER and pads [1,0,1,0], which ONNX does not allow together",
            Fails(Edited("conv2d.onnx", n => SetString(n, "auto_pad", "SAME_UPPER"))));

    [Fact]
    public void An_auto_pad_onnx_does_not_define_is_refused() =>
        Assert.Contains("attribute auto_pad of node '/Conv' (node 0) is 'SAME': ONNX defines NOTSET, SAME_UPPER, SAME_LOWER and VALID",
            Fails(Edited("conv2d.onnx", n => { Set(n, "pads", 0, 0, 0, 0); SetString(n, "auto_pad", "SAME"); })));

    [Fact]
    public void Pads_need_a_begin_and_an_end_per_axis() =>
        Assert.Contains("attribute pads of node '/Conv' (node 0) is [1,0]: a 2-D convolution needs 4 values",
            Fails(Edited("conv2d.onnx", n => Set(n, "pads", 1, 0))));

    [Fact]
    public void A_stride_of_zero_is_refused() =>
        Assert.Contains("attribute strides of node '/Conv' (node 0) is [0,1]: each value must be at least 1",
            Fails(Edited("conv2d.onnx", n => Set(n, "strides", 0, 1))));

    [Fact]
    public void Negative_pads_are_refused() =>
        Assert.Contains("attribute pads of node '/Conv' (node 0) is [-1,0,1,0]: each value must be at least 0",
            Fails(Edited("conv2d.onnx", n => Set(n, "pads", -1, 0, 1, 0))));

    [Fact]
    public void A_kernel_shape_other_than_the_weight_s_is_refused() =>
        Assert.Contains("attribute kernel_shape of node '/Conv' (node 0) is [3,3], but its weight's spatial sizes are [3,2]",
            Fails(Edited("conv2d.onnx", n => Set(n, "kernel_shape", 3, 3))));

    [Fact]
    public void Output_padding_on_a_conv_is_an_attribute_conv_does_not_have() =>
        Assert.Contains("has the attribute 'output_padding', which Conv does not have",
            Fails(Edited("conv2d.onnx", n => Set(n, "output_padding", 1, 1))));

    [Fact]
    public void An_output_shape_larger_than_no_padding_gives_is_refused() =>
        // ConvTranspose2d (3, 2), stride 2 on 3×2: without padding 7×4.
        Assert.Contains("asks for 8 output positions on spatial axis 0 (output_shape), but without padding it gives only 7",
            Fails(Edited("convtranspose-output-shape.onnx", n => Set(n, "output_shape", 8, 4))));

    [Fact]
    public void A_node_without_a_weight_is_refused() =>
        Assert.Contains("node '/Conv' (node 0) has no weight: Conv takes an input, a weight and an optional bias",
            Fails(Edited("conv2d.onnx", n => { n.Input.RemoveAt(2); n.Input.RemoveAt(1); })));

    [Fact]
    public void A_name_that_is_another_node_s_index_is_refused_with_both_readings()
    {
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(CliRunner.Example("two-convs.onnx")));
        model.Graph.Node.Single(n => n.Name == "/conv2/Conv").Name = "0";
        var path = TempFile.Write("", "named0.onnx");
        File.WriteAllBytes(path, model.ToByteArray());
        var outcome = CliRunner.Run(path, "--node", "0");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'0' is both the name of node 1 and the index of node 0", outcome.Stderr);
        Assert.Equal(0, CliRunner.Run(path, "--node", "1").ExitCode);
    }
}
