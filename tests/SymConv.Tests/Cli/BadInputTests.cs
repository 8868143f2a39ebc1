using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>Every kind of bad input ends in one message with exit code 2 and nothing thrown.</summary>
public class BadInputTests
{
    private static CliRunner.Outcome Fails(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        return outcome;
    }

    [Fact]
    public void A_malformed_entry_is_shown_with_line_column_and_caret()
    {
        var outcome = Fails("--kernel", "[[[[1 2] [3 x!]]]]", "--input-shape", "1,3,3");
        Assert.Equal(
            "symconv: error: unexpected '!'; expected ']'\n" +
            "  --> --kernel, line 1, column 14\n" +
            "   | [[[[1 2] [3 x!]]]]\n" +
            "   |              ^\n" +
            "  hint: write a tensor as nested brackets, entries separated by spaces ([[1 2] [3 4]]) or by commas ([[1, 2], [3, 4]]); use commas when an entry contains spaces\n",
            outcome.Stderr);
    }

    [Theory]
    [InlineData("[[[1 2] [3]]]", "ragged tensor: this bracket holds 1 entry, but the first one at its level holds 2 entries", 9)]
    [InlineData("[[[1 2] 3]]", "unexpected '3'; expected ']'", 9)]
    [InlineData("[[[1 2] [[3 4]]]]", "ragged tensor: this bracket is nested to a different depth than the first one at its level", 9)]
    [InlineData("[[[]]]", "empty brackets: a tensor needs at least one entry in every bracket", 3)]
    [InlineData("[[[1, 2,]]]", "unexpected ']'; expected entry", 9)]
    [InlineData("[[[a/b]]]", "division by an expression with symbols: entries must be polynomials", 6)]
    [InlineData("[[[a/(2-2)]]]", "division by zero", 7)]
    [InlineData("[[[a^-1]]]", "expected an exponent after '^': a non-negative integer such as a^2", 6)]
    [InlineData("[[[a^99]]]", "exponent larger than 64", 6)]
    [InlineData("[[[1 2] [3 4]", "unexpected end of text; expected ']'", 14)]
    public void Malformed_inputs_name_the_problem_and_its_column(string input, string message, int column)
    {
        var outcome = Fails("--kernel", "[[[[a]]]]", "--input", input);
        Assert.StartsWith("symconv: error: " + message + "\n", outcome.Stderr);
        Assert.Contains($"  --> --input, line 1, column {column}\n", outcome.Stderr);
    }

    [Fact]
    public void A_shape_mismatch_names_both_shapes()
    {
        var outcome = Fails("--kernel-shape", "1,2,2,2", "--input-shape", "1,3,3");
        Assert.Contains("1×2×2×2", outcome.Stderr);
        Assert.Contains("1×3×3", outcome.Stderr);
    }

    [Fact]
    public void A_kernel_larger_than_the_input_is_refused_in_words()
    {
        var outcome = Fails("--kernel-shape", "1,1,4,4", "--input-shape", "1,3,3");
        Assert.Contains("the output would be empty: in spatial dimension 1 the kernel of size 4, more than the input of size 3", outcome.Stderr);
    }

    [Theory]
    [InlineData("--stride", "two", "--stride cannot be 'two'")]
    [InlineData("--padding-mode", "mirror", "--padding-mode cannot be 'mirror': choose one of zeros, reflect, symmetric, replicate, circular")]
    [InlineData("--format", "pdf", "--format cannot be 'pdf'")]
    [InlineData("--show", "everything", "--show cannot be 'everything'")]
    [InlineData("--rows", "5..9", "--rows 5..9 is outside M, whose rows are 0..7")]
    public void A_bad_option_value_names_the_option(string option, string value, string message)
    {
        var outcome = Fails(CliRunner.Example("seed.conv"), option, value);
        Assert.StartsWith("symconv: error: " + message, outcome.Stderr);
    }

    [Fact]
    public void An_unknown_option_suggests_the_closest()
    {
        var outcome = Fails("--strid", "2");
        Assert.StartsWith("symconv: error: unknown option --strid; did you mean --stride?\n", outcome.Stderr);
    }

    [Fact]
    public void A_spec_file_error_points_into_the_file()
    {
        var spec = TempFile.Write("kernel = [[[[a b]\n              [c d!]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\n");
        var outcome = Fails(spec);
        Assert.Contains($"  --> {spec}, line 2, column 19\n", outcome.Stderr);
        Assert.Contains("   |               [c d!]]]]\n", outcome.Stderr);
    }

    [Fact]
    public void An_unknown_spec_key_is_named_with_a_suggestion()
    {
        var spec = TempFile.Write("# a layer\nkernal = [[[[a]]]]\n");
        var outcome = Fails(spec);
        Assert.StartsWith("symconv: error: unknown key 'kernal'; did you mean 'kernel'?\n", outcome.Stderr);
        Assert.Contains("line 2, column 1", outcome.Stderr);
    }

    [Fact]
    public void A_missing_spec_file_is_named()
    {
        var outcome = Fails("/no/such/layer.conv");
        Assert.Equal("symconv: error: cannot read the spec file '/no/such/layer.conv': no such file\n", outcome.Stderr);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_it_can_overflow_the_stack()
    {
        var spec = TempFile.Write("kernel = " + new string('[', 200_000) + "a" + new string(']', 200_000) + "\n");
        var outcome = Fails(spec);
        Assert.Contains("nested deeper than 64 levels", outcome.Stderr);
    }

    [Fact]
    public void Deep_parentheses_are_refused_too()
    {
        Fails("--kernel", "[[[[" + new string('(', 100_000) + "a" + new string(')', 100_000) + "]]]]", "--input-shape", "1,1,1");
    }

    [Fact]
    public void A_very_long_entry_is_read_without_recursion()
    {
        var spec = TempFile.Write("kernel = [[[[" + string.Join("+", Enumerable.Repeat("a", 100_000)) + "]]]]\ninput = [[[2]]]\n");
        var outcome = CliRunner.Run(spec, "--show", "y'");
        Assert.Equal(0, outcome.ExitCode);
        Assert.EndsWith("y':\n[200000a]\n", outcome.Stdout);
    }

    [Fact]
    public void A_huge_number_literal_is_refused()
    {
        var outcome = Fails("--kernel", "[[[[" + new string('9', 100_000) + "]]]]", "--input-shape", "1,1,1");
        Assert.Contains("number longer than 400 digits", outcome.Stderr);
    }

    [Fact]
    public void A_power_that_explodes_is_refused()
    {
        var outcome = Fails("--kernel", "[[[[(a+b+c+d+e+f)^60]]]]", "--input-shape", "1,1,1");
        Assert.Contains("this power expands to too many terms", outcome.Stderr);
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_file_as_it_was()
    {
        var target = TempFile.Write("precious\n");
        Fails(CliRunner.Example("seed.conv"), "--stride", "0", "-o", target);
        Assert.Equal("precious\n", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public void A_run_that_fails_midway_through_writing_leaves_the_output_file_as_it_was()
    {
        // JSON writes K and M and only then computes y', whose row 7 multiplies a^(2^30) by
        // a^(2^30): the failure comes after bytes have gone out, not while the options are read.
        var target = TempFile.Write("precious\n");
        const string Huge = "((((a^64)^64)^64)^64)^64";
        var outcome = Fails("--kernel", $"[[[[1 2] [3 4]]] [[[5 6] [7 {Huge}]]]]", "--input", $"[[[1 1 1] [1 1 1] [1 1 {Huge}]]]", "--format", "json", "-o", target);
        Assert.Contains("an exponent would exceed 2,147,483,647", outcome.Stderr);
        Assert.Equal("precious\n", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void A_successful_run_replaces_the_output_file()
    {
        var target = TempFile.Write("old\n");
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "-o", target);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(CliRunner.Run(CliRunner.Example("seed.conv")).Stdout, File.ReadAllText(target));
    }

    [Fact]
    public void Writing_into_a_missing_folder_is_an_error()
    {
        var outcome = Fails(CliRunner.Example("seed.conv"), "-o", "/no/such/folder/out.txt");
        Assert.Contains("cannot write '/no/such/folder/out.txt'", outcome.Stderr);
    }
}
