using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Gradients;

/// <summary>symconv grad's LaTeX compiles with pdflatex, standalone and as a fragment in an article that loads amsmath only.</summary>
public class GradLatexCompileTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("--bias", "auto")]
    [InlineData("--padding-mode", "reflect", "--padding", "1", "--stride", "2")]
    [InlineData("--kernel", "[[[[a b] [c d]] [[e f] [g h]]]]", "--transposed", "--stride", "2")]
    public void The_backward_pass_compiles(params string[] options)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var standalone = CliRunner.Run(["grad", CliRunner.Example("seed.conv"), "--format", "latex", "--standalone", .. options]);
        Assert.True(standalone.ExitCode == 0, standalone.Stderr);
        Compile(pdflatex, standalone.Stdout);
        var fragment = CliRunner.Run(["grad", CliRunner.Example("seed.conv"), "--format", "latex", .. options]);
        Assert.True(fragment.ExitCode == 0, fragment.Stderr);
        Compile(pdflatex, "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n\\input{fragment}\n\\begin{figure}\\input{fragment}\\end{figure}\n\\end{document}\n", ("fragment.tex", fragment.Stdout));
    }

    private static void Compile(string pdflatex, string document, params (string Name, string Text)[] files)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tex"), document);
            foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
            var result = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "main.tex"], folder, TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, "pdflatex failed:\n" + result.Output[Math.Max(0, result.Output.Length - 3000)..]);
            Assert.DoesNotContain("Overfull \\hbox", File.ReadAllText(Path.Combine(folder, "main.log")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
