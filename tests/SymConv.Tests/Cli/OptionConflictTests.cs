using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>Options that contradict each other in one place are refused with one message naming both.</summary>
public class OptionConflictTests
{
    private static string Refused(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        return outcome.Stderr;
    }

    [Fact]
    public void A_kernel_and_a_kernel_shape_are_refused_naming_both()
    {
        Assert.Equal(
            "symconv: error: --kernel and --kernel-shape both give the kernel: give one\n" +
            "  --> the command line, line 1, column 20\n" +
            "   | --kernel [[[[a]]]] --kernel-shape 1,1,2,2 --input-shape 1,3,3\n" +
            "   |                    ^\n" +
            "  hint: --kernel gives the entries, --kernel-shape a tensor of fresh symbols of that shape\n",
            Refused("--kernel", "[[[[a]]]]", "--kernel-shape", "1,1,2,2", "--input-shape", "1,3,3"));
    }

    [Fact]
    public void An_input_and_an_input_shape_are_refused_naming_both()
    {
        Assert.StartsWith("symconv: error: --input-shape and --input both give the input: give one\n",
            Refused("--kernel-shape", "1,1,2,2", "--input-shape", "1,3,3", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]"));
    }

    [Fact]
    public void A_repeated_input_is_refused_at_its_second_place()
    {
        Assert.Equal(
            "symconv: error: --input is given twice (first at column 24): give it once\n" +
            "  --> the command line, line 1, column 42\n" +
            "   | --kernel-shape 1,1,2,2 --input [[[1,2]]] --input [[[3,4]]]\n" +
            "   | " + new string(' ', 41) + "^\n" +
            "  hint: on the command line an option is given once; it overrides the spec file's line of that name\n",
            Refused("--kernel-shape", "1,1,2,2", "--input", "[[[1,2]]]", "--input", "[[[3,4]]]"));
    }

    [Fact]
    public void A_repeated_switch_or_format_is_refused_too()
    {
        Assert.StartsWith("symconv: error: --format is given twice (first at column 1): give it once\n", Refused("--format", "json", "--format", "text"));
        Assert.StartsWith("symconv: error: --one-per-line is given twice", Refused("--one-per-line", "--one-per-line=false"));
    }

    [Fact]
    public void A_spec_file_that_gives_a_key_twice_is_refused_at_the_second_line()
    {
        var spec = TempFile.Write("kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nstride = 1\nstride = 2\n");
        Assert.Equal(
            "symconv: error: 'stride' is given twice (first on line 3): give it once\n" +
            $"  --> {spec}, line 4, column 1\n" +
            "   | stride = 2\n" +
            "   | ^\n" +
            "  hint: a spec file gives each key once; an option on the command line overrides it\n",
            Refused(spec));
    }

    [Fact]
    public void A_spec_file_with_a_kernel_and_a_kernel_shape_is_refused()
    {
        var spec = TempFile.Write("kernel = [[[[a b] [c d]]]]\nkernel-shape = 1,1,2,2\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n");
        Assert.StartsWith("symconv: error: 'kernel' and 'kernel-shape' both give the kernel: give one\n" + $"  --> {spec}, line 2, column 1\n", Refused(spec));
    }

    [Fact]
    public void The_command_line_still_overrides_a_spec_line_of_the_same_slot()
    {
        // The spec's kernel a..h is replaced by fresh symbols of another shape: not a conflict.
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--kernel-shape", "1,1,3,3", "--show", "y'");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.EndsWith("y':\n[1a+2b+3c+4d+5e+6f+7g+8h+9i]\n", outcome.Stdout);
    }

    [Fact]
    public void Claims_may_be_given_many_times()
    {
        var outcome = CliRunner.Run("check", "--claim", "y'[0] = 1a+2b+4c+5d", "--claim", "y'[1] = 2a+3b+5c+6d");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
    }
}
