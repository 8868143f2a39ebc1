using SymConv.Model;

namespace SymConv.Tests.Library;

/// <summary>
/// Every library error about one parameter's value says which parameter and which value, and a
/// mistyped word gets the command's "did you mean"; tensors print themselves.
/// </summary>
public sealed class ValueErrorTests
{
    private const string Seed = "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n";

    [Theory]
    [InlineData("padding = sam\n", "padding", "sam")]
    [InlineData("padding-mode = zero\n", "padding-mode", "zero")]
    [InlineData("strides = 2\n", "strides", "2")]
    [InlineData("stride = x\n", "stride", "x")]
    [InlineData("transposed = maybe\n", "transposed", "maybe")]
    [InlineData("format = jsn\n", "format", "jsn")]
    [InlineData("bias = [p q]\n", "bias", "[p q]")]
    [InlineData("padding = 5\npadding-mode = reflect\n", "padding-mode", "reflect")]
    [InlineData("output-padding = 1\n", "output-padding", "1")]
    [InlineData("stride = 1,1,1\n", "stride", "1,1,1")]
    public void A_spec_value_that_cannot_be_used_is_named_with_its_parameter(string line, string parameter, string value)
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + line, "layer.conv"));
        Assert.Equal((parameter, value), (error.Parameter, error.Value));
    }

    [Fact]
    public void A_tensor_argument_that_cannot_be_read_is_named_with_its_parameter()
    {
        var kernel = Assert.Throws<InputException>(() => ConvLayer.Create("[[[[a b] [c d]]", "[[[1 2 3]]]"));
        Assert.Equal(("kernel", "[[[[a b] [c d]]"), (kernel.Parameter, kernel.Value));
        var input = Assert.Throws<InputException>(() => ConvLayer.Create("[[[[a b] [c d]]]]", "[[[1 2 3] [4 5"));
        Assert.Equal(("input", "[[[1 2 3] [4 5"), (input.Parameter, input.Value));
        var bias = Assert.Throws<InputException>(() => ConvLayer.Create("[[[[a b] [c d]]]]", "[[[1 2 3] [4 5 6] [7 8 9]]]", bias: "[p q]"));
        Assert.Equal(("bias", "[p q]"), (bias.Parameter, bias.Value));
    }

    [Fact]
    public void A_neuron_outside_the_output_is_named_by_the_at_key_and_its_index()
    {
        var layer = ConvLayer.Create("[[[[a b] [c d]]]]", "[[[1 2 3] [4 5 6] [7 8 9]]]");
        var error = Assert.Throws<InputException>(() => layer.Explain(0, 5, 5));
        Assert.Equal(("at", "0,5,5"), (error.Parameter, error.Value));
    }

    [Theory]
    [InlineData("padding-mode = zero\n", "; did you mean zeros?")]
    [InlineData("padding = sam\n", "; did you mean same?")]
    [InlineData("format = tex\n", "; did you mean latex?")]
    [InlineData("format = jsn\n", "; did you mean json?")]
    public void A_mistyped_word_gets_the_word_it_most_likely_meant(string line, string ending)
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + line, "layer.conv"));
        Assert.EndsWith(ending, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_padding_list_that_is_not_a_word_gets_no_suggestion()
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Seed + "padding = 1,x\n", "layer.conv"));
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_tensor_prints_its_entries_in_brackets_as_the_text_format_writes_them()
    {
        var layer = ConvLayer.Create("[[[[a b] [c d]]]]", "[[[1 2 3] [4 5 6] [7 8 9]]]");
        // y[0,i,j] = a·x[i,j] + b·x[i,j+1] + c·x[i+1,j] + d·x[i+1,j+1], written out by hand.
        Assert.Equal(
            "[\n[\n[1a+2b+4c+5d 2a+3b+5c+6d]\n[4a+5b+7c+8d 5a+6b+8c+9d]\n]\n]",
            layer.OutputTensor.ToString());
    }

    [Fact]
    public void A_tensor_too_big_to_print_is_written_as_its_shape()
    {
        var tensor = new Tensor<int>(new Shape([3, 224, 224]), i => (int)i);
        Assert.Equal("tensor 3×224×224, 150,528 entries", tensor.ToString());
        Assert.Equal("[\n[0 1]\n[2 3]\n]", new Tensor<int>(new Shape([2, 2]), [0, 1, 2, 3]).ToString());
    }
}
