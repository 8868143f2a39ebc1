using SymConv.Tests.Support;

namespace SymConv.Tests.Library;

/// <summary>ConvLayer.Explain: one output neuron from code, as symconv neuron shows it.</summary>
public sealed class NeuronExplanationTests
{
    private static ConvLayer Seed() =>
        ConvLayer.Create(kernel: "[[[[a b] [c d]]] [[[e f] [g h]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]");

    [Fact]
    public void The_seeds_neuron_reads_its_window_with_the_kernels_weights()
    {
        // y[0,1,1] = y'[3] = 5a+6b+8c+9d in the seed's answer: the window x[0,1..2,1..2] = 5 6 / 8 9.
        var neuron = Seed().Explain(0, 1, 1);
        Assert.Equal(3, neuron.Row);
        Assert.Equal([0, 1, 1], neuron.Index);
        Assert.Equal("5a+6b+8c+9d", neuron.Value.ToString());
        Assert.Equal([4L, 5, 7, 8], neuron.Reads.Select(r => r.Column));
        Assert.Equal(["a", "b", "c", "d"], neuron.Reads.Select(r => r.Weight.ToString()));
        Assert.Equal(["5", "6", "8", "9"], neuron.Reads.Select(r => r.Input.ToString()));
        Assert.Equal([1, 2], neuron.Reads[1].InputIndex.Skip(1));
    }

    [Fact]
    public void A_flat_index_names_the_same_neuron()
    {
        var layer = Seed();
        Assert.Equal(layer.Explain(0, 1, 1).ToString(), layer.Explain(3).ToString());
        Assert.Equal("5e+6f+8g+9h", layer.Explain(7).Value.ToString());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("latex")]
    [InlineData("json")]
    [InlineData("markdown")]
    public void Each_format_is_what_the_command_writes(string format)
    {
        var command = CliRunner.Run("neuron", "--kernel", "[[[[a b] [c d]]] [[[e f] [g h]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]",
            "--at", "1,0,1", "--format", format);
        Assert.Equal(0, command.ExitCode);
        Assert.Equal(command.Stdout, Seed().Explain(1, 0, 1).Render(format));
    }

    [Fact]
    public void An_index_outside_the_output_is_refused_in_the_librarys_words()
    {
        var error = Assert.Throws<SymConv.Model.InputException>(() => Seed().Explain(0, 2, 0));
        Assert.Equal("at: spatial dimension 1 index 2 is outside the output, whose spatial dimension 1 runs 0..1", error.Message);
        Assert.Throws<ArgumentException>(() => Seed().Explain(0).Render("pdf"));
    }
}
