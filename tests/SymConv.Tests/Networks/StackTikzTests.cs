using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Networks;

/// <summary>
/// --format tikz on a stack: M_total's picture through a real pdflatex, standalone and as a fragment
/// \input twice into an article that loads only tikz, cells and density alike; and the options it
/// does not read refused.
/// </summary>
public sealed class StackTikzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("cells", new[] { "--layers", "[nn.Conv2d(1, 2, 2, padding=1), nn.Conv2d(2, 1, 2, stride=2)]", "--input-shape", "1,3,3" })]
    [InlineData("density", new[] { "--layers", "[nn.Conv2d(2, 4, 3, padding=1), nn.Conv2d(4, 4, 3, padding=1)]", "--input-shape", "2,12,12" })]
    public void The_picture_of_M_total_compiles_standalone_and_as_a_fragment(string name, string[] stack)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var standalone = CliRunner.Run([.. stack, "--format", "tikz", "--standalone"]);
        Assert.True(standalone.ExitCode == 0, standalone.Stderr);
        Compile(pdflatex, name + " standalone", standalone.Stdout);
        var fragment = CliRunner.Run([.. stack, "--format", "tikz"]);
        Assert.True(fragment.ExitCode == 0, fragment.Stderr);
        Assert.DoesNotContain("\\documentclass", fragment.Stdout, StringComparison.Ordinal);
        Compile(pdflatex, name + " fragment",
            "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\n\\input{fragment}\n\\begin{figure}\n\\input{fragment}\n\\end{figure}\n\\end{document}\n",
            fragment.Stdout);
    }

    [Theory]
    [InlineData("--rows", "0", "--rows does not change --format tikz, the picture of M_total")]
    [InlineData("--numbers", "decimal", "--numbers does not change --format tikz, the picture of M_total")]
    [InlineData("--format", "html", "--format cannot be 'html': choose one of text, json, latex, markdown, sympy, mathematica, csv, svg, tikz (html and animated-svg show one layer's sliding window")]
    public void What_the_picture_does_not_read_is_refused(string option, string value, string message)
    {
        var outcome = CliRunner.Run(option == "--format"
            ? ["--layers", "[nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4", option, value]
            : ["--layers", "[nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4", "--format", "tikz", option, value]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standalone_is_refused_for_a_stack_s_latex_which_is_a_fragment()
    {
        var outcome = CliRunner.Run("--layers", "[nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4", "--format", "latex", "--standalone");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--standalone makes a document of one layer's LaTeX report; a stack's LaTeX is a fragment", outcome.Stderr, StringComparison.Ordinal);
    }

    private void Compile(string pdflatex, string name, string document, string? fragment = null)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tex"), document);
            if (fragment is not null) File.WriteAllText(Path.Combine(folder, "fragment.tex"), fragment);
            var result = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "main.tex"], folder, TimeSpan.FromMinutes(3));
            var log = File.Exists(Path.Combine(folder, "main.log")) ? File.ReadAllText(Path.Combine(folder, "main.log")) : result.Output;
            Assert.True(result.ExitCode == 0, $"pdflatex failed on {name}:\n{(log.Length > 3000 ? log[^3000..] : log)}");
            Assert.True(File.Exists(Path.Combine(folder, "main.pdf")), $"no PDF for {name}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
