using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;

namespace SymConv.Tests.Networks;

/// <summary>
/// A stack with a layer that is not linear: M_total stops before it and says so, and the neuron's
/// value is written through it, relu(…) inside the next layer's sum. The nonlinear layer here is a
/// plain elementwise relu written for the test.
/// </summary>
public sealed class NonlinearStackTests
{
    private sealed class Relu : INonlinearLayer
    {
        public string Written => "ReLU()";
        public string Function => "relu";
        public Shape OutputShape(Shape input) => input;
        public ILinearMap? Map(Shape input) => null;
        public IReadOnlyList<long> Reads(Shape input, long output) => [output];
    }

    private static SpecEntry Entry(string key, string value) => new(key, value, SourcePoint.StartOf(key, value));

    // Conv1d(1, 1, 2, bias=False) with kernel [1 -1], a relu, then Conv1d(1, 1, 2, bias=False) with kernel [2 3], on x_{0,0..3}.
    private static StackReport Report()
    {
        var first = StackReader.Read(
        [
            Entry("layers", "[nn.Conv1d(1, 1, 2, bias=False), nn.Conv1d(1, 1, 2, bias=False)]"),
            Entry("kernel[0]", "[[[1 -1]]]"),
            Entry("kernel[1]", "[[[2 3]]]"),
            Entry("input-shape", "1,4"),
        ]);
        var conv0 = first.Layers[0];
        var relu = new Relu();
        var conv1 = first.Layers[1].Layer;
        var layers = new List<StackLayer>
        {
            conv0,
            new(1, relu, conv0.Output, conv0.Output, null),
            new(2, conv1, conv0.Output, conv1.OutputShape(conv0.Output), conv1.Map(conv0.Output)),
        };
        return new StackReport(new NetworkStack(layers, first.Input, first.Symbols, []), new StackSections());
    }

    [Fact]
    public void M_total_stops_before_the_nonlinear_layer_and_the_text_says_so()
    {
        var report = Report();
        Assert.Equal(1, report.Stack.LinearCount);
        Assert.Equal(3, report.Stack.Total!.Rows);
        var text = new StringWriter();
        new StackTextWriter().Write(report, text);
        Assert.Contains("M_total stops before layer 1 (ReLU()), which is not linear: it is the map of layers 0 to 0\n", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("No single convolution is equivalent: layer 1 (ReLU()) is not linear, so the stack is no linear map at all\n", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("y' (y0' = M_total x' + c, of shape 1×3):\ny'[0] = x_{0,0}-x_{0,1}\n", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_neuron_is_written_through_the_relu_inside_the_next_sum()
    {
        var neuron = StackNeuron.At(Report(), [0, 1], null);
        Assert.Equal("2·relu(x_{0,1}-x_{0,2}) + 3·relu(x_{0,2}-x_{0,3})", neuron.Value());
        Assert.Null(neuron.Polynomial());
        Assert.Equal([1L, 2L, 3L], neuron.Reads);
    }
}
