using System.Text.RegularExpressions;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>
/// The README's examples of the notation check reads, run as written: each command of its block
/// after the notation list holds, and the naming-slip example prints the notes the README shows.
/// </summary>
public class ReadmeNotationTests
{
    [Fact]
    public void The_READMEs_notation_commands_hold_as_written()
    {
        var readme = Readme();
        var start = readme.IndexOf("- primes: `'`", StringComparison.Ordinal);
        var block = readme[readme.IndexOf("```sh\n", start, StringComparison.Ordinal)..];
        block = block[6..block.IndexOf("\n```", StringComparison.Ordinal)];
        var commands = block.Split('\n');
        Assert.Equal(3, commands.Length);
        foreach (var command in commands)
        {
            var outcome = CliRunner.Run(Arguments(command));
            Assert.True(outcome.ExitCode == 0, command + "\n" + outcome.Stdout + outcome.Stderr);
        }
    }

    [Fact]
    public void The_READMEs_backward_pass_commands_hold_as_written_and_its_claims_file_catches_the_wrong_one()
    {
        var readme = Readme();
        var start = readme.IndexOf("**The backward pass.**", StringComparison.Ordinal);
        var block = readme[readme.IndexOf("```sh\n", start, StringComparison.Ordinal)..];
        block = block[6..block.IndexOf("\n```", StringComparison.Ordinal)];
        var commands = block.Split('\n');
        Assert.Equal(2, commands.Length);
        foreach (var command in commands)
        {
            var outcome = CliRunner.Run(Arguments(command));
            Assert.True(outcome.ExitCode == 0, command + "\n" + outcome.Stdout + outcome.Stderr);
        }
        var file = System.Text.RegularExpressions.Regex.Match(readme[start..], "`(symconv check examples/seed.conv --claims examples/seed-grad-claims.txt)`").Groups[1].Value;
        Assert.Equal(1, CliRunner.Run(Arguments(file)).ExitCode);
    }

    [Fact]
    public void The_READMEs_naming_slip_example_prints_what_it_shows()
    {
        var readme = Readme();
        var command = Regex.Match(readme, "`(symconv check --kernel-shape 2,1,2,2 [^`]*)` prints").Groups[1].Value.Replace("\n", " ");
        var shown = Regex.Match(readme, "\n```\n(note: x_\\{0,1\\}[^`]*)```").Groups[1].Value;
        Assert.NotEmpty(shown);
        var outcome = CliRunner.Run(Arguments(command));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("\n\n" + shown, outcome.Stdout);
    }

    /// <summary>Splits a README command line as a shell does for these: words, and "…" quoted words.</summary>
    private static string[] Arguments(string command) =>
        Regex.Matches(command, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Skip(1).Select(a => a.StartsWith("examples/", StringComparison.Ordinal) ? CliRunner.Example(a["examples/".Length..]) : a).ToArray();

    private static string Readme()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "README.md")) || !File.Exists(Path.Combine(folder.FullName, "SymConv.sln")))
            folder = folder.Parent ?? throw new InvalidOperationException("README.md not found above the test assembly");
        return File.ReadAllText(Path.Combine(folder.FullName, "README.md")).Replace("\r\n", "\n");
    }
}
