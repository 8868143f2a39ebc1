using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Checking;

/// <summary>symconv neuron: the seed's neuron in every format, grids for other ranks, errors.</summary>
public class NeuronTests(ITestOutputHelper output)
{
    private static CliRunner.Outcome Neuron(params string[] args) =>
        CliRunner.Run(["neuron", .. args]);

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("markdown", "md")]
    [InlineData("latex", "tex")]
    public void The_seed_neuron_matches_its_golden_file(string format, string extension)
    {
        var outcome = Neuron(CliRunner.Example("seed.conv"), "--at", "0,1,1", "--activation", "relu", "--format", format);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Golden.Assert($"seed.neuron.{extension}", outcome.Stdout);
    }

    [Fact]
    public void The_seed_neuron_reads_the_window_the_answer_describes()
    {
        // The answer's y'[3] = 5a+6b+8c+9d: the kernel a b / c d over the inputs 5 6 / 8 9.
        var outcome = Neuron(CliRunner.Example("seed.conv"), "--at", "0,1,1");
        Assert.Contains("x[0,:,:]:\n[· · ·]\n[· a b]\n[· c d]\n", outcome.Stdout);
        Assert.Contains("y'[3] = m_3 · x' = a·5 + b·6 + c·8 + d·9 = 5a+6b+8c+9d\n", outcome.Stdout);
        Assert.DoesNotContain("relu", outcome.Stdout);
    }

    [Fact]
    public void A_flat_index_names_the_same_neuron_as_its_multi_index()
    {
        var flat = Neuron(CliRunner.Example("seed.conv"), "--at", "6");
        var multi = Neuron(CliRunner.Example("seed.conv"), "--at", "(1,1,0)");
        Assert.Equal(0, flat.ExitCode);
        Assert.Equal(multi.Stdout, flat.Stdout);
        Assert.Contains("= 4e+5f+7g+8h\n", flat.Stdout);
    }

    [Theory]
    [InlineData("sigmoid", "sigmoid(y'[0]) = sigmoid(1a+2b+4c+5d)\n")]
    [InlineData("tanh", "tanh(y'[0]) = tanh(1a+2b+4c+5d)\n")]
    public void An_activation_wraps_the_value(string activation, string line)
    {
        var outcome = Neuron(CliRunner.Example("seed.conv"), "--at", "0", "--activation", activation);
        Assert.EndsWith(line, outcome.Stdout);
    }

    [Fact]
    public void A_dilated_1d_neuron_draws_one_row_per_channel()
    {
        var outcome = Neuron("--kernel-shape", "1,2,3", "--input", "[[1,2,3,4,5],[6,7,8,9,10]]", "--dilation", "2", "--at", "0,0");
        Assert.Contains("x[0,:]:\n[a · b · c]\nx[1,:]:\n[d · e · f]\n", outcome.Stdout);
        Assert.Contains("M[0,9] = f  reads x'[9] = x[1,4] = 10\n", outcome.Stdout);
    }

    [Fact]
    public void A_neuron_of_a_large_input_is_drawn_in_a_window_around_its_field()
    {
        var outcome = Neuron("--kernel-shape", "1,1,3,3", "--input-shape", "1,9,9", "--at", "0,3,4");
        Assert.Contains("x[0,2..6,3..7]:\n[· · · · ·]\n[· a b c ·]\n[· d e f ·]\n[· g h i ·]\n[· · · · ·]\n", outcome.Stdout);
    }

    [Fact]
    public void A_3d_neuron_draws_one_grid_per_outer_position_and_leaves_out_those_it_does_not_read()
    {
        var outcome = Neuron("--kernel-shape", "1,1,2,2,2", "--input-shape", "1,3,3,3", "--at", "0,1,0,1");
        Assert.Contains("left out", outcome.Stdout);
        Assert.Contains("x[0,1,:,:]:\n[· a b]\n[· c d]\n[· · ·]\nx[0,2,:,:]:\n[· e f]\n[· g h]\n[· · ·]\n", outcome.Stdout);
        Assert.DoesNotContain("x[0,0,", outcome.Stdout);
    }

    [Fact]
    public void Reflect_padding_folds_two_taps_onto_one_input_and_the_grid_shows_their_sum()
    {
        // Output 0 reads padded positions -1, 0, 1; reflect maps -1 onto 1, so x[0,1] gets a and c.
        var outcome = Neuron("--kernel-shape", "1,1,3", "--input-shape", "1,3", "--padding", "1", "--padding-mode", "reflect", "--at", "0,0");
        Assert.Contains("x[0,:]:\n[  b a+c   ·]\n", outcome.Stdout);
        Assert.Contains("= b·x_{0,0} + (a+c)·x_{0,1} = a*x_{0,1}+b*x_{0,0}+c*x_{0,1}\n", outcome.Stdout);
    }

    [Fact]
    public void A_bias_is_added_and_shown()
    {
        var outcome = Neuron("--kernel", "[[[[1 2]]]]", "--input", "[[[3 4 5]]]", "--bias", "[b0]", "--at", "0,0,1");
        Assert.Contains("bias b[0] = b0\n", outcome.Stdout);
        Assert.Contains("y'[1] = m_1 · x' + b_0 = 1·4 + 2·5 + b0 = b0+14\n", outcome.Stdout);
    }

    [Theory]
    [InlineData(new[] { "--at", "0,5,1" }, "symconv: error: --at: spatial dimension 1 index 5 is outside the output, whose spatial dimension 1 runs 0..1\n")]
    [InlineData(new[] { "--at", "0,1" }, "symconv: error: --at has 2 values, but the output has shape 2×2×2: give 3 (channel, position…) such as 0,0,0, or one flat index of y'\n")]
    [InlineData(new[] { "--at", "8" }, "symconv: error: --at: flat (y') index 8 is outside the output, whose flat (y') runs 0..7\n")]
    [InlineData(new string[0], "symconv: error: symconv neuron needs the output neuron: --at 0,1,1 (channel, then position), or --at 3 for y'[3]\n")]
    [InlineData(new[] { "--at", "0", "--activation", "softmax" }, "symconv: error: --activation cannot be 'softmax': choose one of none, relu, sigmoid, tanh\n")]
    [InlineData(new[] { "--at", "0", "--format", "pdf" }, "symconv: error: --format cannot be 'pdf': choose one of text, json, latex, markdown, svg, tikz\n")]
    public void A_bad_neuron_request_exits_2_with_one_message(string[] args, string message)
    {
        var outcome = Neuron([CliRunner.Example("seed.conv"), .. args]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith(message, outcome.Stderr);
    }

    [Fact]
    public void The_latex_neuron_writes_symbols_as_the_layer_report_does()
    {
        // The layer's LaTeX writes alpha as \alpha and k12 as one italic word; the neuron view must agree.
        var args = new[] { "--kernel", "[[[[alpha k12]]]]", "--input", "[[[3 4 5]]]", "--format", "latex" };
        var neuron = Neuron([.. args, "--at", "0,0,0"]);
        var layer = CliRunner.Run(args);
        Assert.Equal(0, neuron.ExitCode);
        Assert.Contains("3 \\alpha + 4 \\mathit{k12}", layer.Stdout);
        Assert.Contains("&= 3 \\alpha + 4 \\mathit{k12}\n", neuron.Stdout);
        Assert.Contains("& $\\alpha$ & $3$", neuron.Stdout);
    }

    [Fact]
    public void The_latex_neuron_names_stride_and_padding_as_the_text_view_does()
    {
        var args = new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,5,5", "--padding", "1", "--stride", "2", "--at", "0,1,1" };
        var text = Neuron(args);
        var latex = Neuron([.. args, "--format", "latex"]);
        Assert.Contains(" of Conv2d (stride 2,2, padding 1,1): K 1×1×3×3 on x 1×5×5", text.Stdout);
        Assert.Contains("\\noindent Conv2d (stride 2,2, padding 1,1): K 1$\\times$1$\\times$3$\\times$3 on x 1$\\times$5$\\times$5", latex.Stdout);
    }

    [Fact]
    public void The_latex_neuron_compiles_with_pdflatex()
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            var outcome = Neuron("--kernel-shape", "2,2,3,3", "--input", "[[[1/2 -1 3] [4 5 6] [7 8 9]] [[a b c] [d e f] [g h alpha]]]",
                "--bias", "auto", "--padding", "1", "--at", "1,2,2", "--activation", "tanh", "--format", "latex");
            Assert.Equal(0, outcome.ExitCode);
            File.WriteAllText(Path.Combine(folder, "neuron.tex"), outcome.Stdout);
            var run = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "neuron.tex"], folder, TimeSpan.FromMinutes(2));
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.True(File.Exists(Path.Combine(folder, "neuron.pdf")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
