using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Parsing;

/// <summary>Spec files are read in one pass, whatever they hold, and any line end ends a line.</summary>
public class SpecFileTests
{
    // Steps per character of input that any reading may take, retries included.
    private const int StepsPerCharacter = 8;

    // Enough open brackets that a reader doubling its work per bracket (as Sprache's XMany made
    // both grammars do) takes hundreds of thousands of steps, few enough that it still ends.
    private const int OpenBrackets = 18;

    private static (InputException Error, long Steps) RefusedWithSteps(Action read)
    {
        var before = ParseWork.Steps;
        var error = Assert.Throws<InputException>(read);
        return (error, ParseWork.Steps - before);
    }

    [Fact]
    public void Brackets_left_open_are_refused_in_steps_linear_in_the_text()
    {
        var text = "kernel = " + new string('[', OpenBrackets) + "\n";
        var (error, steps) = RefusedWithSteps(() => SpecGrammar.Read("p.conv", text));
        Assert.Equal("this '[' is never closed: the value runs on to the end of the file", error.Message);
        Assert.Equal((1, 9 + OpenBrackets), (error.At!.Line, error.At.Column));
        Assert.InRange(steps, 0, StepsPerCharacter * text.Length);
    }

    [Fact]
    public void A_mutated_example_with_open_brackets_on_every_line_is_refused_in_linear_steps()
    {
        var text = string.Concat(Enumerable.Repeat("kernel = [w_{0,0} w_{0,1}= [[[\n", 6));
        var (error, steps) = RefusedWithSteps(() => SpecGrammar.Read("p.conv", text));
        Assert.Equal("this '[' is never closed: the value runs on to the end of the file", error.Message);
        Assert.InRange(steps, 0, StepsPerCharacter * text.Length);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[[1 2] [")]
    [InlineData("[a, (")]
    [InlineData("[1 2 3")]
    [InlineData("[[[1, 2, ")]
    public void A_tensor_left_open_is_refused_in_steps_linear_in_its_length(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 2 * OpenBrackets / unit.Count(c => c is '[' or '(')));
        var (_, steps) = RefusedWithSteps(() => TensorReader.Read("--kernel", text, new SymConv.Algebra.SymbolTable()));
        Assert.InRange(steps, 0, StepsPerCharacter * text.Length);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Lines_end_at_any_line_end_and_errors_count_them_alike(string end)
    {
        var good = CliRunner.Run(TempFile.Write($"kernel = [[[[a b]]]]{end}input = [[[1 2]{end} [3 4]]]{end}"), "--show", "y'");
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("1a+2b", good.Stdout);

        var spec = TempFile.Write($"# a layer{end}kernel = [[[[a b]]]]{end}input = [[[1 2]{end} [3 4!]]]{end}");
        var bad = CliRunner.Run(spec);
        Assert.Equal(
            "symconv: error: unexpected '!'; expected ']'\n" +
            $"  --> {spec}, line 4, column 6\n" +
            "   |  [3 4!]]]\n" +
            "   |      ^\n" +
            "  hint: write a tensor as nested brackets, entries separated by spaces ([[1 2] [3 4]]) or by commas ([[1, 2], [3, 4]]); use commas when an entry contains spaces\n",
            bad.Stderr);
    }

    [Fact]
    public void A_bad_option_value_after_lone_carriage_returns_names_its_own_line()
    {
        var spec = TempFile.Write("kernel = [[[[a b]]]]\rinput = [[[1 2]]]\rstride = x\r");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"  --> {spec}, line 3, column 10\n   | stride = x\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("kernel [[a]]\n", "unexpected '['; expected '='", 1, 8)]
    [InlineData("  9 = 1\n", "unexpected '9'; expected option name", 1, 3)]
    [InlineData("stride = 1\n= 2\n", "unexpected '='; expected option name", 2, 1)]
    [InlineData("kernel = [[[[a b]\n [c d]]]\n", "this '[' is never closed: the value runs on to the end of the file", 1, 10)]
    public void Spec_syntax_errors_say_what_was_expected_where(string text, string message, int line, int column)
    {
        var error = Assert.Throws<InputException>(() => SpecGrammar.Read("p.conv", text));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.At!.Line, error.At.Column));
    }

    [Fact]
    public void Values_keep_their_place_and_run_on_while_brackets_are_open()
    {
        var entries = SpecGrammar.Read("p.conv", "stride = 2   # two\r\nkernel = [[[[a b]\r\n  [c d]]]]\r\n\r\n  padding=1");
        Assert.Equal(["stride", "kernel", "padding"], entries.Select(e => e.Key));
        Assert.Equal(["2", "[[[[a b]\r\n  [c d]]]]", "1"], entries.Select(e => e.Text));
        Assert.Equal([(1, 10), (2, 10), (5, 11)], entries.Select(e => (e.At.Line, e.At.Column)));
    }
}
