using SymConv.Algebra;
using SymConv.Networks;
using SymConv.Parsing;
using SymConv.Tests.Reference;

namespace SymConv.Tests.Networks;

/// <summary>
/// Stacks with symbolic weights, biases and inputs against the plain reference convolution of the
/// tests applied layer after layer: y' of the stack entry by entry, and M_total column by column
/// (the reference applied to each unit input, biases zero) with c (the reference on a zero input).
/// The layers' hyper-parameters are written out here by hand, apart from the constructors.
/// </summary>
public sealed class StackReferenceTests
{
    private static ReferenceSpec Conv(int stride = 1, int padding = 0, int dilation = 1, int groups = 1, string mode = "zeros", int rank = 2) =>
        new([.. Enumerable.Repeat(stride, rank)], null, [.. Enumerable.Repeat(padding, rank)], mode, [.. Enumerable.Repeat(dilation, rank)], groups, false,
            [.. Enumerable.Repeat(0, rank)], false);

    public static TheoryData<string, string, ReferenceSpec[]> Cases() => new()
    {
        { "[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3)]", "1,5,5", [Conv(), Conv()] },
        { "[nn.Conv2d(2, 3, 2, stride=2, padding=1), nn.Conv2d(3, 2, 2, dilation=2, bias=False)]", "2,5,5", [Conv(stride: 2, padding: 1), Conv(dilation: 2)] },
        { "[Conv1d(2, 2, 3, groups=2, padding=1, padding_mode='circular'), Conv1d(2, 1, 2, padding=1)]", "2,6", [Conv(padding: 1, groups: 2, mode: "circular", rank: 1), Conv(padding: 1, rank: 1)] },
        { "[nn.Conv1d(1, 2, 2), nn.Conv1d(2, 2, 1, groups=2), nn.Conv1d(2, 1, 3, padding=1, padding_mode='reflect')]", "1,6", [Conv(rank: 1), Conv(groups: 2, rank: 1), Conv(padding: 1, mode: "reflect", rank: 1)] },
    };

    internal static NetworkStack Read(string layers, string shape) => StackReader.Read(
    [
        new SpecEntry("layers", layers, SymConv.Model.SourcePoint.StartOf("--layers", layers)),
        new SpecEntry("input-shape", shape, SymConv.Model.SourcePoint.StartOf("--input-shape", shape)),
    ]);

    internal static Grid<Polynomial> Reference(NetworkStack stack, ReferenceSpec[] specs, Polynomial[] input, bool biases)
    {
        var a = PolynomialArithmetic.Instance;
        var current = new Grid<Polynomial>([.. stack.Input.Shape.Dims], input);
        for (var i = 0; i < specs.Length; i++)
        {
            var layer = (ConvolutionLayer)stack.Layers[i].Layer;
            var kernel = new Grid<Polynomial>([.. layer.Kernel.Shape.Dims], [.. layer.Kernel.Values]);
            current = ReferenceConvolution.Apply(a, specs[i], kernel, current, biases ? layer.Bias?.Values.ToArray() : null);
        }
        return current;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Y_prime_of_a_symbolic_stack_is_the_reference_applied_layer_by_layer(string layers, string shape, ReferenceSpec[] specs)
    {
        var stack = Read(layers, shape);
        var expected = Reference(stack, specs, [.. stack.Input.Values], biases: true);
        var activations = new StackActivations(stack);
        var actual = Enumerable.Range(0, expected.Values.Length).Select(i => activations.Entry(stack.Layers.Count - 1, i)).ToArray();
        Assert.Equal(expected.Values, actual);
        Assert.Equal(expected.Shape, stack.Layers[^1].Output.Dims);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void M_total_of_a_symbolic_stack_is_the_reference_on_unit_inputs(string layers, string shape, ReferenceSpec[] specs)
    {
        var stack = Read(layers, shape);
        var total = stack.Total!;
        var columns = (int)total.Columns;
        var zero = Enumerable.Repeat(Polynomial.Zero, columns).ToArray();
        var offset = Reference(stack, specs, zero, biases: true).Values;
        for (var c = 0; c < columns; c++)
        {
            var unit = (Polynomial[])zero.Clone();
            unit[c] = Polynomial.One;
            var column = Reference(stack, specs, unit, biases: false).Values;
            for (var r = 0; r < column.Length; r++)
            {
                var entry = total.Row(r).Where(e => e.Column == c).Select(e => e.Value).SingleOrDefault() ?? Polynomial.Zero;
                Assert.Equal(column[r], entry);
            }
        }
        Assert.Equal(offset, Enumerable.Range(0, offset.Length).Select(r => total.Offset(r)).ToArray());
    }

    [Fact]
    public void Symbols_rank_as_a_single_layers_do_then_layer_by_layer()
    {
        // w0 (the first layer's kernel), the input, b0, then w1 and b1: a one-layer stack reads as the layer does.
        var stack = Read("[nn.Conv1d(1, 1, 2), nn.Conv1d(1, 1, 1)]", "1,2");
        var names = Enumerable.Range(0, stack.Symbols.Count).Select(stack.Symbols.NameOf).ToArray();
        Assert.Equal(["w0_{0,0,0}", "w0_{0,0,1}", "x_{0,0}", "x_{0,1}", "b0_0", "w1_{0,0,0}", "b1_0"], names);
        var y = new StackActivations(stack).Entry(1, 0);
        Assert.Equal("w0_{0,0,0}*x_{0,0}*w1_{0,0,0}+w0_{0,0,1}*x_{0,1}*w1_{0,0,0}+b0_0*w1_{0,0,0}+b1_0", PolynomialText.Format(y, stack.Symbols));
    }
}
