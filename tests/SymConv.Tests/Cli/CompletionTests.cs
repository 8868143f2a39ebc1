using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Cli;

/// <summary>symconv completion bash|zsh: the script, sourced in the real shell, completes what the command reads.</summary>
public class CompletionTests(ITestOutputHelper output)
{
    private static string Script(string shell)
    {
        var outcome = CliRunner.Run("completion", shell);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal("", outcome.Stderr);
        return TempFile.Write(outcome.Stdout, "symconv-completion." + shell);
    }

    // What the shell offers when TAB is pressed on the last word of the line.
    private static string[] Complete(string shell, string script, params string[] words)
    {
        var quoted = string.Join(' ', words.Select(w => "'" + w.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var print = shell == "bash" ? "printf '%s\\n' \"${COMPREPLY[@]}\"" : "print -l -- \"${COMPREPLY[@]}\"";
        var command = $"source '{script}'; COMP_WORDS=({quoted}); COMP_CWORD={words.Length - 1}; _symconv; {print}";
        string[] arguments = shell == "bash" ? ["--norc", "--noprofile", "-c", command] : ["-f", "-c", command];
        // In a folder of its own, so that file names offered come only from the words typed.
        var folder = Path.GetDirectoryName(script)!;
        var run = ExternalTools.Run(shell == "bash" ? "bash" : shell, arguments, folder, TimeSpan.FromSeconds(60));
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Bash_completes_commands_options_and_values()
    {
        var script = Script("bash");
        Assert.Equal(["check", "completion"], Complete("bash", script, "symconv", "c"));
        Assert.Equal(["latex"], Complete("bash", script, "symconv", "--format", "la"));
        Assert.Equal(["latex"], Complete("bash", script, "symconv", "--format", "=", "la"));
        Assert.Equal(["text", "json"], Complete("bash", script, "symconv", "check", "--format", ""));
        Assert.Equal(["zeros"], Complete("bash", script, "symconv", "--padding-mode", "z"));
        Assert.Equal(["y'", "y"], Complete("bash", script, "symconv", "--show", "y"));
        Assert.Equal(["bash", "zsh"], Complete("bash", script, "symconv", "completion", ""));
        // A command's own options only: --claim for check, not --show.
        var check = Complete("bash", script, "symconv", "check", "--");
        Assert.Contains("--claim", check);
        Assert.Contains("--kernel-shape", check);
        Assert.DoesNotContain("--show", check);
        Assert.DoesNotContain("--claim", Complete("bash", script, "symconv", "--cl"));
        // A free value is not guessed at.
        Assert.Empty(Complete("bash", script, "symconv", "--stride", ""));
    }

    [Fact]
    public void Bash_completes_file_names_where_a_file_is_named()
    {
        var script = Script("bash");
        var folder = Path.GetDirectoryName(script)!;
        var spec = Path.Combine(folder, "layer-for-completion.conv");
        File.WriteAllText(spec, "");
        var prefix = Path.Combine(folder, "layer-for-comp");
        Assert.Equal([spec], Complete("bash", script, "symconv", prefix));
        Assert.Equal([spec], Complete("bash", script, "symconv", "check", "--claims", prefix));
        Assert.Equal([spec], Complete("bash", script, "symconv", "-o", prefix));
    }

    [Fact]
    public void Zsh_sources_the_script_and_completes_the_same()
    {
        if (ExternalTools.Zsh(output) is null) return;
        var script = Script("zsh");
        // zsh's compgen offers every candidate and zsh itself keeps those that start with the word typed.
        Assert.Equal(["text", "json"], Complete("zsh", script, "symconv", "check", "--format", "j"));
        Assert.Equal(["zeros", "reflect", "symmetric", "replicate", "circular"], Complete("zsh", script, "symconv", "--padding-mode", "z"));
        var neuron = Complete("zsh", script, "symconv", "neuron", "--");
        Assert.Contains("--at", neuron);
        Assert.DoesNotContain("--show", neuron);
    }

    [Theory]
    [InlineData(new string[0], "symconv: error: symconv completion needs the shell: symconv completion bash, or symconv completion zsh\n")]
    [InlineData(new[] { "fish" }, "symconv: error: symconv completion writes scripts for bash and zsh, not 'fish'\n")]
    public void An_unknown_shell_is_refused(string[] args, string message)
    {
        var outcome = CliRunner.Run(["completion", .. args]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(message, outcome.Stderr);
    }
}
