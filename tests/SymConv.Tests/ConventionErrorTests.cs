using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>Every impossible combination of the other frameworks' conventions gets one message naming the option.</summary>
public class ConventionErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        {
            ["--kernel-shape", "1,1,2,3", "--input-shape", "1,4,4", "--padding", "causal", "--dilation", "1,2"],
            "--padding causal is for 1-D layers (Keras allows it for Conv1D only), but this layer has 2 spatial dimensions; give the sides instead: --padding 1:0,4:0 pads dilation·(kernel−1) before and none after in every dimension"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,2", "--padding", "3", "--padding-mode", "symmetric"],
            "--padding-mode symmetric needs padding no larger than the input (as TensorFlow's SYMMETRIC), but spatial dimension 1 has padding 3 on an input of size 2"
        },
        { ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--padding", "1:-1"], "--padding must not be negative, not -1" },
        { ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--padding", "1:0,2:0"], "--padding has 2 values, but the layer has 1 spatial dimension: give one value for all or one per dimension" },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--padding", "same-lower", "--transposed"],
            "--padding same-lower is not available with --transposed: PyTorch's ConvTranspose takes padding sizes only"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--padding", "1", "--padding-mode", "reflect", "--padding-value", "2"],
            "--padding-value is the value constant padding reads, but --padding-mode reflect reads the input there; drop one of them"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--padding", "1", "--transposed", "--padding-value", "2"],
            "--padding-value is the value constant padding reads; a transposed convolution reads no padding (its padding crops the output): drop --padding-value or --transposed"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--transposed", "--kernel-layout", "hwim"],
            "--kernel-layout hwim is the layout of Keras's DepthwiseConv2D (k…, channels, multiplier), which has no transposed form; drop --transposed or choose another --kernel-layout"
        },
        {
            ["--kernel-shape", "3,2,1", "--input-shape", "3,4", "--kernel-layout", "hwim", "--groups", "3"],
            "with --kernel-layout hwim the kernel is (k…, channels, multiplier), so the kernel 3×2×1 reads 2 channels, but the input has 3"
        },
        {
            ["--kernel-shape", "3,2,1", "--input-shape", "2,4", "--kernel-layout", "hwim"],
            "--kernel-layout hwim is the depthwise layout: it needs --groups equal to the 2 input channels or --depth-multiplier, not --groups 1"
        },
        {
            ["--kernel-shape", "4,1,3", "--input-shape", "2,4", "--depth-multiplier", "2", "--transposed"],
            "--depth-multiplier makes a depthwise layer as Keras's DepthwiseConv2D, which has no transposed form; drop --transposed or use --groups"
        },
        {
            ["--kernel-shape", "4,1,3", "--input-shape", "2,4", "--depth-multiplier", "3"],
            "--depth-multiplier 3 on 2 input channels needs a kernel of 6 output channels reading 1 channel each (6×1×k… in PyTorch's order, k…×2×3 in hwim), but the kernel is 4×1×3 in PyTorch's order"
        },
        { ["--kernel-shape", "4,1,3", "--input-shape", "2,4", "--depth-multiplier", "0"], "--depth-multiplier must be at least 1, not 0" },
        {
            ["--kernel-shape", "3,1,4", "--input-shape", "4,3", "--kernel-layout", "hwio", "--layout", "nhwc"],
            "the kernel has shape 4×1×3, so it reads 1 input channel, but the input has shape 3×4, which has 3; the kernel's second dimension must equal the input's first (shapes in PyTorch's order: the kernel 3×1×4 in hwio is 4×1×3, the input 4×3 in nhwc is 3×4)"
        },
        {
            ["--kernel-shape", "3,2,2,4", "--input-shape", "4,2", "--kernel-layout", "hwio"],
            "the kernel has shape 3×2×2×4 and the input 4×2: a kernel has two more dimensions than the input's spatial ones, laid out as --kernel-layout hwio says (k…, in, out), so this input needs a kernel of 3 dimensions"
        },
        {
            ["--kernel-shape", "1,1,3", "--input", "[1 2 3]", "--layout", "nhwc"],
            "the input has shape 3 (1 dimension), but with --layout nhwc it needs at least one spatial dimension and then the channels, such as 3×3×1; write a 1-channel row as [[1] [2] [3]]"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_impossible_convention_gets_one_message_naming_the_option(string[] args, string message)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("symconv: error: " + message + "\n", outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [InlineData("--layout", "nwhc", "--layout cannot be 'nwhc': choose one of nchw, nhwc, channels-first, channels-last, ncw, nwc, ncdhw, ndhwc")]
    [InlineData("--kernel-layout", "hwc", "--kernel-layout cannot be 'hwc': choose one of oihw, iohw, hwio, hwoi, ihwo, ohwi, hwim, oiw, oidhw, ")]
    [InlineData("--layout", "ndhwc", "--layout ndhwc names a layer of 3 spatial dimensions, but this one has 1; write it with hw, which serves every rank (nhwc)")]
    [InlineData("--padding", "1:", "--padding cannot be '1:'")]
    [InlineData("--padding-value", "1/2 x", "unexpected 'x'; expected end of the entry")]
    [InlineData("--padding-value", "[1]", "unexpected '['; expected entry")]
    [InlineData("--depth-multiplier", "two", "--depth-multiplier cannot be 'two'")]
    public void A_bad_convention_value_points_at_it(string option, string value, string message)
    {
        var outcome = CliRunner.Run("--kernel-shape", "2,1,2", "--input-shape", "2,4", option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: " + message, outcome.Stderr);
        Assert.Contains("--> " + option, outcome.Stderr);
    }

    [Fact]
    public void A_layout_spelled_for_the_layers_rank_reads_as_the_generic_name()
    {
        var spelled = CliRunner.Run("--kernel", "[[[1], [2]], [[3], [4]]]", "--input", "[[1, 10], [2, 20], [3, 30]]", "--layout", "nwc", "--kernel-layout", "wio", "--format", "json");
        var generic = CliRunner.Run("--kernel", "[[[1], [2]], [[3], [4]]]", "--input", "[[1, 10], [2, 20], [3, 30]]", "--layout", "nhwc", "--kernel-layout", "hwio", "--format", "json");
        Assert.True(spelled.ExitCode == 0, spelled.Stderr);
        Assert.Equal(generic.Stdout, spelled.Stdout);
    }

    [Fact]
    public void Groups_beside_a_depth_multiplier_must_be_the_input_channels()
    {
        var outcome = CliRunner.Run("--kernel-shape", "4,1,3", "--input-shape", "2,4", "--depth-multiplier", "2", "--groups", "1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: --depth-multiplier makes groups equal to the 2 input channels, but --groups is 1; drop --groups\n", outcome.Stderr);
        Assert.Equal(0, CliRunner.Run("--kernel-shape", "4,1,3", "--input-shape", "2,4", "--depth-multiplier", "2", "--groups", "2").ExitCode);
    }
}
