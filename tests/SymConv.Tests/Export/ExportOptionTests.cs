using SymConv.Export;
using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>The export formats' options through the command, and the refusals they can meet.</summary>
public class ExportOptionTests
{
    private static readonly string Seed = CliRunner.Example("seed.conv");

    [Fact]
    public void Csv_writes_the_chosen_rows_only()
    {
        var outcome = CliRunner.Run(Seed, "--format", "csv", "--kernel", "[[[[1 2] [3 4]]] [[[5 6] [7 8]]]]", "--rows", "1,4");
        Assert.Equal(0, outcome.ExitCode);
        // Row 1 of M is [0 a b|0 c d|0 0 0], row 4 is [e f 0|g h 0|0 0 0] (the seed's M).
        Assert.Equal("0,1,2,0,3,4,0,0,0\n5,6,0,7,8,0,0,0,0\n", outcome.Stdout);
    }

    [Theory]
    [InlineData(1, 2, "0.5")]
    [InlineData(-1, 8, "-0.125")]
    [InlineData(1, 3, "1/3")]
    [InlineData(7, 1, "7")]
    [InlineData(-3, 40, "-0.075")]
    [InlineData(5, 6, "5/6")]
    public void Csv_numbers_are_exact(int numerator, int denominator, string text) =>
        Assert.Equal(text, CsvReportWriter.Number(SymConv.Algebra.Rational.Of(numerator, denominator)));

    // Worked by hand: 17 significant digits, rounded half to even.
    [Theory]
    [InlineData(1, 3, "0.33333333333333333")]
    [InlineData(2, 3, "0.66666666666666667")]
    [InlineData(-5, 6, "-0.83333333333333333")]
    [InlineData(1, 7, "0.14285714285714286")]
    [InlineData(100, 3, "33.333333333333333")]
    [InlineData(1, 3000, "0.00033333333333333333")]
    [InlineData(-3, 40, "-0.075")]
    [InlineData(12, 1, "12")]
    public void Csv_decimals_round_to_17_significant_digits(int numerator, int denominator, string text) =>
        Assert.Equal(text, CsvReportWriter.Decimal(SymConv.Algebra.Rational.Of(numerator, denominator)));

    [Fact]
    public void Csv_decimal_of_a_huge_fraction_keeps_17_digits_before_its_zeros() =>
        Assert.Equal("33333333333333333000000000000000", CsvReportWriter.Decimal(SymConv.Algebra.Rational.Of(System.Numerics.BigInteger.Pow(10, 32), 3)));

    [Fact]
    public void Csv_writes_a_symbolic_matrix_as_quoted_text_cells()
    {
        var outcome = CliRunner.Run(Seed, "--format", "csv", "--kernel", "[[[[a 1/2] [c+d 0]]] [[[5 6] [7 8]]]]", "--rows", "0");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Equal("\"a\",0.5,0,\"c+d\",0,0,0,0,0\n", outcome.Stdout);
    }

    // CSV writes M whatever --show says, so --show output cannot take it past the size limit.
    [Fact]
    public void Csv_refuses_a_dense_matrix_past_the_limit()
    {
        // --show, which csv does not read, is refused before (OptionApplicabilityTests), so it cannot lift the limit.
        var outcome = CliRunner.Run("--kernel-shape", "1,1,1,1", "--input-shape", "1,1001,1001", "--format", "csv");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: --format csv writes M densely, and its 1,002,001×1,002,001 = 1,004,006,004,001 entries are more than 1,000,000; write some rows with --rows 0..3", outcome.Stderr);
    }

    [Fact]
    public void Highlight_colours_the_row_of_M_and_its_output_neuron()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--highlight", "5");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\\usepackage{xcolor}", outcome.Stdout);
        // Row 5 of M is [0 e f|0 g h|0 0 0] and y'_5 = 2e+3f+5g+6h.
        Assert.Contains("\\textcolor{red}{0} & \\textcolor{red}{e} & \\textcolor{red}{f} & \\textcolor{red}{0} & \\textcolor{red}{g} & \\textcolor{red}{h}", outcome.Stdout);
        Assert.Contains("\\textcolor{red}{y'_{5} = 2e + 3f + 5g + 6h}", outcome.Stdout);
        // Nine entries of the row and one of y', nothing else.
        Assert.Equal(10, outcome.Stdout.Split("\\textcolor").Length - 1);
    }

    // A zero row of M coloured is a row of coloured zeros: its y' entry says which row it is.
    [Fact]
    public void Highlight_of_a_zero_row_shows_its_row_number()
    {
        var outcome = CliRunner.Run(Seed, "--kernel", "[[[[0 0] [0 0]]] [[[a b] [c d]]]]", "--format", "latex", "--highlight", "2");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("\\textcolor{red}{y'_{2} = 0}", outcome.Stdout);
    }

    // With --zeros blank a highlighted zero row would be coloured nowhere in M: its zeros show as coloured dots.
    [Fact]
    public void Highlight_of_a_zero_row_with_blank_zeros_stays_visible_in_M()
    {
        var outcome = CliRunner.Run(Seed, "--kernel", "[[[[0 0] [0 0]]] [[[a b] [c d]]]]", "--format", "latex", "--highlight", "2",
            "--zeros", "blank", "--show", "M");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains(string.Join(" & ", Enumerable.Repeat("\\textcolor{red}{\\cdot}", 9)) + " \\\\", outcome.Stdout);
    }

    [Fact]
    public void Highlight_of_a_row_that_rows_leaves_out_is_refused()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--rows", "0..2,6", "--highlight", "4");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Contains("--highlight 4 is not among the rows shown (--rows 0..2,6), so nothing would be coloured; highlight one of them, or add 4 to --rows", outcome.Stderr);
    }

    [Fact]
    public void Highlight_outside_M_is_refused()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--highlight", "8");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--highlight 8 is not a row of M, which has rows 0 to 7", outcome.Stderr);
    }

    [Theory]
    [InlineData("dot", "\\cdot & a & b & \\cdot")]
    [InlineData("blank", " & a & b & ")]
    [InlineData("0", "0 & a & b & 0")]
    public void Zeros_take_the_chosen_style(string style, string secondRow)
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--zeros", style);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\n  " + secondRow, outcome.Stdout);
    }

    [Fact]
    public void Max_rows_and_cols_elide_the_middle_of_M()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--max-rows", "2", "--max-cols", "4", "--show", "M");
        Assert.Equal(0, outcome.ExitCode);
        // Rows 0 and 7, columns 0, 1, 7, 8; the rule after column 2 and the row rule after row 3 fall in the gaps.
        Assert.Contains(
            "M = \\left[\\begin{array}{ccccc}\n" +
            "  a & b & \\cdots & 0 & 0 \\\\\n" +
            "  \\vdots & \\vdots & \\ddots & \\vdots & \\vdots \\\\\n" +
            "  0 & 0 & \\cdots & g & h\n",
            outcome.Stdout);
    }

    [Fact]
    public void Unit_coefficients_are_hidden_in_latex_unless_asked_for()
    {
        Assert.Contains("a + 2b + 4c + 5d", CliRunner.Run(Seed, "--format", "latex").Stdout);
        Assert.Contains("1a + 2b + 4c + 5d", CliRunner.Run(Seed, "--format", "latex", "--unit-coefficients").Stdout);
    }

    [Fact]
    public void Negative_limits_are_refused()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--max-rows", "-1");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--max-rows -1 is negative", outcome.Stderr);
    }

    [Theory]
    [InlineData("latex")]
    [InlineData("markdown")]
    [InlineData("sympy")]
    [InlineData("mathematica")]
    public void Every_format_writes_to_a_file_with_o(string format)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            var path = Path.Combine(folder, "out");
            var outcome = CliRunner.Run(Seed, "--format", format, "-o", path);
            Assert.Equal(0, outcome.ExitCode);
            Assert.Equal(CliRunner.Run(Seed, "--format", format).Stdout, File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("latex", "% K\n", "% M\n")]
    [InlineData("markdown", "### K\n", "### M\n")]
    public void Show_picks_the_sections_of_the_typeset_formats(string format, string absent, string present)
    {
        var outcome = CliRunner.Run(Seed, "--format", format, "--show", "M");
        Assert.Contains(present, outcome.Stdout);
        Assert.DoesNotContain(absent, outcome.Stdout);
    }
}
