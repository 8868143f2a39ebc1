using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Parsing;

/// <summary>Messages about option values stay short and say what is wrong with the number.</summary>
public class OptionMessageTests
{
    [Fact]
    public void A_long_value_is_echoed_around_its_offending_part_with_the_caret_on_it()
    {
        var value = string.Concat(Enumerable.Repeat("1,", 3000)) + "x";
        var outcome = CliRunner.Run("--stride", value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            "symconv: error: --stride cannot be '…" + string.Concat(Enumerable.Repeat(",1", 29)) + ",x': expected integers separated by commas, such as 2 or 2,1\n" +
            "  --> --stride, line 1, column 6001\n" +
            // The line is shown from 60 columns before the caret, as for any long line.
            "   | … " + value[5941..] + "\n" +
            "   | " + new string(' ', 2 + 6000 - 5941) + "^\n",
            outcome.Stderr);
    }

    [Theory]
    [InlineData("abcdef", 0, "abcdef")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", 0, "012345678901234567890123456789012345678901234567890123456789…")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", 69, "…012345678901234567890123456789012345678901234567890123456789")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789", 35, "…567890123456789012345678901234567890123456789012345678901234…")]
    public void An_echo_keeps_sixty_characters_around_its_focus(string value, int focus, string echoed) =>
        Assert.Equal(echoed, ErrorMessages.Echo(value, focus));

    [Fact]
    public void A_long_word_for_a_choice_is_cut()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--padding-mode", new string('z', 5000));
        Assert.StartsWith("symconv: error: --padding-mode cannot be '" + new string('z', 60) + "…': choose one of zeros", outcome.Stderr);
        Assert.InRange(outcome.Stderr.Length, 0, 600);
    }

    [Fact]
    public void A_row_past_an_int_is_called_too_big_with_the_limit()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--rows", "0..99999999999");
        Assert.Equal(
            "symconv: error: --rows cannot be '0..99999999999': 99999999999 is too big, the largest number accepted is 2147483647\n" +
            "  --> --rows, line 1, column 4\n" +
            "   | 0..99999999999\n" +
            "   |    ^\n",
            outcome.Stderr);
    }

    [Fact]
    public void A_row_that_fits_an_int_is_measured_against_M()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--rows", "0..2000000000");
        Assert.Equal("symconv: error: --rows 0..2000000000 is outside M, whose rows are 0..7\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("--stride", "-99999999999", "--stride cannot be '-99999999999': -99999999999 is too small, the smallest number accepted is -2147483647")]
    [InlineData("--padding", "1,3000000000", "--padding cannot be '1,3000000000': 3000000000 is too big, the largest number accepted is 2147483647")]
    public void Every_integer_option_says_too_big_rather_than_not_a_number(string option, string value, string message)
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), option, value);
        Assert.StartsWith("symconv: error: " + message + "\n", outcome.Stderr);
    }
}
