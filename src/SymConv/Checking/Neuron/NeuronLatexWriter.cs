using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Latex;

namespace SymConv.Checking.Neuron;

/// <summary>
/// The neuron view as a complete LaTeX document (article, amsmath) that pdflatex compiles: the
/// receptive field as matrices with \cdot where nothing is read, the weights as a table, and
/// the value as an equation. Entries are printed by the export's <see cref="LatexPolynomial"/>, so
/// a symbol reads the same here as in <c>symconv --format latex</c> (alpha as \alpha) and no
/// symbol name can inject TeX.
/// </summary>
public sealed class NeuronLatexWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var g = view.Matrix.Geometry;
        // Coefficients of 1 are left out, as in the layer's typeset formats by default.
        var printer = new LatexPolynomial(view.Symbols, unitCoefficients: false);
        string Tex(Polynomial p) => printer.Format(p);
        string Row() => view.Row.ToString(CultureInfo.InvariantCulture);
        var output0 = $"y_{{{string.Join(',', view.Index)}}}";
        var flat = $"y'_{{{Row()}}}";
        var widest = view.Grids.Count == 0 ? 1 : view.Grids.Max(grid => grid.Cells[0].Length);

        var text = new StringBuilder();
        text.Append("\\documentclass{article}\n\\usepackage{amsmath}\n");
        text.Append("\\setcounter{MaxMatrixCols}{").Append(Math.Max(10, widest)).Append("}\n");
        text.Append("\\begin{document}\n\n");
        text.Append("\\section*{Neuron $").Append(output0).Append(" = ").Append(flat).Append("$}\n\n");
        // The layer's own title, as the text and Markdown views and the layer report write it, so
        // stride, padding and the like are named here too.
        text.Append("\\noindent ").Append(LatexReportWriter.Escape(view.LayerTitle)).Append("\n\n");

        text.Append("\\subsection*{Receptive field}\nThe input positions it reads, by their weight; $\\cdot$ is not read")
            .Append(view.SlicesLeftOut ? "; channels and planes it does not read are left out" : "").Append(".\n");
        if (view.Grids.Count == 0) text.Append("It reads no input: its row of $M$ is zero.\n");
        foreach (var grid in view.Grids)
        {
            text.Append("\\[\n").Append(GridLabel(grid, g.SpatialRank)).Append(":\\quad\n\\begin{bmatrix}\n");
            foreach (var row in grid.Cells)
                text.Append(string.Join(" & ", row.Select(c => c is null ? "\\cdot" : Tex(c)))).Append(" \\\\\n");
            text.Append("\\end{bmatrix}\n\\]\n");
        }

        text.Append("\n\\subsection*{Weights}\nRow ").Append(Row()).Append(" of $M$, only the columns it reads.\n\n");
        text.Append("\\begin{tabular}{rlll}\ncolumn & input & weight & input value \\\\\n\\hline\n");
        foreach (var read in view.Reads)
        {
            text.Append(read.Column.ToString(CultureInfo.InvariantCulture)).Append(" & $x_{").Append(string.Join(',', read.InputIndex))
                .Append("}$ & $").Append(Tex(read.Weight)).Append("$ & $").Append(Tex(read.Input)).Append("$ \\\\\n");
        }
        text.Append("\\end{tabular}\n");
        if (view.PaddingTerm is { } padding)
            text.Append("\n\nPadding term (the padding value times the kernel entries on the padding): $p_{").Append(Row()).Append("} = ").Append(Tex(padding)).Append("$.\n");
        if (view.Bias is { } bias)
            text.Append("\n\nBias: $b_{").Append(view.Channel).Append("} = ").Append(Tex(bias)).Append("$.\n");

        text.Append("\n\\subsection*{Value}\n\\begin{align*}\n").Append(flat).Append(" &= m_{").Append(Row()).Append("} \\cdot x'");
        if (view.PaddingTerm is not null) text.Append(" + p_{").Append(Row()).Append('}');
        if (view.Bias is not null) text.Append(" + b_{").Append(view.Channel).Append('}');
        if (view.Reads.Count > 0 && view.Reads.Count <= NeuronView.MaxDotTerms)
        {
            var terms = view.Reads.Select(r => Factor(r.Weight, Tex) + " \\cdot " + Factor(r.Input, Tex)).ToList();
            if (view.PaddingTerm is { } p) terms.Add(Factor(p, Tex));
            if (view.Bias is { } b) terms.Add(Factor(b, Tex));
            text.Append(" \\\\\n &= ").Append(string.Join(" + ", terms));
        }
        text.Append(" \\\\\n &= ").Append(Tex(view.Value));
        if (view.Activation != Activation.None)
        {
            var name = view.Activation switch
            {
                Activation.Relu => "\\operatorname{relu}",
                Activation.Sigmoid => "\\sigma",
                _ => "\\tanh",
            };
            text.Append(" \\\\\n").Append(name).Append("(").Append(flat).Append(") &= ").Append(name).Append("\\left(").Append(Tex(view.Value)).Append("\\right)");
        }
        text.Append("\n\\end{align*}\n\n\\end{document}\n");
        output.Write(text.ToString());
    }

    private static string Factor(Polynomial value, Func<Polynomial, string> tex) => NeuronText.Factor(value, tex(value));

    // x_{0,:,:} or x_{0,1..3,2..4}, in math mode.
    private static string GridLabel(FieldGrid grid, int spatialRank) =>
        "x_{" + grid.Label(spatialRank)[2..^1] + "}";
}
