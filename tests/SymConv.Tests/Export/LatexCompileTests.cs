using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The LaTeX of every example, and of layers chosen to stress the layout, through a real
/// pdflatex: standalone, and as a fragment inside an article that loads only the packages the
/// fragment's header names. A display that runs off the page is an overfull box in the log.
/// </summary>
public class LatexCompileTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Layers()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var spec in Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(spec), [spec]);
        data.Add("dumoulin", ["--kernel-shape", "1,1,3,3", "--input-shape", "1,4,4"]);
        data.Add("elided", ["--kernel-shape", "2,3,3,3", "--input-shape", "3,8,8", "--max-rows", "6"]);
        data.Add("highlight", ["--kernel-shape", "2,3,3,3", "--input-shape", "3,8,8", "--highlight", "40", "--zeros", "dot", "--max-rows", "6"]);
        data.Add("bias-rows", [CliRunner.Example("seed.conv"), "--bias", "auto", "--rows", "0..1,6", "--zeros", "blank", "--unit-coefficients"]);
        data.Add("fractions-greek", ["--kernel", "[[[[alpha, -1/2], [beta_{1,2}, 3gamma^2]]]]", "--input", "[[[1/3 2 x] [4 5 6] [7 8 9]]]"]);
        data.Add("one-dimensional", ["--kernel-shape", "2,2,3", "--input-shape", "2,9", "--stride", "2", "--padding", "1"]);
        data.Add("three-dimensional", ["--kernel-shape", "1,1,2,2,2", "--input-shape", "1,3,3,3"]);
        data.Add("transposed", ["--kernel-shape", "1,2,3,3", "--input-shape", "1,2,2", "--transposed", "--stride", "2"]);
        data.Add("all-columns", ["--kernel-shape", "1,1,3,3", "--input-shape", "1,6,6", "--max-cols", "0", "--max-rows", "0"]);
        // Issue 12: these ran 36.7pt and 15pt over the margin without graphicx.
        data.Add("three-dimensional-symbols", ["--kernel-shape", "2,2,2,2,2", "--input-shape", "2,3,4,4"]);
        data.Add("rows-of-a-wide-layer", ["--kernel-shape", "3,3,3,3", "--input-shape", "3,5,5", "--rows", "0..2,20"]);
        data.Add("long-names", ["--kernel", "[[[[Alpha ab] [k12 beta]]]]", "--input", "[[[ab Alpha 1] [2 3 k12] [x y z]]]"]);
        return data;
    }

    // Issue 14: U(x), the patch matrix, beside M; elided, highlighted, and a numeric one with every kernel column.
    // (Apart from Layers, which the Markdown tests run with --show all.)
    public static TheoryData<string, string[]> PatchLayers() => new()
    {
        { "patches", [CliRunner.Example("seed.conv"), "--show", "M,U,y'"] },
        { "patches-elided", ["--kernel-shape", "4,3,3,3", "--input-shape", "3,8,8", "--show", "U", "--max-rows", "6", "--highlight", "40"] },
        { "patches-numeric", ["--kernel-shape", "2,2,3,3", "--input", "[[[1 2 3 4] [5 6 7 8] [9 10 11 12]] [[1/2 -1 0 2] [3 4 5 6] [7 8 9 0]]]", "--padding", "1", "--padding-mode", "reflect", "--show", "U", "--max-cols", "0"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    [MemberData(nameof(PatchLayers))]
    public void Standalone_document_compiles_and_stays_on_the_page(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "latex", "--standalone"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Compile(pdflatex, name, outcome.Stdout, mustFit: true);
    }

    // The fragment's promise: amsmath (and xcolor for a highlight) is all it needs, and it may be
    // \input any number of times, inside figures, minipages and centred blocks, as a paper with
    // several figures of one tool would.
    [Theory]
    [MemberData(nameof(Layers))]
    [MemberData(nameof(PatchLayers))]
    public void Fragment_compiles_several_times_in_figures_with_amsmath_alone_and_stays_on_the_page(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "latex"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.DoesNotContain("\\documentclass", outcome.Stdout);
        var packages = "\\usepackage{amsmath}\n" + (outcome.Stdout.Contains("\\usepackage{xcolor}") ? "\\usepackage{xcolor}\n" : "");
        var document = "\\documentclass{article}\n" + packages + "\\begin{document}\nSome text.\n" +
            "\\begin{figure}\n\\input{fragment}\n\\caption{A layer.}\n\\end{figure}\n" +
            "\\begin{figure}\n\\input{fragment}\n\\end{figure}\n" +
            "\\noindent\\begin{minipage}{0.6\\linewidth}\n\\input{fragment}\n\\end{minipage}\n\n" +
            "\\begin{center}\n\\input{fragment}\n\\end{center}\n" +
            "More text.\n\\input{fragment}\n\\end{document}\n";
        Compile(pdflatex, name, document, mustFit: true, ("fragment.tex", outcome.Stdout));
    }

    // The other engine papers are set with: the fragment's macros are plain LaTeX and expl3.
    [Theory]
    [InlineData("seed", new[] { "--kernel-shape", "2,1,2,2", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]", "--bias", "auto", "--highlight", "3" })]
    [InlineData("three-dimensional-symbols", new[] { "--kernel-shape", "2,2,2,2,2", "--input-shape", "2,3,4,4" })]
    [InlineData("rows-of-a-wide-layer", new[] { "--kernel-shape", "3,3,3,3", "--input-shape", "3,5,5", "--rows", "0..2,20" })]
    public void Fragment_compiles_several_times_with_lualatex_and_stays_on_the_page(string name, string[] layer)
    {
        if (ExternalTools.LuaLatex(output) is not { } lualatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "latex"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var packages = "\\usepackage{amsmath}\n" + (outcome.Stdout.Contains("\\usepackage{xcolor}") ? "\\usepackage{xcolor}\n" : "");
        var document = "\\documentclass{article}\n" + packages + "\\begin{document}\n" +
            "\\begin{figure}\n\\input{fragment}\n\\end{figure}\n" +
            "\\noindent\\begin{minipage}{0.5\\linewidth}\n\\input{fragment}\n\\end{minipage}\n\n\\input{fragment}\n\\end{document}\n";
        Compile(lualatex, name, document, mustFit: true, ("fragment.tex", outcome.Stdout));
    }

    // The math of every $$ block of the Markdown is TeX that amsmath reads, so MathJax, which
    // follows LaTeX, gets nothing it should not.
    [Theory]
    [MemberData(nameof(Layers))]
    public void Markdown_math_compiles_as_latex(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run([.. layer, "--format", "markdown"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var blocks = outcome.Stdout.Split("\n$$\n");
        Assert.True(blocks.Length >= 3 && blocks.Length % 2 == 1, "no or unbalanced $$ blocks in the Markdown of " + name);
        var body = new System.Text.StringBuilder();
        for (var i = 1; i < blocks.Length; i += 2)
            body.Append("\\[\n").Append(blocks[i]).Append("\n\\]\n");
        var document = "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{xcolor}\n\\begin{document}\n" + body + "\\end{document}\n";
        Compile(pdflatex, name, document, mustFit: false);
    }

    // Issue 12: value lines ran 111pt and 4416pt over, the weights table off the page bottom, a
    // 12×12 field off the right edge.
    [Theory]
    [InlineData("cubes", new[] { "--kernel", "[[[[(a+b)^3 (a-b/2)^3] [(a+b)^3 (a+b)^3]]]]", "--input-shape", "1,3,3", "--at", "0", "--activation", "relu" })]
    [InlineData("deep", new[] { "--kernel-shape", "8,8,3,3", "--input-shape", "8,16,16", "--at", "3,5,5", "--activation", "tanh" })]
    [InlineData("wide-field", new[] { "--kernel-shape", "1,1,12,12", "--input-shape", "1,14,14", "--at", "0,1,1", "--bias", "auto" })]
    [InlineData("fractions", new[] { "--kernel", "[[[[1/2 -1/3] [a/5 b]]]]", "--input", "[[[1/7 x 2] [y 3 4] [5 6 7]]]", "--at", "0", "--activation", "sigmoid" })]
    public void Neuron_document_compiles_and_stays_on_the_page(string name, string[] options)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var outcome = CliRunner.Run(["neuron", .. options, "--format", "latex"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Compile(pdflatex, name, outcome.Stdout, mustFit: true, tallest: true);
    }

    [Fact]
    public void Seed_renders_to_an_image()
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex || ExternalTools.PdfToPpm(output) is not { } pdftoppm) return;
        var latex = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "latex", "--standalone").Stdout;
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tex"), latex);
            Assert.Equal(0, ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "main.tex"], folder, TimeSpan.FromMinutes(2)).ExitCode);
            var render = ExternalTools.Run(pdftoppm, ["-png", "-r", "110", "-singlefile", "main.pdf", "seed"], folder, TimeSpan.FromMinutes(1));
            Assert.True(render.ExitCode == 0, render.Output);
            Assert.True(new FileInfo(Path.Combine(folder, "seed.png")).Length > 10_000, "the rendered page is nearly empty");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // tallest: also no box taller than the page (a table that cannot break); a figure of a big
    // layer may be taller than a page, which is the figure's business, not the fragment's.
    private void Compile(string pdflatex, string name, string document, bool mustFit, params (string Name, string Text)[] files) =>
        Compile(pdflatex, name, document, mustFit, false, files);

    private void Compile(string pdflatex, string name, string document, bool mustFit, bool tallest, params (string Name, string Text)[] files)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.tex"), document);
            foreach (var (file, text) in files) File.WriteAllText(Path.Combine(folder, file), text);
            var result = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "main.tex"], folder, TimeSpan.FromMinutes(2));
            var log = File.Exists(Path.Combine(folder, "main.log")) ? File.ReadAllText(Path.Combine(folder, "main.log")) : result.Output;
            Assert.True(result.ExitCode == 0, $"pdflatex failed on {name}:\n{Tail(log)}");
            Assert.True(File.Exists(Path.Combine(folder, "main.pdf")), $"no PDF for {name}");
            if (mustFit)
            {
                var overfull = Overfull(log, tallest).Where(points => points > 1.0).ToList();
                Assert.True(overfull.Count == 0, $"{name} runs off the page by {string.Join(", ", overfull)}pt:\n{Tail(log)}");
            }
            output.WriteLine($"{name}: compiled");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How far each overfull box of a pdflatex log sticks out, in points.</summary>
    internal static IEnumerable<double> Overfull(string log, bool vertical = false) =>
        System.Text.RegularExpressions.Regex.Matches(log, vertical ? @"Overfull \\[hv]box \((\d+(?:\.\d+)?)pt too (?:wide|high)\)" : @"Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\)")
            .Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static string Tail(string log) => log.Length <= 3000 ? log : log[^3000..];
}
