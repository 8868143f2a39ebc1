using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// Closed, full and broken standard streams end the run with a plain status and, where a
/// message can still be written, one that says what happened — never an abort or an "internal
/// error". Most need a real process, whose descriptors the shell can close or point at /dev/full.
/// </summary>
public class BrokenStreamTests
{
    private static string Seed => CliRunner.Example("seed.conv");

    [Fact]
    public void A_standard_error_that_throws_ends_the_run_with_exit_2_not_an_exception()
    {
        var stderr = new FailingWriter();
        var code = App.Run([Seed, "--stride", "0"], new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.True(stderr.Tried);
    }

    [Fact]
    public void A_closed_standard_error_is_exit_2_not_an_abort()
    {
        if (!CliProcess.Supported) return;
        var outcome = CliProcess.Shell("symconv 2>&-", Path.GetTempPath());
        Assert.Equal(2, outcome.ExitCode);
        // The layer itself still went to standard output.
        Assert.Equal(CliRunner.Run().Stdout, outcome.Stdout);
    }

    [Fact]
    public void A_full_standard_error_is_exit_2_not_an_abort()
    {
        if (!CliProcess.Supported) return;
        var outcome = CliProcess.Shell($"symconv '{Seed}' --stride 0 2>/dev/full", Path.GetTempPath());
        Assert.Equal(2, outcome.ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("")]
    public void A_full_standard_output_says_so(string option)
    {
        if (!CliProcess.Supported) return;
        var outcome = CliProcess.Shell($"symconv '{Seed}' {option} >/dev/full", Path.GetTempPath());
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("symconv: error: cannot write to standard output: no space left on device\n", outcome.Stderr);
    }

    [Theory]
    [InlineData(">&-")]
    [InlineData("<&- >&-")]   // the runtime's own pipe then takes descriptors 0 and 1 before Main
    public void A_closed_standard_output_says_so(string redirections)
    {
        if (!CliProcess.Supported) return;
        var outcome = CliProcess.Shell($"symconv '{Seed}' {redirections}", Path.GetTempPath());
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("symconv: error: cannot write to standard output: it is closed\n", outcome.Stderr);
    }

    [Fact]
    public void A_broken_pipe_stops_the_run_quietly_with_the_status_of_sigpipe()
    {
        if (!CliProcess.Supported) return;
        // Megabytes of y'; head takes 100 bytes and leaves.
        var outcome = CliProcess.Shell(
            "symconv --kernel-shape 8,8,3,3 --input-shape 8,64,64 --show \"y'\" | head -c 100 >/dev/null; echo \"status ${PIPESTATUS[0]}\"",
            Path.GetTempPath());
        Assert.Equal("status 141\n", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
    }

    private sealed class FailingWriter : TextWriter
    {
        public bool Tried { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void Write(char[] buffer, int index, int count) => Fail();

        private void Fail()
        {
            Tried = true;
            throw new IOException("No space left on device");
        }
    }
}
