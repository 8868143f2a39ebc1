using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Latex;

namespace SymConv.Export.Neuron;

/// <summary>
/// The pieces of a neuron view in TeX, shared by the LaTeX and Markdown writers as
/// <see cref="NeuronText"/> holds the plain ones: the receptive field as matrices and the value as
/// equations broken to fit the line.
/// </summary>
internal static class NeuronMath
{
    // The longest a line of the value may run, in the ems LatexPolynomial measures.
    private const double LineWidth = MathLayout.LineWidth - 6;

    /// <summary>The receptive field of one grid as a labelled bmatrix: x_{0,:,:}:\quad \begin{bmatrix}…</summary>
    public static string Grid(FieldGrid grid, int spatialRank, LatexPolynomial printer)
    {
        var text = new StringBuilder(GridLabel(grid, spatialRank)).Append(":\\quad\n\\begin{bmatrix}\n");
        text.AppendJoin(" \\\\\n", grid.Cells.Select(row => string.Join(" & ", row.Select(c => c is null ? "\\cdot" : printer.Format(c)))));
        return text.Append("\n\\end{bmatrix}").ToString();
    }

    /// <summary>
    /// The lines of an align* (or aligned) for the value: y'_s = m_s · x' (+ p + b), the products
    /// when few enough, the value, and the activation, each broken between terms to fit the line.
    /// </summary>
    public static string Value(NeuronView view, LatexPolynomial printer)
    {
        string Tex(Polynomial p) => printer.Format(p);
        string Row() => view.Row.ToString(CultureInfo.InvariantCulture);
        var flat = $"y'_{{{Row()}}}";
        var text = new StringBuilder();
        text.Append(flat).Append(" &= m_{").Append(Row()).Append("} \\cdot x'");
        if (view.PaddingTerm is not null) text.Append(" + p_{").Append(Row()).Append('}');
        if (view.Bias is not null) text.Append(" + b_{").Append(view.Channel).Append('}');
        if (view.Reads.Count > 0 && view.Reads.Count <= NeuronView.MaxDotTerms)
        {
            var products = view.Reads.Select(r => (Factor(r.Weight, printer) + " \\cdot " + Factor(r.Input, printer),
                FactorWidth(r.Weight, printer) + FactorWidth(r.Input, printer) + 0.8)).ToList();
            if (view.PaddingTerm is { } term) products.Add((Factor(term, printer), FactorWidth(term, printer)));
            if (view.Bias is { } b) products.Add((Factor(b, printer), FactorWidth(b, printer)));
            var pieces = products.Select((p, i) => ((i == 0 ? "" : " + ") + p.Item1, p.Item2 + (i == 0 ? 0 : 1.25))).ToList();
            AppendBroken(text, pieces, " \\\\\n &= ");
        }
        var value = view.Value;
        AppendBroken(text, Terms(value, printer), " \\\\\n &= ");
        if (view.Activation != Activation.None)
        {
            var name = view.Activation switch
            {
                Activation.Relu => "\\operatorname{relu}",
                Activation.Sigmoid => "\\sigma",
                _ => "\\tanh",
            };
            text.Append(" \\\\\n").Append(name).Append('(').Append(flat).Append(") &= ").Append(name);
            var terms = Terms(value, printer);
            if (terms.Sum(t => t.Width) <= LineWidth)
                text.Append("\\left(").Append(Tex(value)).Append("\\right)");
            else
            {
                // \left( cannot span lines: a fixed size, as tall as a fraction in display.
                var big = terms.Any(t => t.Tex.Contains("\\frac", StringComparison.Ordinal)) ? "Big" : "big";
                terms[0] = ($"\\{big}l(" + terms[0].Tex, terms[0].Width + 0.5);
                terms[^1] = (terms[^1].Tex + $"\\{big}r)", terms[^1].Width + 0.5);
                AppendBroken(text, terms, "");
            }
        }
        return text.ToString();
    }

    // The terms of a polynomial with their widths, so a sum can be broken between them.
    private static List<(string Tex, double Width)> Terms(Polynomial value, LatexPolynomial printer)
    {
        var texts = printer.Terms(value);
        var terms = value.Terms;
        var result = new List<(string, double)>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
            result.Add((texts[i], terms.Length == 0 ? 0.5 : printer.TermWidth(terms[i], i == 0)));
        return result;
    }

    // Appends the lead, then the pieces, starting a continuation line (&\quad {} …) whenever the
    // next piece would run past the line.
    private static void AppendBroken(StringBuilder text, IReadOnlyList<(string Tex, double Width)> pieces, string lead)
    {
        text.Append(lead);
        var width = 0.0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (i > 0 && width + pieces[i].Width > LineWidth)
            {
                text.Append(" \\\\\n &\\quad {}");
                width = 0;
            }
            text.Append(pieces[i].Tex);
            width += pieces[i].Width;
        }
    }

    // A factor of a product in brackets where it needs them; around a fraction the brackets grow
    // to its height (\left( \frac{1}{2} a \right)).
    private static string Factor(Polynomial value, LatexPolynomial printer)
    {
        var tex = printer.Format(value);
        var factor = NeuronText.Factor(value, tex);
        return factor.Length > tex.Length && tex.Contains("\\frac", StringComparison.Ordinal)
            ? "\\left(" + tex + "\\right)"
            : factor;
    }

    private static double FactorWidth(Polynomial value, LatexPolynomial printer) =>
        printer.Width(value) + (value.TermCount > 1 || value.Terms is [{ Coefficient.Sign: < 0 }, ..] ? 0.8 : 0);

    // x_{0,:,:} or x_{0,1..3,2..4}, in math mode.
    private static string GridLabel(FieldGrid grid, int spatialRank) =>
        "x_{" + grid.Label(spatialRank)[2..^1] + "}";
}
