using System.Diagnostics;
using System.IO.Pipes;
using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// -o as a user means it: a regular file is replaced safely (owner and permissions kept), a
/// symlink's target is, anything else is written to as a shell's `>` would, and an input of the
/// run is never overwritten.
/// </summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = ExternalTools.TemporaryFolder();

    private static string Seed => CliRunner.Example("seed.conv");

    private static string SeedText => CliRunner.Run(Seed).Stdout;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    [Fact]
    public void A_file_keeps_its_permissions_when_replaced()
    {
        if (OperatingSystem.IsWindows()) return;
        var target = InFolder("private.txt");
        File.WriteAllText(target, "secret\n");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var outcome = CliRunner.Run(Seed, "-o", target);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(SeedText, File.ReadAllText(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
    }

    [Fact]
    public void A_symlink_stays_a_link_and_its_target_gets_the_output()
    {
        var target = InFolder("target.txt");
        File.WriteAllText(target, "old\n");
        var link = InFolder("link.txt");
        File.CreateSymbolicLink(link, "target.txt");
        var outcome = CliRunner.Run(Seed, "-o", link);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("target.txt", new FileInfo(link).LinkTarget);
        Assert.Equal(SeedText, File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFileSystemEntries(_folder).Length);
    }

    [Fact]
    public void A_symlink_to_a_device_writes_to_the_device()
    {
        if (!CliProcess.Supported) return;
        var link = InFolder("null");
        File.CreateSymbolicLink(link, "/dev/null");
        var outcome = CliRunner.Run(Seed, "-o", link);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_full_device_says_what_happened()
    {
        if (!CliProcess.Supported) return;
        // Through a link, so that the old code's rename would replace the link, not /dev/full.
        var link = InFolder("full");
        File.CreateSymbolicLink(link, "/dev/full");
        var outcome = CliRunner.Run(Seed, "-o", link);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"symconv: error: cannot write to '{link}': no space left on device\n", outcome.Stderr);
        Assert.Equal("/dev/full", new FileInfo(link).LinkTarget);
    }

    [Fact]
    public async Task A_fifo_gets_the_output_through_it()
    {
        if (!CliProcess.Supported) return;
        var fifo = InFolder("fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var outcome = CliRunner.Run(Seed, "-o", fifo);
        Assert.Equal(0, outcome.ExitCode);
        var finished = await Task.WhenAny(reader, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == reader, "the FIFO's reader got nothing: the FIFO was replaced rather than written to");
        Assert.Equal(SeedText, await reader);
    }

    [Fact]
    public void An_open_descriptor_is_written_to_as_a_process_substitution_is()
    {
        if (!CliProcess.Supported) return;
        // `-o >(gzip)` hands the command /dev/fd/63, the write end of a pipe.
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In, System.IO.HandleInheritability.None);
        var descriptor = pipe.ClientSafePipeHandle.DangerousGetHandle();
        var outcome = CliRunner.Run(Seed, "-o", $"/dev/fd/{descriptor}");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        pipe.DisposeLocalCopyOfClientHandle();
        Assert.Equal(SeedText, new StreamReader(pipe).ReadToEnd());
    }

    [Fact]
    public void Dev_stdout_writes_at_the_descriptor_s_offset_so_an_append_appends()
    {
        if (!CliProcess.Supported) return;
        File.WriteAllText(InFolder("log.txt"), "first\n");
        var outcome = CliProcess.Shell($"symconv '{Seed}' -o /dev/stdout >> log.txt; echo last >> log.txt", _folder);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal("first\n" + SeedText + "last\n", File.ReadAllText(InFolder("log.txt")));
    }

    [Fact]
    public void A_regular_file_in_a_folder_that_takes_no_new_files_is_refused_with_the_reason()
    {
        if (!CliProcess.Supported) return;
        // /proc/self/comm is a regular file, but no temporary file can be made beside it.
        var outcome = CliRunner.Run(Seed, "-o", "/proc/self/comm");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: cannot write '/proc/self/comm': no temporary file can be made in its folder '/proc/self' (it takes no new files)", outcome.Stderr);
    }

    [Fact]
    public void A_dash_is_standard_output()
    {
        var outcome = CliRunner.Run(Seed, "-o", "-");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(SeedText, outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "-")));
    }

    [Fact]
    public void A_name_of_240_characters_is_not_too_long_for_its_temporary_file()
    {
        var target = InFolder(new string('a', 240) + ".txt");
        var outcome = CliRunner.Run(Seed, "-o", target);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal(SeedText, File.ReadAllText(target));
    }

    [Fact]
    public void A_large_output_through_direct_writes_reaches_its_file_whole()
    {
        // The temporary file (unnamed on Linux) under the O_DIRECT stream, switched on at once.
        var target = InFolder("large.bin");
        File.WriteAllText(target, "old");
        var expected = new byte[(9 << 20) + 4321];
        new Random(3).NextBytes(expected);
        using (var temporary = TemporaryFile.In(_folder))
        {
            using (var stream = new LargeFileStream(temporary.Open(), directThreshold: 0))
                stream.Write(expected);
            temporary.ReplaceWith(target);
        }
        Assert.Equal(expected, File.ReadAllBytes(target));
        Assert.Single(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void The_spec_file_itself_is_refused_as_the_output_under_another_name()
    {
        var spec = InFolder("layer.conv");
        File.Copy(Seed, spec);
        var before = File.ReadAllText(spec);
        var outcome = CliRunner.Run(spec, "-o", Path.Combine(_folder, ".", "layer.conv"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it is the spec file", outcome.Stderr);
        Assert.Equal(before, File.ReadAllText(spec));
    }

    [Fact]
    public void A_hard_link_to_the_spec_file_is_refused_as_the_output()
    {
        if (!CliProcess.Supported) return;
        var spec = InFolder("layer.conv");
        File.Copy(Seed, spec);
        using (var ln = Process.Start("ln", [spec, InFolder("other.conv")])) ln.WaitForExit();
        var outcome = CliRunner.Run(spec, "-o", InFolder("other.conv"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(File.ReadAllText(Seed), File.ReadAllText(spec));
    }

    [Fact]
    public void The_claims_file_is_refused_as_the_output()
    {
        var claims = InFolder("claims.txt");
        File.Copy(CliRunner.Example("seed-claims.txt"), claims);
        var before = File.ReadAllText(claims);
        var outcome = CliRunner.Run("check", Seed, "--claims", claims, "-o", claims);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it is the claims file", outcome.Stderr);
        Assert.Equal(before, File.ReadAllText(claims));
    }

    [Theory]
    [InlineData("layers")]
    [InlineData(null)]
    public void The_model_is_refused_as_the_output(string? command)
    {
        var model = InFolder("two-convs.onnx");
        File.Copy(CliRunner.Example("two-convs.onnx"), model);
        var before = File.ReadAllBytes(model);
        var outcome = CliRunner.Run(command is null ? [model, "-o", model] : [command, model, "-o", model]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("it is the model", outcome.Stderr);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void A_spec_cannot_choose_the_output_file()
    {
        var victim = InFolder("victim.txt");
        File.WriteAllText(victim, "precious\n");
        var spec = InFolder("layer.conv");
        File.WriteAllText(spec, File.ReadAllText(Seed) + $"output = {victim}\n");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: a spec file cannot choose where the output goes", outcome.Stderr);
        Assert.Equal("precious\n", File.ReadAllText(victim));
    }

    [Fact]
    public void A_file_a_spec_names_that_is_not_claims_is_named_not_quoted()
    {
        var secret = InFolder("shadow");
        File.WriteAllText(secret, "root:$6$secretsalt$hash:19000:0:99999:7:::\n");
        var spec = InFolder("layer.conv");
        File.WriteAllText(spec, File.ReadAllText(Seed) + $"claims = {secret}\n");
        var outcome = CliRunner.Run("check", spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"the claims file '{secret}' that the spec names does not start with a claim", outcome.Stderr);
        Assert.DoesNotContain("root", outcome.Stderr);
        Assert.DoesNotContain("secretsalt", outcome.Stderr);
    }

    [Fact]
    public void A_device_a_spec_names_as_claims_is_refused()
    {
        if (!CliProcess.Supported) return;
        var spec = InFolder("layer.conv");
        File.WriteAllText(spec, File.ReadAllText(Seed) + "claims = /dev/zero\n");
        var outcome = CliRunner.Run("check", spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cannot read the claims file '/dev/zero': it is not a regular file", outcome.Stderr);
    }

    [Fact]
    public void A_claims_file_a_spec_names_is_found_beside_the_spec()
    {
        // The tests run in the build folder, not the spec's.
        File.Copy(CliRunner.Example("seed-claims.txt"), InFolder("claims.txt"));
        var spec = InFolder("layer.conv");
        File.WriteAllText(spec, File.ReadAllText(Seed) + "claims = claims.txt\n");
        var outcome = CliRunner.Run("check", spec);
        Assert.True(outcome.ExitCode is 0 or 1, outcome.Stderr);
        Assert.Contains("claims.txt:", outcome.Stdout);
    }
}
