using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>Inputs that once escaped App.Run as a stack trace now end in one message and exit 2.</summary>
public class NoStackTraceTests
{
    private static string Fails(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        return outcome.Stderr;
    }

    [Fact]
    public void An_empty_spec_path_is_not_a_file_name() =>
        Assert.Equal("symconv: error: cannot read the spec file '': that is not a file name\n", Fails(""));

    [Fact]
    public void An_empty_output_path_is_not_a_file_name() =>
        Assert.Equal("symconv: error: cannot write '': that is not a file name\n",
            Fails("--kernel-shape", "1,1,1", "--input-shape", "1,3", "-o", ""));

    [Fact]
    public void An_empty_claims_path_is_not_a_file_name() =>
        Assert.Equal("symconv: error: cannot read the claims file '': that is not a file name\n",
            Fails("check", "--kernel-shape", "1,1,1", "--input-shape", "1,3", "--claims", ""));

    [Fact]
    public void An_automatic_bias_past_an_int_of_channels_is_refused_not_wrapped() =>
        Assert.Contains("output channels would be 2,400,000,000",
            Fails("--transposed", "--kernel-shape", "1,40000,1", "--input-shape", "60000,1", "--groups", "60000", "--bias", "auto"));

    [Fact]
    public void Nested_powers_past_an_int_exponent_are_refused_not_overflowed() =>
        Assert.Contains("an exponent would exceed 2,147,483,647",
            Fails("--kernel", "[[[[((((((a^64)^64)^64)^64)^64)^64)]]]]", "--input", "[[[1]]]"));

    [Fact]
    public void Nested_powers_of_numbers_are_refused_before_they_take_minutes() =>
        Assert.Contains("a coefficient would have more than 1,048,576 bits",
            Fails("--kernel", "[[[[(((((2^64)^64)^64)^64)^64)]]]]", "--input", "[[[1]]]"));

    [Fact]
    public void A_ragged_tensor_whose_first_brackets_multiply_past_a_long_is_called_ragged()
    {
        // Ten levels whose first bracket holds 100 brackets: 100^10 overflows a long.
        var text = "[1]";
        for (var level = 0; level < 10; level++)
            text = "[" + text + string.Concat(Enumerable.Repeat(" [1]", 99)) + "]";
        Assert.Contains("ragged tensor", Fails("--input", text, "--kernel-shape", "1,1,1"));
    }

    [Fact]
    public void A_generated_tensor_past_an_array_is_refused_not_overflowed() =>
        Assert.Contains("a 1000000×1000000×1 tensor would be 1,000,000,000,000",
            Fails("--kernel-shape", "1000000,1000000,1", "--input-shape", "1,3"));

    [Fact]
    public void A_spec_that_never_ends_is_refused_at_the_cap_not_read_until_memory_runs_out()
    {
        if (!File.Exists("/dev/zero")) return;
        Assert.Equal("symconv: error: cannot read the spec file '/dev/zero': it runs past 64 MiB, more than a spec file can sensibly hold\n",
            Fails("/dev/zero"));
    }
}
