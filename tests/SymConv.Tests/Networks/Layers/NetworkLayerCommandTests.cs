using SymConv.Tests.Support;

namespace SymConv.Tests.Networks.Layers;

/// <summary>The layers in a stack run by the command: what they give, and one message and exit code 2 for what they cannot take.</summary>
public sealed class NetworkLayerCommandTests
{
    [Fact]
    public void A_layer_that_cannot_take_the_output_before_it_names_both_and_exits_2()
    {
        var outcome = CliRunner.Run("--layers", "[Conv2d(1, 2, 3), Flatten(), Linear(5, 3)]", "--input-shape", "1x4x4");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: layer 2 (Linear(5, 3)) cannot take the 8 output of layer 1 (Flatten()): its last dimension must be in_features (5), not 8\n"
            + "  --> --layers, line 1, column 30\n"
            + "   | [Conv2d(1, 2, 3), Flatten(), Linear(5, 3)]\n"
            + "   |                              ^\n",
            outcome.Stderr);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public void A_spatial_layer_after_a_flatten_is_refused()
    {
        var outcome = CliRunner.Run("--layers", "[Flatten(), AvgPool2d(2)]", "--input-shape", "1x4x4");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: layer 1 (AvgPool2d(2)) cannot take the 16 output of layer 0 (Flatten()): it takes (channels, height, width)\n", outcome.Stderr);
    }

    [Fact]
    public void An_option_PyTorch_refuses_exits_2_with_a_caret_at_it()
    {
        var outcome = CliRunner.Run("--layers", "[Upsample(scale_factor=2, align_corners=True)]", "--input-shape", "1x4x4");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("  --> --layers, line 1, column 41\n", outcome.Stderr);
    }

    [Fact]
    public void Bilinear_upsampling_with_align_corners_writes_exact_halves_and_quarters()
    {
        var outcome = CliRunner.Run("--layers", "[Upsample(scale_factor=1.5, mode='bilinear', align_corners=True)]", "--input-shape", "1x2x2");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("y'[4] = 1/4*x_{0,0,0}+1/4*x_{0,0,1}+1/4*x_{0,1,0}+1/4*x_{0,1,1}\n", outcome.Stdout);
    }
}
