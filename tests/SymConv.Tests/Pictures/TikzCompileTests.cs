using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Pictures;

/// <summary>
/// The TikZ pictures through a real pdflatex: M's picture standalone, and M's and the neuron's as
/// fragments \input several times into one article that loads only tikz, in figures, a minipage
/// and centre, with no overfull box (a wide picture is scaled to the line).
/// </summary>
public class TikzCompileTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Layers() => new()
    {
        { "seed", [CliRunner.Example("seed.conv")] },
        { "reflect-sums", [CliRunner.Example("reflect.conv")] },
        { "transposed", [CliRunner.Example("dumoulin-4x4-transposed.conv")] },
        { "many-weights", ["--kernel-shape", "2,3,3,3", "--input-shape", "3,6,6", "--padding", "1"] },
        { "density", ["--kernel-shape", "4,4,3,3", "--input-shape", "4,16,16"] },
        { "fractions-greek", ["--kernel", "[[[[alpha, -1/2], [beta_{1,2}, 3gamma^2]]]]", "--input-shape", "1,3,3"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Standalone_picture_of_M_compiles_and_stays_on_the_page(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "tikz", "--standalone"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Compile(output, pdflatex, name, outcome.Stdout);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Fragment_of_M_compiles_several_times_with_tikz_alone(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "tikz"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.DoesNotContain("\\documentclass", outcome.Stdout);
        Compile(output, pdflatex, name, Document(), ("fragment.tex", outcome.Stdout));
    }

    [Theory]
    [InlineData("seed", new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--at", "0,1,1", "--activation", "relu" })]
    [InlineData("padding-dilation-stride", new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,5,5", "--padding", "1", "--dilation", "2", "--stride", "2", "--at", "1" })]
    [InlineData("channels-cropped", new[] { "--kernel-shape", "8,8,3,3", "--input-shape", "8,30,30", "--padding", "1", "--at", "3,5,5", "--bias", "auto" })]
    [InlineData("transposed-scatter", new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,2,2", "--transposed", "--stride", "2", "--at", "0,2,2" })]
    [InlineData("zero-weight", new[] { "--kernel", "[[[[a 0] [b c]]]]", "--input-shape", "1,3,3", "--at", "0" })]
    [InlineData("three-dimensional", new[] { "--kernel-shape", "1,1,2,2,2", "--input-shape", "1,3,3,3", "--at", "0,1,1,1" })]
    public void Neuron_fragment_compiles_several_times_with_tikz_alone(string name, string[] options)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run(["neuron", .. options, "--format", "tikz"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Compile(output, pdflatex, name, Document(), ("fragment.tex", outcome.Stdout));
    }

    [Theory]
    [InlineData("seed", new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--at", "0,1,1", "--activation", "relu" })]
    [InlineData("channels-cropped", new[] { "--kernel-shape", "8,8,3,3", "--input-shape", "8,30,30", "--padding", "1", "--at", "3,5,5", "--bias", "auto" })]
    [InlineData("three-dimensional", new[] { "--kernel-shape", "1,1,2,2,2", "--input-shape", "1,3,3,3", "--at", "0,1,1,1" })]
    public void Standalone_neuron_picture_compiles_and_stays_on_the_page(string name, string[] options)
    {
        var outcome = CliRunner.Run(["neuron", .. options, "--format", "tikz", "--standalone"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.StartsWith("\\documentclass", outcome.Stdout.Split('\n', 2)[1]);
        Assert.EndsWith("\\end{document}\n", outcome.Stdout);
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        Compile(output, pdflatex, name, outcome.Stdout);
    }

    [Fact]
    public void Standalone_is_refused_for_a_neuron_format_that_is_always_a_document_or_never_one()
    {
        var outcome = CliRunner.Run(["neuron", "--at", "0", "--format", "latex", "--standalone"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("tikz", outcome.Stderr);
    }

    private static string Document() =>
        "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\nSome text.\n" +
        "\\begin{figure}\n\\input{fragment}\n\\caption{A layer.}\n\\end{figure}\n" +
        "\\begin{figure}\n\\input{fragment}\n\\end{figure}\n" +
        "\\noindent\\begin{minipage}{0.6\\linewidth}\n\\input{fragment}\n\\end{minipage}\n\n" +
        "\\begin{center}\n\\input{fragment}\n\\end{center}\n" +
        "More text.\n\\input{fragment}\n\\end{document}\n";

    /// <summary>Compiles <paramref name="document"/> beside <paramref name="files"/> with real pdflatex: no error, a PDF, no overfull box over 1pt.</summary>
    internal static void Compile(ITestOutputHelper output, string pdflatex, string name, string document, params (string Name, string Text)[] files)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tex"), document);
            foreach (var (file, text) in files) File.WriteAllText(Path.Combine(folder, file), text);
            var result = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "main.tex"], folder, TimeSpan.FromMinutes(3));
            var log = File.Exists(Path.Combine(folder, "main.log")) ? File.ReadAllText(Path.Combine(folder, "main.log")) : result.Output;
            Assert.True(result.ExitCode == 0, $"pdflatex failed on {name} (is TikZ installed? Debian: texlive-pictures):\n{(log.Length > 3000 ? log[^3000..] : log)}");
            Assert.True(File.Exists(Path.Combine(folder, "main.pdf")), $"no PDF for {name}");
            var overfull = Export.LatexCompileTests.Overfull(log).Where(points => points > 1.0).ToList();
            Assert.True(overfull.Count == 0, $"{name} runs off the page by {string.Join(", ", overfull)}pt");
            output.WriteLine($"{name}: compiled");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
