using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// One spec serves every command and format: a line that another command or format reads is left
/// unread with a warning naming its line, and the run goes on as without it; a value no command
/// reads is an error with the word it likely meant.
/// </summary>
public class SpecLineElsewhereTests
{
    private const string Layer = "kernel-shape = 1,1,2,2\ninput-shape = 1,3,3\n";

    private static string Spec(string line) => TempFile.Write(Layer + line + "\n");

    private static string Warning(string spec, string problem) => $"symconv: warning: {spec}, line 3: {problem} (the line is left unread)\n";

    [Theory]
    [InlineData("dumoulin-4x4.conv", 12, "kernel,input-vector,matrix,output")]
    [InlineData("dumoulin-4x4-transposed.conv", 13, "kernel,input-vector,matrix,forward-matrix,output")]
    public void Grad_leaves_the_layer_views_show_line_to_it(string example, int line, string show)
    {
        var spec = CliRunner.Example(example);
        var outcome = CliRunner.Run("grad", spec);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"symconv: warning: {spec}, line {line}: --show {show} names sections symconv grad does not write; symconv writes them (the line is left unread)\n", outcome.Stderr);
        Assert.Contains("dL/dK", outcome.Stdout);
    }

    [Fact]
    public void The_layer_view_leaves_a_show_line_of_grads_sections_to_grad()
    {
        var spec = Spec("show = dL/dK");
        var outcome = CliRunner.Run(spec);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(Warning(spec, "--show dL/dK names sections symconv does not write; symconv grad writes them"), outcome.Stderr);
        Assert.Equal(CliRunner.Run(TempFile.Write(Layer)).Stdout, outcome.Stdout);
        // grad reads the same line, and says nothing.
        var grad = CliRunner.Run("grad", spec);
        Assert.Equal(0, grad.ExitCode);
        Assert.Equal("", grad.Stderr);
    }

    [Theory]
    [InlineData("grad", "html", "symconv grad does not write --format html: it writes text, json, latex")]
    [InlineData("check", "svg", "symconv check does not write --format svg: it writes text and json; symconv, symconv neuron and symconv grad write svg")]
    [InlineData("neuron", "csv", "symconv neuron does not write --format csv: it writes text, json, latex, markdown, svg and tikz; symconv writes csv")]
    public void A_format_line_another_command_writes_is_left_to_it(string command, string format, string problem)
    {
        var spec = Spec("format = " + format);
        string[] more = command == "check" ? ["--claim", "y'[0] = 1a"] : command == "neuron" ? ["--at", "0"] : [];
        var outcome = CliRunner.Run([command, spec, .. more]);
        Assert.True(outcome.ExitCode is 0 or 1, outcome.Stderr);
        Assert.StartsWith($"symconv: warning: {spec}, line 3: {problem}", outcome.Stderr);
        Assert.EndsWith(" (the line is left unread)\n", outcome.Stderr);
        Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The run is the command's default text.
        Assert.Equal(CliRunner.Run([command, TempFile.Write(Layer), .. more]).Stdout, outcome.Stdout);
    }

    [Theory]
    [InlineData("html", "--rows cannot be used with --format html, which shows the whole layer: it applies to text, json, latex, markdown, sympy, mathematica, csv, svg and tikz")]
    [InlineData("animated-svg", "--rows does nothing for --format animated-svg: it applies to text, json, latex, markdown, sympy, mathematica, csv, svg and tikz")]
    public void A_pictures_format_leaves_the_specs_rows_unread(string format, string problem)
    {
        var spec = CliRunner.Example("sharpen.conv");
        var outcome = CliRunner.Run(spec, "--format", format);
        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith($"symconv: warning: {spec}, line 14: {problem} (the line is left unread)\n", outcome.Stderr);
    }

    [Fact]
    public void A_picture_warns_about_the_sections_it_does_not_draw_and_draws_the_rest()
    {
        var spec = CliRunner.Example("dumoulin-4x4.conv");
        var outcome = CliRunner.Run(spec, "--format", "svg");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"symconv: warning: {spec}, line 12: --show kernel,input-vector,output does nothing for --format svg: it draws only M, C (for a transposed layer) and U(x) (those words are left unread)\n", outcome.Stderr);
    }

    [Fact]
    public void A_grad_picture_draws_the_specs_matrices_and_leaves_its_other_sections()
    {
        var spec = Spec("show = U,dL/dK");
        var outcome = CliRunner.Run("grad", spec, "--format", "svg");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"symconv: warning: {spec}, line 3: --show dL/dK does nothing for --format svg: it draws only the backward pass's matrices, Mᵀ and U(x) (those words are left unread)\n", outcome.Stderr);
        Assert.Equal(CliRunner.Run("grad", spec, "--format", "svg", "--show", "U").Stdout, outcome.Stdout);
    }

    [Theory]
    [InlineData("", "show = mtrix", "--show cannot be 'mtrix': choose one of kernel, input, ")]
    [InlineData("grad", "show = patchs", "--show cannot be 'patchs': choose one of dL/dy, ")]
    [InlineData("neuron", "format = lattex", "--format cannot be 'lattex': choose one of text, json, latex, markdown, svg, tikz;")]
    public void A_value_no_command_reads_is_an_error_with_the_word_it_meant(string command, string line, string message)
    {
        var spec = Spec(line);
        string[] more = command == "neuron" ? ["--at", "0"] : [];
        var outcome = CliRunner.Run([.. command.Length > 0 ? new[] { command } : [], spec, .. more]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: " + message, outcome.Stderr);
        var suggestion = line.EndsWith("mtrix", StringComparison.Ordinal) ? "matrix" : line.EndsWith("patchs", StringComparison.Ordinal) ? "patches" : "latex";
        Assert.Contains($" did you mean {suggestion}?\n  --> {spec}, line 3, column ", outcome.Stderr);
    }
}
