using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// --show with the formats whose content is fixed: json, sympy and mathematica write the whole layer and
/// --show only adds U(x) there; csv writes M or U(x); html does not draw U(x). A word that would do nothing
/// is refused on the command line and warned about in a spec file, never ignored.
/// </summary>
public class ShowForFormatTests
{
    [Theory]
    [InlineData("json", "M")]
    [InlineData("sympy", "y'")]
    [InlineData("mathematica", "kernel")]
    public void A_section_the_whole_layer_formats_always_write_is_refused_in_show(string format, string word)
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", format, "--show", "U," + word);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith($"symconv: error: --show {word} does nothing for --format {format}: it writes the whole layer whatever --show says, and there --show only adds U (patches, im2col), the patch matrix\n", outcome.Stderr);
        Assert.EndsWith($"  hint: drop those words from --show, or choose a format other than {format} for them\n", outcome.Stderr);
    }

    [Theory]
    [InlineData("json", "\n  \"patches\": {\"rows\": 8, \"cols\": 8, \"entries\": [\n    [0, 0, {\"text\": \"1\"")]
    [InlineData("sympy", "\nU = sp.SparseMatrix(8, 8, {")]
    [InlineData("mathematica", "\nSymConv`U = SparseArray[{")]
    public void All_and_U_add_U_to_the_whole_layer_formats(string format, string added)
    {
        var plain = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", format).Stdout;
        Assert.DoesNotContain(added, plain);
        foreach (var show in new[] { "U", "all", "patches,im2col" })
        {
            var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", format, "--show", show);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            Assert.Contains(added, outcome.Stdout);
        }
    }

    [Fact]
    public void A_spec_line_showing_M_is_left_unread_for_json_with_a_warning()
    {
        var spec = TempFile.Write(File.ReadAllText(CliRunner.Example("seed.conv")) + "show = M\n");
        var outcome = CliRunner.Run(spec, "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "json").Stdout, outcome.Stdout);
        Assert.Contains("--show M does nothing for --format json", outcome.Stderr);
        Assert.EndsWith("(the line is left unread)\n", outcome.Stderr);
    }

    [Fact]
    public void Csv_writes_U_instead_of_M_with_show_U_and_refuses_both_or_anything_else()
    {
        var u = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "csv", "--show", "U", "--rows", "0,7");
        Assert.True(u.ExitCode == 0, u.Stderr);
        Assert.Equal("1,2,4,5,0,0,0,0\n0,0,0,0,5,6,8,9\n", u.Stdout);
        var m = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "csv", "--show", "M");
        Assert.Equal(CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "csv").Stdout, m.Stdout);

        var both = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "csv", "--show", "M,U");
        Assert.Equal(2, both.ExitCode);
        Assert.Equal("symconv: error: --format csv writes one matrix, and --show names both M and U(x); show M (the default) or U, and write the other to a second file\n", both.Stderr);
        var other = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "csv", "--show", "y'");
        Assert.Equal(2, other.ExitCode);
        Assert.StartsWith("symconv: error: --show y' does nothing for --format csv: it writes one matrix: M, or U (patches, im2col) with --show U\n", other.Stderr);
    }

    [Fact]
    public void Html_refuses_U_and_svg_and_tikz_draw_it_under_M()
    {
        var html = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "html", "--show", "M,im2col");
        Assert.Equal(2, html.ExitCode);
        Assert.StartsWith("symconv: error: --show im2col does nothing for --format html: it draws only M and, for a transposed layer, C\n", html.Stderr);
        var svg = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "svg", "--show", "U");
        Assert.True(svg.ExitCode == 0, svg.Stderr);
        Assert.Contains("U(x) (8×8): one cell per entry, coloured by value (of x)", svg.Stdout);
        Assert.True(svg.Stdout.IndexOf("M (8×9)", StringComparison.Ordinal) < svg.Stdout.IndexOf("U(x) (8×8)", StringComparison.Ordinal));
        Assert.DoesNotContain("U(x)", CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "svg").Stdout);
        var tikz = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "tikz", "--show", "U");
        Assert.True(tikz.ExitCode == 0, tikz.Stderr);
        Assert.Contains("U(x) (8$\\times$8): one cell per entry, coloured by value (of x)", tikz.Stdout);
    }
}
