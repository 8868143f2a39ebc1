using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>An option that would do nothing for the chosen format or command is refused on the command line and warned about in a spec file.</summary>
public class OptionApplicabilityTests
{
    // A layer with a unit coefficient (1a), a terminating fraction (1/2) and one that is not (1/3),
    // so that every option has something to change.
    private static readonly string[] Layer = ["--kernel", "[[[[a 1/2] [c 1/3]]] [[[e f] [g h]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]"];

    private static readonly string[] Transposed = ["--kernel", "[[[[a 1/2] [c 1/3]] [[e f] [g h]]]]", "--input", "[[[1 2] [3 4]]]", "--transposed"];

    // A value for each option whose effect depends on the format.
    private static readonly Dictionary<string, string[]> Samples = new()
    {
        ["show"] = ["--show", "U"], ["hide-unit-coefficients"] = ["--hide-unit-coefficients"],
        ["unit-coefficients"] = ["--unit-coefficients"], ["max-rows"] = ["--max-rows", "2"], ["max-cols"] = ["--max-cols", "2"],
        ["zeros"] = ["--zeros", "dot"], ["standalone"] = ["--standalone"], ["highlight"] = ["--highlight", "1"],
        ["text-layout"] = ["--text-layout", "indented"], ["one-per-line"] = ["--one-per-line"],
        ["numbers"] = ["--numbers", "decimal"], ["csv-numbers"] = ["--csv-numbers", "decimal"],
        ["rows"] = ["--rows", "1"],
    };

    private static int SeedLines => File.ReadAllLines(CliRunner.Example("seed.conv")).Length;

    public static TheoryData<string, string> FormatBound()
    {
        var data = new TheoryData<string, string>();
        foreach (var option in OptionCatalog.All.Where(o => o.Formats is not null))
            foreach (var format in CommandCatalog.Layer.Formats())
                data.Add(option.Name, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormatBound))]
    public void An_option_changes_the_formats_it_lists_and_is_refused_with_the_others(string name, string format)
    {
        var option = OptionCatalog.Find(name)!;
        Assert.True(Samples.TryGetValue(name, out var sample), $"no sample value for --{name} in this test");
        // html does not draw U(x) (ShowForFormatTests), but C is its --show's choice.
        if (name == "show" && format == "html") sample = ["--show", "M"];
        // The pictures draw C beside M only for a transposed layer, so --show has a choice to make there.
        string[] layer = name == "show" ? Transposed : Layer;
        var without = CliRunner.Run([.. layer, "--format", format]);
        var with = CliRunner.Run([.. layer, "--format", format, .. sample]);
        Assert.True(without.ExitCode == 0, without.Stderr);
        var formats = option.Formats!;
        if (formats.Contains(format) && with.ExitCode == 2)
        {
            // A writer may refuse the option itself, with its own reason (--rows with html, which shows the whole layer).
            Assert.StartsWith($"symconv: error: --{name} cannot be used with --format {format}", with.Stderr);
        }
        else if (formats.Contains(format))
        {
            Assert.True(with.ExitCode == 0, with.Stderr);
            Assert.NotEqual(without.Stdout, with.Stdout);
        }
        else
        {
            Assert.Equal(2, with.ExitCode);
            Assert.Equal("", with.Stdout);
            // A format with a reason of its own says it (html shows the whole layer, so it refuses --rows).
            var refusal = option.RefusedIn?.GetValueOrDefault(format) is { } why ? $"cannot be used with --format {format}, {why}" : $"does nothing for --format {format}";
            Assert.StartsWith($"symconv: error: --{name} {refusal}: it applies to ", with.Stderr);
            Assert.Contains($"  hint: drop --{name}, or choose --format ", with.Stderr);
        }
    }

    [Fact]
    public void The_refusal_points_at_the_option_and_names_the_formats_it_serves()
    {
        var outcome = CliRunner.Run("--format", "json", "--standalone");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: --standalone does nothing for --format json: it applies to latex and tikz\n" +
            "  --> the command line, line 1, column 15\n" +
            "   | --format json --standalone\n" +
            "   |               ^\n" +
            "  hint: drop --standalone, or choose --format latex or tikz\n",
            outcome.Stderr);
    }

    [Fact]
    public void A_spec_line_that_does_nothing_for_the_format_is_warned_about_and_the_run_goes_on()
    {
        var spec = TempFile.Write(File.ReadAllText(CliRunner.Example("seed.conv")) + "standalone = true\n");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(CliRunner.Run(CliRunner.Example("seed.conv")).Stdout, outcome.Stdout);
        Assert.Equal($"symconv: warning: {spec}, line {SeedLines + 1}: --standalone does nothing for --format text: it applies to latex and tikz (the line is left unread)\n", outcome.Stderr);
        // With the format it serves, the same line is read, and nothing is said.
        var latex = CliRunner.Run(spec, "--format", "latex");
        Assert.Equal("", latex.Stderr);
        Assert.Contains("\\documentclass", latex.Stdout);
    }

    [Theory]
    [InlineData("check", "--standalone", "symconv check", "symconv, symconv neuron and symconv grad read it")]
    [InlineData("formula", "--numbers", "symconv formula", "symconv, symconv check, symconv neuron and symconv grad read it")]
    [InlineData("formula", "--hide-unit-coefficients", "symconv formula", "symconv, symconv check, symconv neuron and symconv grad read it")]
    [InlineData("neuron", "--zeros", "symconv neuron", "symconv and symconv grad read it")]
    public void An_option_another_command_reads_is_refused_and_its_readers_named(string command, string option, string title, string readers)
    {
        string[] value = option is "--numbers" ? ["decimal"] : option is "--zeros" ? ["dot"] : [];
        string[] at = command == "neuron" ? ["--at", "0"] : command == "check" ? ["--claim", "y'[0] = 1a+2b+4c+5d"] : [];
        var outcome = CliRunner.Run([command, CliRunner.Example("seed.conv"), .. at, option, .. value]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"symconv: error: {option} does not apply to {title}; {readers}\n", outcome.Stderr);
        Assert.EndsWith($"  hint: {title} --help lists the options it reads\n", outcome.Stderr);
    }

    [Fact]
    public void A_spec_line_for_another_command_is_warned_about_and_left_to_it()
    {
        var spec = TempFile.Write(File.ReadAllText(CliRunner.Example("seed.conv")) + "claim = y'[0] = 1a+2b+4c+5d\n");
        var shown = CliRunner.Run(spec, "--show", "y'");
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal($"symconv: warning: {spec}, line {SeedLines + 1}: --claim does not apply to symconv (the layer view); symconv check reads it (the line is left unread)\n", shown.Stderr);
        var checkedClaims = CliRunner.Run("check", spec);
        Assert.Equal(0, checkedClaims.ExitCode);
        Assert.Equal("", checkedClaims.Stderr);
    }
}
