using SymConv.Export;
using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>The export formats' options through the command, and the refusals they can meet.</summary>
public class ExportOptionTests
{
    private static readonly string Seed = CliRunner.Example("seed.conv");

    [Fact]
    public void Csv_refuses_a_symbolic_matrix_with_a_clear_message()
    {
        var outcome = CliRunner.Run(Seed, "--format", "csv");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(
            "symconv: error: --format csv writes M as numbers, but M has the symbolic entry a at row 0, column 0\n" +
            "  hint: M holds the kernel's entries, so give a numeric kernel (--kernel [[[[1 2] [3 4]]]]); or use --format json or sympy, which keep symbols\n",
            outcome.Stderr);
    }

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

    [Fact]
    public void Highlight_colours_the_row_of_M_and_its_output_neuron()
    {
        var outcome = CliRunner.Run(Seed, "--format", "latex", "--highlight", "5");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\\usepackage{xcolor}", outcome.Stdout);
        // Row 5 of M is [0 e f|0 g h|0 0 0] and y'_5 = 2e+3f+5g+6h.
        Assert.Contains("\\textcolor{red}{0} & \\textcolor{red}{e} & \\textcolor{red}{f} & \\textcolor{red}{0} & \\textcolor{red}{g} & \\textcolor{red}{h}", outcome.Stdout);
        Assert.Contains("\\textcolor{red}{2e + 3f + 5g + 6h}", outcome.Stdout);
        // Nine entries of the row and one of y', nothing else.
        Assert.Equal(10, outcome.Stdout.Split("\\textcolor").Length - 1);
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
