using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Parsing;

/// <summary>
/// Numbers as frameworks and people write them are read exactly, and text that could be one
/// entry or two is refused with both readings, never split or joined silently.
/// </summary>
public class NeverMisreadTests
{
    private static string Row(string text)
    {
        var symbols = new SymbolTable();
        var tensor = TensorReader.Read("--input", text, symbols);
        return string.Join('|', tensor.Values.Select(v => PolynomialText.Format(v, symbols, UnitCoefficients.Hidden)));
    }

    private static InputException Refused(string text) =>
        Assert.Throws<InputException>(() => TensorReader.Read("--input", text, new SymbolTable()));

    [Theory]
    [InlineData("[7 8 9e-3]", "7|8|9/1000")]
    [InlineData("[1.0e-03]", "1/1000")]
    [InlineData("[2.5E+02]", "250")]
    [InlineData("[-4.e-1]", "-2/5")]
    [InlineData("[.5]", "1/2")]
    [InlineData("[1.]", "1")]
    [InlineData("[-0.]", "0")]
    [InlineData("[2e3]", "2000")]
    [InlineData("[2e+3]", "2000")]
    [InlineData("[2e3(a)]", "2000a")]
    [InlineData("[1.2346e-03]", "6173/5000000")]
    [InlineData("[1., -1., 0.5, 2.]", "1|-1|1/2|2")]
    public void Scientific_notation_and_bare_points_are_exact_numbers(string text, string entries) =>
        Assert.Equal(entries, Row(text));

    [Theory]
    // An e that no digit follows is a symbol: 2e is still 2 times e, and with spaces an operator follows it.
    [InlineData("[2e]", "2e")]
    [InlineData("[2e-x]", "2e-x")]
    // A power of ten is never followed by a letter, so the seed's own 4e+5f is a sum, as it was.
    [InlineData("[4e+5f+7g]", "4e+5f+7g")]
    [InlineData("[4e-5(a+b)]", "4e-5a-5b")]
    [InlineData("[2e + 3, 1]", "2e+3|1")]
    [InlineData("[x_{00} x_0*0]", "x_{00}|0")]
    [InlineData("[x_1 2 3]", "x_1|2|3")]
    [InlineData("[(a)*2 b]", "2a|b")]
    [InlineData("[w_{0}a]", "w_0*a")]
    [InlineData("[1 2|3]", "1|2|3")]
    public void What_stays_as_it_was(string text, string entries) =>
        Assert.Equal(entries, Row(text));

    [Fact]
    public void The_power_of_ten_goes_to_its_limit_and_no_further() =>
        Assert.Equal("1/1" + new string('0', 400), Row("[1e-400]"));

    [Fact]
    public void A_one_character_subscript_run_on_by_digits_is_refused_with_both_readings()
    {
        var error = Refused("[[x_00 x_01]]");
        Assert.Equal("'x_00' reads two ways: the symbol x_{00}, or x_0 followed by 0", error.Message);
        Assert.Equal("a subscript without braces is one character: write x_{00} for one symbol, or x_0*0 for a product; a space or a comma separates entries", error.Hint);
        Assert.Equal((1, 6), (error.At!.Line, error.At.Column));
    }

    [Theory]
    [InlineData("[[x_12 3]]", "'x_12' reads two ways: the symbol x_{12}, or x_1 followed by 2", 6)]
    [InlineData("[[x_1y]]", "'x_1y' reads two ways: the symbol x_{1y}, or x_1 followed by y", 6)]
    [InlineData("[[a, x_00]]", "'x_00' reads two ways: the symbol x_{00}, or x_0 followed by 0", 9)]
    [InlineData("[[(a)2 b]]", "a number right after ')' reads two ways: a product, or the start of another entry", 6)]
    [InlineData("[[w_{1}2]]", "a number right after '}' reads two ways: a product, or the start of another entry", 8)]
    [InlineData("[[(a).5]]", "a number right after ')' reads two ways: a product, or the start of another entry", 6)]
    [InlineData("[[1e3x]]", "a letter right after a number with a power of ten (1e3x) reads two ways: a product, or a misspelt number", 6)]
    [InlineData("[[1.5.5]]", "unexpected '.'; expected ']'", 6)]
    [InlineData("[[1e999999999]]", "number with a power of ten beyond ±400", 4)]
    [InlineData("[[1e401]]", "number with a power of ten beyond ±400", 4)]
    public void Text_that_reads_two_ways_is_refused_where_the_readings_part(string text, string message, int column)
    {
        var error = Refused(text);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.At!.Column);
    }

    [Fact]
    public void A_tensor_claim_whose_entries_run_together_is_refused()
    {
        var outcome = CliRunner.Run("check", "--kernel", "[[[w_1 w_2]]]", "--input", "[[1 2 3]]", "--claim", "y' = [w_1+2w_22w_1+3w_2]");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: 'w_22w' reads two ways: the symbol w_{22w}, or w_2 followed by 2w\n" +
            "  --> --claim, line 1, column 15\n" +
            "   | y' = [w_1+2w_22w_1+3w_2]\n" +
            "   |               ^\n" +
            "  hint: a subscript without braces is one character: write w_{22w} for one symbol, or w_2*2w for a product; a space or a comma separates entries\n",
            outcome.Stderr);
    }

    [Fact]
    public void A_scalar_claim_reads_scientific_notation_and_refuses_run_on_subscripts()
    {
        var held = CliRunner.Run("check", "--kernel", "[[[1e-3 2]]]", "--input", "[[1 2 3]]", "--claim", "y'[0] = 4.001e0");
        Assert.Equal(0, held.ExitCode);
        var refused = CliRunner.Run("check", "--kernel", "[[[x_0 2]]]", "--input", "[[1 2 3]]", "--claim", "y'[0] = x_00");
        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith("symconv: error: 'x_00' reads two ways", refused.Stderr);
    }

    [Fact]
    public void A_spec_file_reads_entries_as_the_command_line_does()
    {
        var spec = TempFile.Write("kernel = [[[[9e-3 x_00]]]]\ninput = [[[1 2 3]]]\n");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"  --> {spec}, line 1, column 22\n", outcome.Stderr);
        Assert.StartsWith("symconv: error: 'x_00' reads two ways", outcome.Stderr);
    }

    [Theory]
    [InlineData("[[[e 2e+3]]]", "[[1]]")]
    [InlineData("[[[2e+3 e]]]", "[[1]]")]
    [InlineData("[[[e]]]", "[[2e+3]]")]
    public void Where_e_is_a_symbol_a_signed_power_of_ten_is_refused_with_both_readings(string kernel, string input)
    {
        var outcome = CliRunner.Run("--kernel", kernel, "--input", input);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: '2e+3' reads two ways, as e is a symbol here: a number in scientific notation, or 2e + 3\n", outcome.Stderr);
        Assert.EndsWith("  hint: write 2*e+3 for the sum with the symbol e, or the number without a power of ten\n", outcome.Stderr);
    }

    [Fact]
    public void A_printed_output_pasted_back_as_a_claim_is_never_read_as_a_power_of_ten()
    {
        // The text format writes 2 times e plus 3 as 2e+3; as a claim it must not silently become 2000.
        var outcome = CliRunner.Run("check", "--kernel", "[[[e]]]", "--input", "[[2]]", "--bias", "[3]", "--claim", "y'[0] = 2e+3");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: '2e+3' reads two ways, as e is a symbol here: a number in scientific notation, or 2e + 3\n" +
            "  --> --claim, line 1, column 9\n" +
            "   | y'[0] = 2e+3\n" +
            "   |         ^\n" +
            "  hint: write 2*e+3 for the sum with the symbol e, or the number without a power of ten\n",
            outcome.Stderr);
        Assert.Equal(0, CliRunner.Run("check", "--kernel", "[[[e]]]", "--input", "[[2]]", "--bias", "[3]", "--claim", "y'[0] = 2*e+3").ExitCode);
    }

    [Fact]
    public void Where_no_symbol_is_e_a_signed_power_of_ten_is_a_number_beside_symbols() =>
        Assert.Equal("a|2000", Row("[a 2e+3]"));
}
