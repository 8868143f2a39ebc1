using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Library;

/// <summary>
/// The library's errors in its own words: which parameter, which value, where in the source text,
/// and never a command-line flag; the command adds its --flags to the same errors.
/// </summary>
public sealed class TypedErrorTests
{
    private const string SeedKernel = "[[[[a b] [c d]]] [[[e f] [g h]]]]";
    private const string SeedInput = "[[[1 2 3] [4 5 6] [7 8 9]]]";

    [Fact]
    public void A_typed_argument_is_refused_by_its_parameter_name_and_value()
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.Create(SeedKernel, SeedInput, spec: new LayerSpec { Groups = 0 }));
        Assert.Equal("groups must be at least 1, not 0", error.Message);
        Assert.Equal("groups", error.Parameter);
        Assert.Equal("0", error.Value);
        Assert.Null(error.At);
    }

    [Fact]
    public void Claims_and_section_lists_are_refused_in_the_librarys_words_and_the_command_adds_its_flags()
    {
        var layer = ConvLayer.Create(SeedKernel, SeedInput);
        var noBias = Assert.Throws<InputException>(() => layer.Check("db[0] = 0"));
        Assert.Equal("the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add bias", noBias.Message);
        Assert.Equal("the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add --bias", noBias.MessageWith(name => "--" + name));
        var badShow = Assert.Throws<InputException>(() => SymConv.Export.SectionNames.ReadList("Q", SourcePoint.StartOf("show", "Q")));
        Assert.StartsWith("show cannot be 'Q'", badShow.Message, StringComparison.Ordinal);
        Assert.StartsWith("--show cannot be 'Q'", badShow.MessageWith(name => "--" + name), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stride", "stride must be at least 1, not 0")]
    [InlineData("dilation", "dilation must be at least 1, not 0")]
    public void A_zero_step_is_refused_in_the_librarys_words(string parameter, string message)
    {
        var spec = parameter == "stride" ? new LayerSpec { Stride = [0] } : new LayerSpec { Dilation = [0] };
        var error = Assert.Throws<InputException>(() => ConvLayer.Create(SeedKernel, SeedInput, spec: spec));
        Assert.Equal(message, error.Message);
        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void A_hint_names_parameters_without_flags()
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.Create(SeedKernel, SeedInput, spec: new LayerSpec { OutputPadding = [1] }));
        Assert.Equal("output-padding only applies to a transposed convolution: add transposed, or drop output-padding", error.Message);
    }

    public static TheoryData<string> BadSpecs() =>
    [
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\ngroups = 0\n",
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\npadding = same\nstride = 2\n",
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\noutput-padding = 1\n",
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\npadding = 1\npadding-mode = reflect\ntransposed = true\n",
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nbias = [p q]\n",
        "kernel-shape = 1,1,2,2\nkernel-symbols = w\nkernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n",
        "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nstride = 1,1,1\n",
        "layer = nn.Conv2d(1, 2, 2)\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nstride = 2\n",
    ];

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void No_library_message_tells_its_user_to_pass_a_flag(string spec)
    {
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(spec, "layer.conv"));
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Hint ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("`", error.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_that_do_not_divide_the_channels_point_at_their_line_in_the_spec()
    {
        const string spec = "kernel = [[[[a b] [c d]]] [[[e f] [g h]]] [[[i j] [k l]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]] [[1 2 3] [4 5 6] [7 8 9]]]\ngroups = 3\n";
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(spec, "layer.conv"));
        Assert.Equal("groups 3 does not divide the 2 input channels", error.Message);
        Assert.Equal(("groups", "3"), (error.Parameter, error.Value));
        Assert.Equal(
            "error: groups 3 does not divide the 2 input channels\n" +
            "  --> layer.conv, line 3, column 10\n" +
            "   | groups = 3\n" +
            "   |          ^\n",
            error.Render());

        // The command says the same of the same file, with its flag.
        var path = TempFile.Write(spec);
        var command = CliRunner.Run(path);
        Assert.Equal(2, command.ExitCode);
        Assert.Equal(
            "symconv: error: --groups 3 does not divide the 2 input channels\n" +
            $"  --> {path}, line 3, column 10\n" +
            "   | groups = 3\n" +
            "   |          ^\n",
            command.Stderr);
    }

    [Fact]
    public void A_stride_of_zero_in_a_spec_points_at_its_value()
    {
        const string spec = "kernel = [[[[a b] [c d]]]]\n\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n  stride = 1, 0\n";
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(spec, "layer.conv"));
        Assert.Equal("stride must be at least 1, not 0", error.Message);
        Assert.Equal((4, 12), (error.At!.Line, error.At.Column));
    }

    [Fact]
    public void The_same_option_on_the_command_line_keeps_the_commands_message_without_a_caret()
    {
        var command = CliRunner.Run("--kernel-shape", "1,1,2", "--input-shape", "1,4", "--groups", "0");
        Assert.Equal("symconv: error: --groups must be at least 1, not 0\n", command.Stderr);
    }
}
