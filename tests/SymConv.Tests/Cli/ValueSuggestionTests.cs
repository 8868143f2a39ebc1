using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>A mistyped option value is refused with the word it most likely meant, pointing at the word.</summary>
public class ValueSuggestionTests
{
    [Theory]
    [InlineData(new[] { "--format", "tex" }, "--format cannot be 'tex': choose one of {formats}; did you mean latex?", "tex", 1)]
    [InlineData(new[] { "--format", "LaTeX" }, "--format cannot be 'LaTeX': choose one of {formats}; did you mean latex?", "LaTeX", 1)]
    [InlineData(new[] { "--format", "md" }, "--format cannot be 'md': choose one of {formats}; did you mean markdown?", "md", 1)]
    [InlineData(new[] { "--padding-mode", "zero" }, "--padding-mode cannot be 'zero': choose one of zeros, reflect, symmetric, replicate, circular; did you mean zeros?", "zero", 1)]
    [InlineData(new[] { "--padding", "vald" }, "--padding cannot be 'vald': choose one of valid, same, same-lower, full, tf-same, causal; did you mean valid?", "vald", 1)]
    [InlineData(new[] { "--zeros", "dots" }, "--zeros cannot be 'dots': choose one of 0, dot, blank; did you mean dot?", "dots", 1)]
    [InlineData(new[] { "--text-layout", "indent" }, "--text-layout cannot be 'indent': choose one of seed, indented; did you mean indented?", "indent", 1)]
    [InlineData(new[] { "--numbers", "decimals" }, "--numbers cannot be 'decimals': choose one of fraction, decimal; did you mean decimal?", "decimals", 1)]
    [InlineData(new[] { "--show", "M,yy" }, "--show cannot be 'yy': choose one of kernel, input, input-vector, matrix, forward-matrix, patches, im2col, padding-term, bias, output, output-tensor, K, x, x', M, C, U, p, b, y', y, all; did you mean y'?", "M,yy", 3)]
    [InlineData(new[] { "--layout", "nchww" }, "--layout cannot be 'nchww': choose one of nchw, nhwc, channels-first, channels-last, ncw, nwc, ncdhw, ndhwc; did you mean nchw?", "nchww", 1)]
    [InlineData(new[] { "check", "--format", "jsn" }, "--format cannot be 'jsn': choose one of text, json (symconv check writes these two); did you mean json?", "jsn", 1)]
    [InlineData(new[] { "neuron", "--at", "0", "--activation", "rel" }, "--activation cannot be 'rel': choose one of none, relu, sigmoid, tanh; did you mean relu?", "rel", 1)]
    public void A_near_miss_gets_the_word_it_meant_and_a_caret_under_it(string[] args, string message, string value, int column)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        // The layer view's formats grow (pictures); the point here is the word suggested.
        message = message.Replace("{formats}", Formats, StringComparison.Ordinal);
        var option = args[Array.IndexOf(args, value) - 1];
        Assert.Equal(
            $"symconv: error: {message}\n" +
            $"  --> {option}, line 1, column {column}\n" +
            $"   | {value}\n" +
            $"   | {new string(' ', column - 1)}^\n",
            outcome.Stderr);
    }

    private static string Formats => string.Join(", ", SymConv.Export.ReportFormats.Names);

    [Fact]
    public void A_switch_value_gets_a_suggestion_too()
    {
        var outcome = CliRunner.Run("--one-per-line=flase");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: --one-per-line cannot be 'flase': choose one of true, false, yes, no, on, off, 1, 0; did you mean false?\n  --> the command line, line 1, column 16\n", outcome.Stderr);
    }

    [Fact]
    public void A_spec_line_s_mistyped_value_points_into_the_file()
    {
        var spec = TempFile.Write("kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\npadding-mode =  zero\npadding = 1\n");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: --padding-mode cannot be 'zero': choose one of zeros, reflect, symmetric, replicate, circular; did you mean zeros?\n" +
            $"  --> {spec}, line 3, column 17\n" +
            "   | padding-mode =  zero\n" +
            "   |                 ^\n",
            outcome.Stderr);
    }

    [Fact]
    public void A_value_far_from_every_word_gets_no_suggestion()
    {
        var outcome = CliRunner.Run("--format", "pdf");
        Assert.StartsWith($"symconv: error: --format cannot be 'pdf': choose one of {Formats}\n", outcome.Stderr);
    }

    public static TheoryData<string, string> EveryChoice()
    {
        var data = new TheoryData<string, string>();
        foreach (var option in OptionCatalog.All)
            foreach (var choice in option.Choices ?? [])
                data.Add(option.Name, choice);
        return data;
    }

    // The catalogue's words are what completion offers and suggestions name: the library must read each.
    [Theory]
    [MemberData(nameof(EveryChoice))]
    public void Every_word_the_catalogue_offers_is_one_the_command_reads(string name, string word)
    {
        var option = OptionCatalog.Find(name)!;
        string[] run = option.Group switch
        {
            OptionCatalog.NeuronGroup => ["neuron", "--at", "0"],
            OptionCatalog.ModelGroup => [SymConv.Tests.Onnx.OnnxFixtures.Path_("inexact.onnx")],
            _ => [],
        };
        string[] format = option.Formats is { } formats ? ["--format", formats[0]] : [];
        var outcome = CliRunner.Run([.. run, .. format, "--" + name, word]);
        Assert.DoesNotContain("cannot be '", outcome.Stderr);
        Assert.DoesNotContain("internal error", outcome.Stderr);
    }

    [Theory]
    [InlineData("", "text")]
    [InlineData("check", "json")]
    [InlineData("formula", "latex")]
    [InlineData("neuron", "markdown")]
    public void Each_command_reads_the_formats_it_lists(string command, string format)
    {
        var formats = CommandCatalog.Find(command.Length == 0 ? null : command).Formats();
        Assert.Contains(format, formats);
        foreach (var each in formats)
        {
            string[] args = command switch { "" => [], "neuron" => ["neuron", "--at", "0"], "check" => ["check", "--claim", "y'[0] = 1a+2b+4c+5d"], _ => [command] };
            var outcome = CliRunner.Run([.. args, "--format", each]);
            Assert.True(outcome.ExitCode == 0, each + ": " + outcome.Stderr);
        }
    }
}
