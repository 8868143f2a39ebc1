using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// A run stopped while it writes a big -o file leaves nothing beside the file, which keeps its
/// old content: the catchable signals remove the named temporary, and on Linux the temporary has
/// no name at all, so not even SIGKILL leaves one.
/// </summary>
public class InterruptedOutputTests
{
    [Theory]
    [InlineData("KILL", false)]
    [InlineData("TERM", true)]
    [InlineData("INT", true)]
    [InlineData("HUP", true)]
    public void A_signal_midway_through_writing_leaves_no_temporary_file(string signal, bool named)
    {
        if (!CliProcess.Supported) return;
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            var target = Path.Combine(folder, "out.txt");
            File.WriteAllText(target, "old\n");
            var environment = new Dictionary<string, string>();
            if (named) environment["SYMCONV_NAMED_TEMPORARY"] = "1";
            // y' of W4, gigabytes: it is still being written when the signal comes.
            using var process = CliProcess.Start(folder, environment,
                "--kernel-shape", "64,64,3,3", "--input-shape", "64,56,56", "--show", "y'", "-o", target);
            try
            {
                WaitUntilWriting(process, folder);
                CliProcess.Signal(process, signal);
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the run did not end after the signal");
            }
            finally
            {
                if (!process.HasExited) process.Kill();
            }
            Assert.NotEqual(0, process.ExitCode);
            Assert.Equal([target], Directory.GetFileSystemEntries(folder));
            Assert.Equal("old\n", File.ReadAllText(target));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Until the process holds a file in the folder open: named, or (O_TMPFILE) "#123 (deleted)".
    private static void WaitUntilWriting(System.Diagnostics.Process process, string folder)
    {
        var descriptors = $"/proc/{process.Id}/fd";
        for (var tries = 0; tries < 1200; tries++)
        {
            Assert.False(process.HasExited, "the run ended before it wrote");
            try
            {
                if (Directory.GetFileSystemEntries(descriptors).Any(d => new FileInfo(d).LinkTarget?.StartsWith(folder + "/", StringComparison.Ordinal) == true))
                    return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A descriptor closed while it was looked at.
            }
            Thread.Sleep(50);
        }
        Assert.Fail("the run never opened its output");
    }
}
