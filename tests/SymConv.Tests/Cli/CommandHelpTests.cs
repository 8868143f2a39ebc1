using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>symconv COMMAND --help shows that command's options and examples, not the main help.</summary>
public class CommandHelpTests
{
    private static string Help(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal("", outcome.Stderr);
        return outcome.Stdout;
    }

    [Fact]
    public void Check_help_shows_check_s_options_and_examples()
    {
        var help = Help("check", "--help");
        Assert.StartsWith("symconv check — check hand-derived claims about y' and M against the layer; exit 1 when one is false.\n\nUsage:\n  symconv check ", help);
        Assert.Contains("\n      --claim CLAIM ", help);
        Assert.Contains("\n      --kernel-shape SHAPE ", help);
        Assert.Contains("\n      --format FORMAT               text, json (the first is the default)\n", help);
        Assert.Contains("\nExamples:\n  symconv check --claim \"y'[0] = 1a+2b+4c+5d\"\n", help);
        // Not the options check would refuse, and not the main help.
        Assert.DoesNotContain("--show", help);
        Assert.DoesNotContain("--standalone", help);
        Assert.DoesNotContain("--at ", help);
        Assert.NotEqual(Help("--help"), help);
        Assert.Equal(help, Help("check", "-h"));
    }

    public static TheoryData<string> Commands() => [.. CommandCatalog.Names];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_with_usage_and_examples_that_lists_only_what_it_reads(string name)
    {
        var command = CommandCatalog.Find(name);
        var help = Help(name, "--help");
        Assert.StartsWith($"symconv {name} — {command.Summary}.\n", help);
        Assert.NotEmpty(command.Examples);
        foreach (var (line, _) in command.Examples)
            Assert.Contains("\n  " + line + "\n", help);
        foreach (var option in OptionCatalog.All)
        {
            // A word that serves a single layer and a stack (neuron) has one help for both.
            if (CommandCatalog.Sharing(name).Any(c => c.Takes(option))) Assert.Contains("--" + option.Name + (option.ValueName is null ? "" : " " + option.ValueName), help);
            else Assert.DoesNotContain("    --" + option.Name + " ", help);
        }
    }

    [Fact]
    public void The_main_help_lists_every_command_and_says_how_to_get_its_help()
    {
        var help = Help("--help");
        foreach (var command in CommandCatalog.All)
        {
            foreach (var usage in command.Usage)
                Assert.Contains("\n  " + usage + "\n", help);
            Assert.Contains("\n  " + command.Usage[^1] + "\n      " + command.Summary + "\n", help);
        }
        Assert.Contains("symconv COMMAND --help shows one command's options and examples.\n", help);
        Assert.Contains("\nExamples:\n  symconv\n", help);
        foreach (var option in OptionCatalog.All)
            Assert.Contains("--" + option.Name, help);
    }

    [Fact]
    public void Every_example_in_the_help_runs()
    {
        // Each example as a command line: only those that need no file beyond the examples folder.
        foreach (var command in CommandCatalog.All)
        {
            foreach (var (line, _) in command.Examples)
            {
                if (line.Contains("&&") || line.StartsWith("source", StringComparison.Ordinal)) continue;
                var words = Words(line).Skip(1).Select(w => w.StartsWith("examples/", StringComparison.Ordinal) ? CliRunner.Example(w["examples/".Length..]) : w).ToArray();
                var outcome = CliRunner.Run(words);
                // symconv check's example claims include a false one: exit 1, the verdict, not trouble.
                Assert.True(outcome.ExitCode == 0 || (command == CommandCatalog.Check && outcome.ExitCode == 1), line + ": " + outcome.Stderr);
                Assert.DoesNotContain("error", outcome.Stderr);
            }
        }
    }

    // A command line split as a shell splits it, for the examples' plain double quotes.
    private static IEnumerable<string> Words(string line)
    {
        var word = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted)
            {
                if (word.Length > 0) yield return word.ToString();
                word.Clear();
                continue;
            }
            word.Append(c);
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
