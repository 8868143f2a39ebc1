using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// Help, completion and "did you mean" offer each command's own words (symconv grad's sections,
/// not the layer view's), a mistyped command is named as one, and a refusal says what helps.
/// </summary>
public class CommandWordsTests
{
    private static string Seed => CliRunner.Example("seed.conv");

    [Fact]
    public void Grad_help_lists_grads_sections()
    {
        var help = CliRunner.Run("grad", "--help").Stdout;
        var show = help.Split('\n').Single(l => l.Contains("--show SECTIONS", StringComparison.Ordinal));
        Assert.Contains("dL/dK", show);
        Assert.Contains("U (patches, im2col)", show);
        Assert.DoesNotContain("forward-matrix", show);
    }

    [Fact]
    public void Bash_completes_grads_sections_after_grad_show()
    {
        var script = TempFile.Write(CliRunner.Run("completion", "bash").Stdout, "symconv-completion.bash");
        var command = $"source '{script}'; COMP_WORDS=(symconv grad --show dL/d); COMP_CWORD=3; _symconv; printf '%s\\n' \"${{COMPREPLY[@]}}\"";
        var run = ExternalTools.Run("bash", ["--norc", "--noprofile", "-c", command], Path.GetDirectoryName(script)!, TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["dL/dy", "dL/dx'", "dL/dx", "dL/dK", "dL/db"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("patchs", "patches")]
    [InlineData("grad-kernal", "grad-kernel")]
    [InlineData("dL/dk", "dL/dK")]
    public void A_mistyped_grad_section_gets_the_word_it_meant(string typed, string meant)
    {
        var outcome = CliRunner.Run("grad", Seed, "--show", typed);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"symconv: error: --show cannot be '{typed}': choose one of dL/dy, ", outcome.Stderr);
        Assert.Contains($"; did you mean {meant}?\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("grda", "grad")]
    [InlineData("nueron", "neuron")]
    public void A_mistyped_command_is_named_as_one(string typed, string meant)
    {
        var outcome = CliRunner.Run(typed, Seed);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"symconv: error: unknown command '{typed}': did you mean {meant}? (no spec file of that name exists either)\n" +
            "  --> the command line, line 1, column 1\n", outcome.Stderr);
    }

    [Fact]
    public void A_file_named_like_a_command_is_still_a_spec()
    {
        var folder = Path.GetDirectoryName(TempFile.Write(""))!;
        var spec = Path.Combine(folder, "grda");
        File.Copy(Seed, spec, overwrite: true);
        var outcome = CliRunner.Run(spec);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }

    [Fact]
    public void Grad_of_a_stack_says_it_reads_one_layer()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("stacks/two-3x3.conv"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: symconv grad reads one layer, not a stack of layers\n", outcome.Stderr);
    }

    [Theory]
    [InlineData(3, "[b0 b1 b2]")]
    [InlineData(1, "[b0]")]
    [InlineData(8, "[b0 b1 … b7]")]
    public void The_bias_message_suggests_one_entry_per_channel(int channels, string example)
    {
        var outcome = CliRunner.Run("--kernel-shape", $"{channels},1,2,2", "--input-shape", "1,3,3", "--bias", channels == 1 ? "[1 2]" : "[1]");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"give one entry per channel, such as {example}, or --bias auto", outcome.Stderr);
    }

    [Fact]
    public void An_index_out_of_range_has_its_caret_under_the_bad_number()
    {
        var input = CliRunner.Run("neuron", Seed, "--input-at", "0,3,0");
        Assert.Equal(
            "symconv: error: the input index 0,3,0 is outside x, which has shape 1×3×3: its second number must be 0 to 2, not 3\n" +
            "  --> --input-at, line 1, column 3\n   | 0,3,0\n   |   ^\n", input.Stderr);
        var output = CliRunner.Run("neuron", Seed, "--at", "0, 1, 5");
        Assert.EndsWith("  --> --at, line 1, column 7\n   | 0, 1, 5\n   |       ^\n", output.Stderr);
    }
}
