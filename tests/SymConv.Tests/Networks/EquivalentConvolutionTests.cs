using System.Text.Json;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;

namespace SymConv.Tests.Networks;

/// <summary>
/// The equivalent single layer of a stack, checked by building that layer and comparing its M and
/// its bias with M_total and c, row by row; and the refusals, each for its reason.
/// </summary>
public sealed class EquivalentConvolutionTests
{
    private static NetworkStack Read(string layers, string shape) => StackReader.Read(
    [
        new SpecEntry("layers", layers, SourcePoint.StartOf("--layers", layers)),
        new SpecEntry("input-shape", shape, SourcePoint.StartOf("--input-shape", shape)),
    ]);

    private static void AssertSameMap(NetworkStack stack, ConvolutionForm form)
    {
        var placeholder = new Tensor<Polynomial>(stack.Input.Shape, _ => Polynomial.Zero);
        var single = new ConvolutionMatrix(new Layer(form.Kernel, placeholder, form.Bias, form.Spec, stack.Symbols));
        var total = stack.Total!;
        Assert.Equal(total.Rows, single.Rows);
        Assert.Equal(total.Columns, single.Columns);
        for (long r = 0; r < total.Rows; r++)
        {
            Assert.Equal(total.Row(r), single.Row(r));
            Assert.Equal(total.Offset(r), single.Offset(r));
        }
    }

    [Theory]
    [InlineData("[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3)]", "1,7,7", "nn.Conv2d(1, 1, 5)")]
    [InlineData("[nn.Conv2d(2, 3, 3, padding=1, bias=False), nn.Conv2d(3, 2, 3, bias=False)]", "2,6,6", "nn.Conv2d(2, 2, 5, padding=1, bias=False)")]
    [InlineData("[nn.Conv2d(1, 2, 2, stride=2), nn.Conv2d(2, 1, 3)]", "1,9,9", "nn.Conv2d(1, 1, 6, stride=2)")]
    [InlineData("[nn.Conv1d(1, 1, 3, dilation=2), nn.Conv1d(1, 1, 2, stride=3)]", "1,12", "nn.Conv1d(1, 1, 6, stride=3)")]
    [InlineData("[nn.Conv1d(1, 1, 1, stride=2), nn.Conv1d(1, 1, 3)]", "1,11", "nn.Conv1d(1, 1, 3, stride=2, dilation=2)")]
    [InlineData("[nn.Conv2d(2, 2, 3, groups=2, padding=1, padding_mode='reflect'), nn.Conv2d(2, 2, 2, groups=2)]", "2,5,5", "nn.Conv2d(2, 2, 4, padding=1, groups=2, padding_mode='reflect')")]
    [InlineData("[nn.Conv2d(3, 3, 3, groups=3, bias=False), nn.Conv2d(3, 4, 1)]", "3,5,5", "nn.Conv2d(3, 4, 3)")]
    [InlineData("[nn.Conv1d(1, 2, 2), nn.Conv1d(2, 2, 2, stride=2), nn.Conv1d(2, 1, 1)]", "1,9", "nn.Conv1d(1, 1, 3, stride=2)")]
    [InlineData("[nn.Conv2d(1, 2, 3), nn.AvgPool2d(2)]", "1,8,8", "nn.Conv2d(1, 2, 4, stride=2)")]
    [InlineData("[nn.AvgPool2d(2), nn.Conv2d(1, 1, 3, bias=False)]", "1,8,8", "nn.Conv2d(1, 1, 6, stride=2, bias=False)")]
    [InlineData("[nn.Conv1d(2, 2, 3, padding=1, bias=False), nn.AvgPool1d(3, stride=3)]", "2,9", "nn.Conv1d(2, 2, 5, stride=3, padding=1, bias=False)")]
    public void The_equivalent_layer_has_the_stacks_matrix_and_bias(string layers, string shape, string constructor)
    {
        var stack = Read(layers, shape);
        var form = EquivalentConvolution.Of(stack, out var why);
        Assert.True(form is not null, why);
        Assert.Equal(constructor, ConvolutionFormText.Constructor(form));
        AssertSameMap(stack, form);
    }

    [Theory]
    [InlineData("[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3, padding=1)]", "1,6,6", "layer 1 (nn.Conv2d(1, 1, 3, padding=1)) pads its input, the output of layer 0, with zeros")]
    [InlineData("[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3, padding=1, padding_mode='reflect')]", "1,6,6", "with padding_mode='reflect'")]
    [InlineData("[nn.Conv2d(1, 1, 3), nn.AvgPool2d(2, padding=1)]", "1,6,6", "layer 1 (nn.AvgPool2d(2, padding=1)) pads its input, the output of layer 0, with zeros")]
    [InlineData("[nn.Conv1d(1, 1, 2), nn.AvgPool1d(2, ceil_mode=True)]", "1,6", "ceil_mode")]
    [InlineData("[nn.Conv1d(1, 1, 2), nn.ReLU()]", "1,6", "layer 1 (nn.ReLU()) is not linear")]
    [InlineData("[nn.Conv1d(1, 1, 2), nn.Flatten()]", "1,6", "layer 1 (nn.Flatten()) is not a convolution")]
    [InlineData("[nn.ConvTranspose1d(1, 1, 2, stride=2), nn.Conv1d(1, 1, 2)]", "1,4", "layer 0 (nn.ConvTranspose1d(1, 1, 2, stride=2)) is not one convolution: nn.ConvTranspose1d(1, 1, 2, stride=2) is a transposed convolution")]
    public void No_equivalent_layer_is_claimed_where_the_border_or_the_layer_breaks_it(string layers, string shape, string reason)
    {
        var stack = Read(layers, shape);
        Assert.Null(EquivalentConvolution.Of(stack, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    public static TheoryData<int> FixtureStacks()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 46; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureStacks))]
    public void Every_equivalent_layer_of_the_torch_fixture_stacks_has_their_matrix(int index)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "stacks.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var fixture = document.RootElement.GetProperty("stacks")[index];
        var stack = StackReader.Read(SpecGrammar.Read("stack.conv", StackFixtureTests.Spec(fixture)));
        if (EquivalentConvolution.Of(stack, out var why) is { } form)
            AssertSameMap(stack, form);
        else
            Assert.Matches("pads its input|transposed", why);
    }
}
