using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The Markdown's math rendered by KaTeX and MathJax 3 under node (tests/js/render-math.mjs),
/// after GitHub's Markdown processing has halved every \\ that does not end a line and eaten \,,
/// so what GitHub shows is what was written.
/// </summary>
public class MarkdownMathTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Layers() => LatexCompileTests.Layers();

    [Theory]
    [MemberData(nameof(Layers))]
    public void Markdown_math_renders_in_katex_and_mathjax_after_github(string name, string[] layer) =>
        Render(name, [.. layer, "--format", "markdown", "--show", "all"]);

    [Theory]
    [InlineData("rows-gaps", new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--rows", "0..1,6", "--bias", "auto" })]
    [InlineData("highlight", new[] { "--kernel-shape", "2,3,3,3", "--input-shape", "3,8,8", "--highlight", "40", "--zeros", "dot", "--max-rows", "6" })]
    public void Markdown_math_of_elided_and_highlighted_layers_renders(string name, string[] layer) =>
        Render(name, [.. layer, "--format", "markdown", "--show", "all"]);

    [Theory]
    [InlineData("seed", new[] { "--at", "0,1,1", "--activation", "relu" })]
    [InlineData("fractions", new[] { "--kernel", "[[[[1/2 -1/3] [a/5 b]]] [[[e f] [g h]]]]", "--at", "5", "--bias", "auto" })]
    public void Neuron_markdown_math_renders_in_katex_and_mathjax_after_github(string name, string[] options) =>
        Render(name, ["neuron", CliRunner.Example("seed.conv"), .. options, "--format", "markdown"]);

    private void Render(string name, string[] args)
    {
        if (ExternalTools.NodeMath(output) is not { } node) return;
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "page.md"), outcome.Stdout);
            var result = ExternalTools.Run(node, [Path.Combine(ExternalTools.JsFolder(), "render-math.mjs"), Path.Combine(folder, "page.md")],
                ExternalTools.JsFolder(), TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, $"{name}: the Markdown's math does not render after GitHub's processing:\n{result.Output}");
            Assert.StartsWith("ok", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
