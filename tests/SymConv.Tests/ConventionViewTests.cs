using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// The conventions through check, neuron and the formats: claims and formulas index the tensors as laid
/// out, neuron draws one grid per channel and adds the right bias and padding term, and the padding term
/// is its own section.
/// </summary>
public class ConventionViewTests
{
    [Fact]
    public void A_formula_in_the_layouts_holds_and_the_same_formula_in_PyTorchs_order_does_not()
    {
        var layout = CliRunner.Run("check", CliRunner.Example("nhwc.conv"),
            "--claim", "M[(v,w,u),(j,k,i)] = K[j-v,k-w,i,u] if 0 <= j-v < P and 0 <= k-w < Q",
            "--claim", "y[0,1,1] = 2e+20f+3g+30h+5m+50n+6o+60p", "--claim", "x'[1] = 10");
        Assert.True(layout.ExitCode == 0, layout.Stdout + layout.Stderr);
        var pyTorch = CliRunner.Run("check", CliRunner.Example("nhwc.conv"),
            "--claim", "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q");
        Assert.Equal(1, pyTorch.ExitCode);
    }

    [Fact]
    public void Neuron_draws_a_grid_per_channel_last_and_adds_its_own_channels_bias()
    {
        var outcome = CliRunner.Run("neuron", CliRunner.Example("nhwc.conv"), "--bias", "[b_0 b_1]", "--at", "0,1,1");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("x[:,:,0]:\n[· e g]\n[· m o]\nx[:,:,1]:\n[· f h]\n[· n p]\n", outcome.Stdout);
        Assert.Contains("bias b[1] = b_1\n", outcome.Stdout);
        Assert.Contains("y'[3] = m_3 · x' + b_1 = ", outcome.Stdout);
        Assert.EndsWith(" = 2e+20f+3g+30h+5m+50n+6o+60p+b_1\n", outcome.Stdout);
    }

    [Fact]
    public void The_padding_term_is_its_own_section_and_part_of_the_value()
    {
        var text = CliRunner.Run(CliRunner.Example("padding-value.conv"), "--show", "p,y'", "--rows", "0..1");
        Assert.True(text.ExitCode == 0, text.Stderr);
        Assert.Contains("\np, rows 0..1:\n[a*v+b*v+c*v, a*v+b*v]\n", text.Stdout);
        Assert.Contains("\ny', rows 0..1:\n[a*v+b*v+c*v+d, 1a*v+1b*v+1c+2d]\n", text.Stdout);

        var neuron = CliRunner.Run("neuron", CliRunner.Example("padding-value.conv"), "--at", "1");
        Assert.Contains("y'[1] = m_1 · x' + p_1 = c·1 + d·2 + (a*v+b*v) = 1a*v+1b*v+1c+2d\n", neuron.Stdout);

        var json = CliRunner.Run(CliRunner.Example("padding-value.conv"), "--format", "json", "--rows", "4");
        Assert.Contains("\"padding_value\": {\"text\": \"v\"", json.Stdout);
        Assert.Contains("\"padding_term\": [\n    {\"text\": \"0\", \"terms\": []}\n  ]", json.Stdout);
    }

    // tf.nn.depthwise_conv2d's documented example (TensorFlow 2.x API docs): x of shape (1, 3, 2, 1),
    // a (2, 1, 1, 2) filter, VALID, gives [[[[10, 14], [14, 20]], [[18, 26], [22, 32]]]].
    [Fact]
    public void TensorFlows_documented_depthwise_example_gives_TensorFlows_numbers()
    {
        var outcome = CliRunner.Run("check", "--layout", "nhwc", "--kernel-layout", "hwim", "--depth-multiplier", "2",
            "--kernel", "[[[[1, 2]]], [[[3, 4]]]]", "--input", "[[[1], [2]], [[3], [4]], [[5], [6]]]",
            "--claim", "y = [[[10, 14], [14, 20]], [[18, 26], [22, 32]]]");
        Assert.True(outcome.ExitCode == 0, outcome.Stdout + outcome.Stderr);
    }

    [Fact]
    public void A_claim_can_be_about_the_padding_term()
    {
        var holds = CliRunner.Run("check", CliRunner.Example("padding-value.conv"), "--claim", "p[1] = a v + b v", "--claim", "p[4] = 0");
        Assert.True(holds.ExitCode == 0, holds.Stdout + holds.Stderr);
        var fails = CliRunner.Run("check", CliRunner.Example("padding-value.conv"), "--claim", "p[4] = v");
        Assert.Equal(1, fails.ExitCode);
        Assert.Contains("true - claimed: -v", fails.Stdout);
    }

    [Fact]
    public void Without_a_padding_value_no_layer_shows_a_padding_term()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--padding", "1", "--show", "all", "--format", "json");
        Assert.DoesNotContain("padding_term", outcome.Stdout);
        Assert.DoesNotContain("\np:", CliRunner.Run(CliRunner.Example("seed.conv"), "--padding", "1", "--show", "all").Stdout);
    }
}
