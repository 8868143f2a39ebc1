using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Latex;

namespace SymConv.Export.Neuron;

/// <summary>
/// The neuron view as a complete LaTeX document (article, amsmath, longtable) that pdflatex
/// compiles and that stays on the page for any layer: the receptive field as matrices with \cdot
/// where nothing is read, scaled to the line when wide; the weights as a table that breaks across
/// pages, long entries wrapping in their cells; and the value as equations broken between terms.
/// Entries are printed by the export's <see cref="LatexPolynomial"/>, so a symbol reads the same
/// here as in <c>symconv --format latex</c> (alpha as \alpha) and no symbol name can inject TeX.
/// </summary>
internal sealed class NeuronLatexWriter : INeuronWriter
{
    /// <inheritdoc/>
    public void Write(NeuronView view, TextWriter output)
    {
        var g = view.Matrix.Geometry;
        // Coefficients of 1 are left out, as in the layer's typeset formats by default.
        var printer = new LatexPolynomial(view.Symbols, view.Units, view.Numbers);
        string Tex(Polynomial p) => printer.Format(p);
        string Row() => view.Row.ToString(CultureInfo.InvariantCulture);
        var output0 = $"y_{{{string.Join(',', view.Index)}}}";
        var flat = $"y'_{{{Row()}}}";
        var widest = view.Grids.Count == 0 ? 1 : view.Grids.Max(grid => grid.Cells[0].Length);

        var text = new StringBuilder();
        text.Append("\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{array}\n\\usepackage{longtable}\n");
        text.Append("\\setcounter{MaxMatrixCols}{").Append(Math.Max(10, widest)).Append("}\n");
        text.Append("\\allowdisplaybreaks\n");
        text.Append("\\begin{document}\n").Append(LatexReportWriter.FitMacro).Append('\n');
        text.Append("\\section*{Neuron $").Append(output0).Append(" = ").Append(flat).Append("$}\n\n");
        // The layer's own title, as the text and Markdown views and the layer report write it, so
        // stride, padding and the like are named here too.
        text.Append("\\noindent ").Append(LatexReportWriter.Escape(view.LayerTitle)).Append("\n\n");

        text.Append("\\subsection*{Receptive field}\nThe input positions it reads, by their weight; $\\cdot$ is not read")
            .Append(view.SlicesLeftOut ? "; channels and planes it does not read are left out" : "").Append(".\n");
        if (view.Grids.Count == 0) text.Append("It reads no input: its row of $M$ is zero.\n");
        foreach (var grid in view.Grids)
        {
            // A wide field (a 12×12 kernel of w_{o,i,p,q}) is scaled to the line like a wide M.
            text.Append("\\symconvfit{").Append(NeuronMath.Grid(grid, g.SpatialRank, printer)).Append("}\n");
        }

        text.Append("\n\\subsection*{Weights}\nRow ").Append(Row()).Append(" of $M$, only the columns it reads.\n\n");
        // longtable breaks across pages; the weight and value columns wrap a long sum at its signs.
        text.Append("\\begin{longtable}{rl>{\\raggedright\\arraybackslash}p{0.34\\linewidth}>{\\raggedright\\arraybackslash}p{0.34\\linewidth}}\n");
        text.Append("column & input & weight & input value \\\\\n\\hline\n\\endhead\n");
        foreach (var read in view.Reads)
        {
            text.Append(read.Column.ToString(CultureInfo.InvariantCulture)).Append(" & $x_{").Append(string.Join(',', read.InputIndex))
                .Append("}$ & $").Append(Tex(read.Weight)).Append("$ & $").Append(Tex(read.Input)).Append("$ \\\\\n");
        }
        text.Append("\\end{longtable}\n");
        if (view.PaddingTerm is { } padding)
            text.Append("\n\nPadding term (the padding value times the kernel entries on the padding): $p_{").Append(Row()).Append("} = ").Append(Tex(padding)).Append("$.\n");
        if (view.Bias is { } bias)
            text.Append("\n\nBias: $b_{").Append(view.Channel).Append("} = ").Append(Tex(bias)).Append("$.\n");

        text.Append("\n\\subsection*{Value}\n\\begin{align*}\n").Append(NeuronMath.Value(view, printer));
        text.Append("\n\\end{align*}\n\n\\end{document}\n");
        output.Write(text.ToString());
    }
}
