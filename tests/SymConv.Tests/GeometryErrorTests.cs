using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>Every impossible layer of issue 3 gets one message that names the option to change.</summary>
public class GeometryErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        {
            ["--kernel-shape", "1,1,5", "--input-shape", "1,3"],
            "the output would be empty: in spatial dimension 1 the kernel of size 5, more than the input of size 3; use a smaller kernel, or add --padding"
        },
        {
            ["--kernel-shape", "1,1,3,3", "--input-shape", "1,5,4", "--dilation", "1,2"],
            "the output would be empty: in spatial dimension 2 the kernel of size 3 with dilation 2 spans 5, more than the input of size 4; use a smaller kernel or --dilation, or add --padding"
        },
        {
            ["--kernel-shape", "1,1,2", "--input-shape", "1,1", "--transposed", "--padding", "1"],
            "the output would be empty: in spatial dimension 1 the transposed convolution's output size is 0 with --padding 1; use less padding"
        },
        { ["--kernel-shape", "1,1,2", "--input-shape", "1,4", "--stride", "0"], "--stride must be at least 1, not 0" },
        { ["--kernel-shape", "1,1,2,2", "--input-shape", "1,4,4", "--dilation", "1,0"], "--dilation must be at least 1, not 0" },
        { ["--kernel-shape", "1,1,2", "--input-shape", "1,4", "--padding", "-1"], "--padding must not be negative, not -1" },
        { ["--kernel-shape", "1,1,2", "--input-shape", "1,4", "--groups", "0"], "--groups must be at least 1, not 0" },
        { ["--kernel-shape", "2,1,2", "--input-shape", "3,4", "--groups", "2"], "--groups 2 does not divide the 3 input channels" },
        { ["--kernel-shape", "3,1,2", "--input-shape", "2,4", "--groups", "2"], "--groups 2 does not divide the 3 output channels (the kernel's first dimension)" },
        { ["--kernel-shape", "3,1,2", "--input-shape", "3,4", "--groups", "2", "--transposed"], "--groups 2 does not divide the 3 input channels" },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,2", "--padding", "2", "--padding-mode", "reflect"],
            "--padding-mode reflect needs padding smaller than the input, but spatial dimension 1 has padding 2 on an input of size 2"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,2", "--padding", "3", "--padding-mode", "circular"],
            "--padding-mode circular needs padding no larger than the input, but spatial dimension 1 has padding 3 on an input of size 2"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,3", "--transposed", "--stride", "2", "--output-padding", "2"],
            "--output-padding 2 must be smaller than the stride (2) or the dilation (1), as in PyTorch"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,3", "--output-padding", "1"],
            "--output-padding only applies to a transposed convolution: add --transposed, or drop --output-padding"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,5", "--padding", "same", "--stride", "2"],
            "--padding same needs --stride 1 (as in PyTorch); for strided layers use --padding tf-same, TensorFlow's SAME, or give sizes"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,5", "--padding", "same", "--transposed"],
            "--padding same is not available with --transposed: PyTorch's ConvTranspose takes padding sizes only"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,5", "--padding-mode", "reflect", "--transposed"],
            "--padding-mode reflect is not available with --transposed: PyTorch's ConvTranspose supports zeros only"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,5", "--stride", "1,2"],
            "--stride has 2 values, but the layer has 1 spatial dimension: give one value for all or one per dimension"
        },
        {
            ["--kernel-shape", "1,1,3", "--input-shape", "1,4", "--transposed", "--stride", "999999999"],
            "the layer is too large: spatial dimension 1 of the output would be 3,000,000,000, more than SymConv can index; use smaller sizes, strides, dilations or padding"
        },
        {
            ["--kernel-shape", "1,1,4", "--input-shape", "1,3", "--padding", "full", "--dilation", "999999999"],
            "the layer is too large: --padding full would be 2,999,999,997, more than SymConv can index; use smaller sizes, strides, dilations or padding"
        },
        {
            ["--kernel-shape", "1,1,1,1,1", "--input-shape", "1,1,1,1", "--padding", "999999999"],
            "the layer is too large: the output would have more entries than can be counted, more than SymConv can index; use smaller sizes, strides, dilations or padding"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_impossible_layer_gets_one_message_naming_the_option(string[] args, string message)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("symconv: error: " + message + "\n", outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void A_huge_auto_bias_on_a_refused_transposed_layer_is_the_geometry_message_not_a_crash()
    {
        var outcome = CliRunner.Run("--kernel-shape", "3,3,1", "--input-shape", "3,4", "--transposed", "--groups", "999999999", "--bias", "auto");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("symconv: error: --groups 999999999 does not divide the 3 input channels\n", outcome.Stderr);
    }

    [Fact]
    public void The_messages_do_not_depend_on_the_culture()
    {
        // German groups digits with '.', so a culture-dependent message would read 3.000.000.000.
        var transposed = Cultures.Under(new System.Globalization.CultureInfo("de-DE"),
            () => CliRunner.Run("--kernel-shape", "1,1,3", "--input-shape", "1,4", "--transposed", "--stride", "999999999"));
        Assert.Contains("3,000,000,000", transposed.Stderr);
        var padded = Cultures.Under(new System.Globalization.CultureInfo("de-DE"),
            () => CliRunner.Run("--kernel-shape", "1,1,1", "--input-shape", "1,3", "--padding", "999999999"));
        Assert.Contains("2,000,000,001×3 = 6,000,000,003 entries densely, more than 1,000,000", padded.Stderr);
    }
}
