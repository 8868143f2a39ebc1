using System.Text;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Export.Latex;

namespace SymConv.Export.Neuron;

/// <summary>
/// The neuron view in Markdown, with math as the layer's Markdown writes it: the receptive field
/// as $$ matrices, the weights as a table of inline math, the value as a $$ block broken between
/// terms — the same TeX as the LaTeX view, kept intact through GitHub's Markdown processing
/// (<see cref="GitHubMath"/>) so GitHub, Jupyter and KaTeX render it alike.
/// </summary>
internal sealed class NeuronMarkdownWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var rank = view.Matrix.Geometry.SpatialRank;
        // Coefficients of 1 are left out, as in the layer's typeset formats by default.
        var printer = new LatexPolynomial(view.Symbols, view.Units, view.Numbers);
        string Math(Polynomial value) => "$" + GitHubMath.Protect(printer.Format(value)) + "$";
        string Row() => NeuronText.Number(view.Row);
        var text = new StringBuilder();
        text.Append("## Neuron $y_{").Append(string.Join(',', view.Index)).Append("} = y'_{").Append(Row()).Append("}$\n\n");
        text.Append(Escape(view.LayerTitle)).Append("\n\n");

        text.Append("### Receptive field\n\nThe input positions it reads, by their weight; $\\cdot$ is not read")
            .Append(view.SlicesLeftOut ? "; channels and planes it does not read are left out" : "").Append(".\n\n");
        if (view.Grids.Count == 0) text.Append("It reads no input: its row of $M$ is zero.\n\n");
        foreach (var grid in view.Grids)
            text.Append("$$\n").Append(GitHubMath.Protect(NeuronMath.Grid(grid, rank, printer))).Append("\n$$\n\n");

        text.Append("### Weights\n\nRow ").Append(Row()).Append(" of $M$, only the columns it reads.\n\n");
        text.Append("| column | input | weight | input value |\n|---:|---|---|---|\n");
        foreach (var read in view.Reads)
        {
            text.Append("| ").Append(NeuronText.Number(read.Column)).Append(" | $x_{").Append(string.Join(',', read.InputIndex))
                .Append("}$ | ").Append(Math(read.Weight)).Append(" | ").Append(Math(read.Input)).Append(" |\n");
        }
        if (view.PaddingTerm is { } padding)
            text.Append("\nPadding term (the padding value times the kernel entries on the padding): $p_{").Append(Row()).Append("} = ")
                .Append(GitHubMath.Protect(printer.Format(padding))).Append("$\n");
        if (view.Bias is { } bias)
            text.Append("\nBias: $b_{").Append(view.Channel).Append("} = ").Append(GitHubMath.Protect(printer.Format(bias))).Append("$\n");

        text.Append("\n### Value\n\n$$\n\\begin{aligned}\n").Append(GitHubMath.Protect(NeuronMath.Value(view, printer))).Append("\n\\end{aligned}\n$$\n");
        output.Write(text.ToString());
    }

    // Markdown's emphasis characters in a line of prose.
    private static string Escape(string text) =>
        text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
