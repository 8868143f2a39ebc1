using SymConv.Model;

namespace SymConv.Tests.Library;

/// <summary>
/// A spec that says one thing twice is refused by the library's front door itself, with the line,
/// column and caret the command shows, in the library's words (no --flags).
/// </summary>
public sealed class SpecConflictTests
{
    private const string Kernel = "kernel = [[[[a b] [c d]]]]\n";
    private const string Input = "input = [[[1 2 3] [4 5 6] [7 8 9]]]\n";

    private static InputException Refused(string spec) => Assert.Throws<InputException>(() => ConvLayer.FromSpec(spec, "layer.conv"));

    [Fact]
    public void A_kernel_beside_a_kernel_shape_is_refused_at_the_later_key()
    {
        var error = Refused(Kernel + Input + "stride = 1\n  kernel-shape = 1,1,3,3\n");
        Assert.Equal("'kernel' and 'kernel-shape' both give the kernel: give one", error.Message);
        Assert.Equal((4, 3), (error.At!.Line, error.At.Column));
        Assert.Equal(
            "error: 'kernel' and 'kernel-shape' both give the kernel: give one\n" +
            "  --> layer.conv, line 4, column 3\n" +
            "   |   kernel-shape = 1,1,3,3\n" +
            "   |   ^\n" +
            "  hint: kernel gives the entries, kernel-shape a tensor of fresh symbols of that shape\n",
            error.Render());
        Assert.Equal("kernel-shape", error.Parameter);
    }

    [Fact]
    public void An_input_shape_before_an_input_is_refused_naming_both_in_order()
    {
        var error = Refused(Kernel + "input-shape = 1,3,3\n" + Input);
        Assert.Equal("'input-shape' and 'input' both give the input: give one", error.Message);
        Assert.Equal((3, 1), (error.At!.Line, error.At.Column));
        Assert.Equal("input gives the entries, input-shape a tensor of fresh symbols of that shape", error.Hint);
    }

    [Fact]
    public void A_key_given_twice_is_refused_at_its_second_line()
    {
        var error = Refused(Kernel + Input + "stride = 1\n\nstride = 2\n");
        Assert.Equal(
            "error: 'stride' is given twice (first on line 3): give it once\n" +
            "  --> layer.conv, line 5, column 1\n" +
            "   | stride = 2\n" +
            "   | ^\n" +
            "  hint: a spec gives each key once: keep the line you mean\n",
            error.Render());
        Assert.Equal(("stride", "2"), (error.Parameter, error.Value));
    }

    [Fact]
    public void A_repeated_key_that_only_says_how_to_show_the_layer_is_refused_too()
    {
        var error = Refused(Kernel + Input + "format = latex\nformat = json\n");
        Assert.Equal("'format' is given twice (first on line 3): give it once", error.Message);
        Assert.Equal((4, 1), (error.At!.Line, error.At.Column));
    }

    [Fact]
    public void The_same_value_given_twice_is_still_refused()
    {
        // Even when both lines agree, one of them is a slip the writer should see.
        var error = Refused(Kernel + Input + Kernel);
        Assert.Equal("'kernel' is given twice (first on line 1): give it once", error.Message);
    }

    [Fact]
    public void Conflicts_are_found_before_the_layer_is_read()
    {
        // Both kernels are wrong for the input; the spec's contradiction is what is reported.
        var error = Refused("kernel = [[[[a b c d]]]]\nkernel-shape = 1,1,9,9\n" + Input);
        Assert.StartsWith("'kernel' and 'kernel-shape' both give the kernel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_conflict_message_speaks_of_flags()
    {
        foreach (var spec in new[] { Kernel + Kernel + Input, Kernel + "kernel-shape = 1,1,2,2\n" + Input })
        {
            var error = Refused(spec);
            Assert.DoesNotContain("--", error.Message + error.Hint, StringComparison.Ordinal);
            Assert.DoesNotContain("`", error.Render(), StringComparison.Ordinal);
        }
    }
}
