using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Onnx;

namespace SymConv.Tests.Onnx;

/// <summary>
/// Every convolution of every fixture model, read by SymConv, gives on torch's input exactly the
/// output torch gave: M and y' of the ONNX node are the exported layer's, padding rules included
/// (SAME_UPPER, SAME_LOWER, VALID, asymmetric pads, ConvTranspose's output_shape).
/// </summary>
public class OnnxForwardTests
{
    public static TheoryData<string, int> Nodes()
    {
        var data = new TheoryData<string, int>();
        foreach (var model in OnnxFixtures.All)
            foreach (var node in model.GetProperty("nodes").EnumerateArray())
                data.Add(model.GetProperty("file").GetString()!, node.GetProperty("index").GetInt32());
        return data;
    }

    [Fact]
    public void The_fixtures_cover_each_padding_rule_and_storage()
    {
        var files = OnnxFixtures.All.Select(m => m.GetProperty("file").GetString()).ToHashSet();
        foreach (var wanted in new[] { "conv1d.onnx", "conv2d.onnx", "conv3d.onnx", "convtranspose1d.onnx", "convtranspose2d.onnx",
                     "convtranspose3d.onnx", "two-convs.onnx", "same-upper.onnx", "same-lower.onnx", "valid.onnx", "asymmetric-pads.onnx",
                     "convtranspose-asymmetric.onnx", "convtranspose-output-shape.onnx", "convtranspose-same-lower.onnx",
                     "float16.onnx", "float64.onnx", "float-data.onnx" })
            Assert.Contains(wanted, files);
        Assert.True(Nodes().Count >= 20);
    }

    [Theory]
    [MemberData(nameof(Nodes))]
    public void The_node_gives_the_output_torch_gave(string file, int index)
    {
        var fixture = OnnxFixtures.Node(file, index);
        var node = OnnxModel.Load(OnnxFixtures.Path_(file)).Convolutions[index];
        Assert.Equal(fixture.GetProperty("name").GetString(), node.Name);

        // The weights are dyadic, so both readings agree; each is held to torch's numbers.
        foreach (var reading in new[] { WeightValues.Exact, WeightValues.Shortest })
        {
            var matrix = new ConvolutionMatrix(node.ToLayer(reading, _ => OnnxFixtures.Input(fixture)));
            Assert.Equal(OnnxFixtures.Ints(fixture.GetProperty("output_shape")), matrix.Geometry.OutputShape.Dims);
            var expected = OnnxFixtures.Fractions(fixture.GetProperty("output"));
            Assert.Equal(expected.Length, matrix.Rows);
            for (var r = 0; r < expected.Length; r++)
            {
                var got = matrix.Output(r);
                Assert.True(got == Polynomial.Constant(expected[r]),
                    $"{file} node {index} ({reading}): y'[{r}] is {PolynomialText.Format(got, matrix.Layer.Symbols)}, torch says {expected[r]}");
            }
        }
    }

    [Fact]
    public void A_node_whose_model_declares_its_input_needs_no_input_given()
    {
        var node = OnnxModel.Load(OnnxFixtures.Path_("conv2d.onnx")).Convolutions[0];
        var matrix = new ConvolutionMatrix(node.ToLayer(WeightValues.Symbolic));
        // Declared 1×2×6×7: the batch of 1 is dropped.
        Assert.Equal([2, 6, 7], matrix.Geometry.InputShape.Dims);
        Assert.Equal(OnnxFixtures.Ints(OnnxFixtures.Node("conv2d.onnx", 0).GetProperty("output_shape")), matrix.Geometry.OutputShape.Dims);
    }

    // Carried forward from the graph's input alone, the output shape is the one torch's export declares.
    [Theory]
    [InlineData("conv1d.onnx")]
    [InlineData("conv2d.onnx")]
    [InlineData("conv3d.onnx")]
    [InlineData("convtranspose1d.onnx")]
    [InlineData("convtranspose2d.onnx")]
    [InlineData("convtranspose3d.onnx")]
    [InlineData("two-convs.onnx")]
    public void Shapes_carried_forward_match_the_shapes_torch_declares(string file)
    {
        var model = SymConv.Onnx.Proto.ModelProto.Parser.ParseFrom(File.ReadAllBytes(OnnxFixtures.Path_(file)));
        var graph = new GraphIndex(model.Graph);
        var inputs = model.Graph.Input.Select(i => i.Name).ToHashSet();
        var inferred = ShapeInference.Run(model.Graph, name => inputs.Contains(name) ? graph.DeclaredDims(name) : null, graph.Stored);
        var output = model.Graph.Output.Single().Name;
        Assert.Equal(graph.DeclaredDims(output), inferred[output]);
    }
}
