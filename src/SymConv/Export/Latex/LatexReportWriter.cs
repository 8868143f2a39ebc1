using System.Text;
using SymConv.Model;

namespace SymConv.Export.Latex;

/// <summary>
/// LaTeX for papers: every section as display math built from amsmath and <c>array</c>, block
/// rules where the text form has bars, big matrices elided, anything too wide scaled to the
/// line width. Without --standalone it is a fragment for a document that loads amsmath (and
/// xcolor when a row is highlighted); with it, a whole article pdflatex compiles on its own.
/// </summary>
internal sealed class LatexReportWriter : IReportWriter
{
    // Sets its argument as display math in a box, and a box wider than the line is scaled down to
    // the line width with the LaTeX kernel's own l3box (LaTeX 2020 or later), so no package is
    // needed and the fragment fits a figure, a minipage or a column alike. The macro is defined
    // anew by every fragment, globally, and the box register allocated once: a document may
    // \input any number of fragments, inside groups or not.
    internal const string FitMacro =
        "\\ifdefined\\symconvbox\\else\\newsavebox\\symconvbox\\fi\n" +
        "\\ExplSyntaxOn\n" +
        "\\cs_gset_protected:Npn \\symconvfit #1\n" +
        "  {\n" +
        "    \\begin{center}\n" +
        "      \\renewcommand\\arraystretch{1.15}\n" +
        "      \\sbox\\symconvbox{$\\displaystyle #1$}\n" +
        "      \\dim_compare:nNnT { \\wd\\symconvbox } > { \\linewidth }\n" +
        "        { \\box_resize_to_wd:Nn \\symconvbox { \\linewidth } }\n" +
        "      \\usebox\\symconvbox\n" +
        "    \\end{center}\n" +
        "  }\n" +
        // One equation of a list (a long y' entry) as a line of its own, flush left: scaled to fit
        // like a display, and the list is free to break across pages between equations, also in
        // a minipage or a column, where an align* broken for the text width would run over.
        "\\cs_gset_protected:Npn \\symconvline #1\n" +
        "  {\n" +
        "    \\par \\noindent\n" +
        "    \\sbox\\symconvbox{$\\displaystyle #1$}\n" +
        "    \\dim_compare:nNnTF { \\wd\\symconvbox + 2em } > { \\linewidth }\n" +
        "      { \\box_resize_to_wd:Nn \\symconvbox { \\linewidth } }\n" +
        "      { \\hspace*{2em} }\n" +
        "    \\usebox\\symconvbox \\par \\smallskip\n" +
        "  }\n" +
        "\\ExplSyntaxOff\n";

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var layout = new MathLayout(report);
        CheckSize(report, layout);
        var display = report.Options.Display;
        var colour = display.Highlight is not null;
        output.Write("% " + report.Title + "\n");
        foreach (var note in report.Notes) output.Write("% " + note + "\n");
        if (display.Standalone)
        {
            output.Write("\\documentclass{article}\n\\usepackage{amsmath}\n");
            if (colour) output.Write("\\usepackage{xcolor}\n");
            output.Write("\\begin{document}\n\n" + StandaloneTitle(report) + "\n\n");
            foreach (var note in report.Notes) output.Write("\\noindent " + Escape(note) + "\n\n");
        }
        else
        {
            output.Write("% A fragment written by symconv: it needs \\usepackage{amsmath}" +
                (colour ? " and \\usepackage{xcolor} (for the highlighted row)" : "") + " in the preamble.\n" +
                "% Displays wider than the line are scaled to fit it (this needs LaTeX 2020 or later).\n");
        }
        output.Write(FitMacro);
        foreach (var section in report.Sections)
        {
            output.Write("\n% " + SectionNames.Label(section) + "\n");
            WriteBlock(layout.Section(section), output);
        }
        if (display.Standalone) output.Write("\n\\end{document}\n");
    }

    /// <summary>A block as the fit macro sets it: a list one equation a line, anything else one box a line.</summary>
    internal static void WriteBlock(MathBlock block, TextWriter output)
    {
        if (block.Kind == MathBlockKind.Aligned)
        {
            output.Write("\\par\\medskip\n");
            foreach (var (equation, gap) in Equations(block))
                output.Write((gap ? "\\medskip\n" : "") + "\\symconvline{" + equation + "}\n");
            output.Write("\\medskip\n");
        }
        else
        {
            // One box per line, so that a tall tensor can break across pages.
            foreach (var line in block.Lines)
                output.Write("\\symconvfit{" + line + "}\n");
        }
    }

    // The aligned lines of a list regrouped into one equation each: "y'_{3} &= t…" and its
    // "&\quad {} + …" continuation lines become y'_{3} = \begin{aligned}[t]&t… \\ &\quad {} + …\end{aligned}.
    private static IEnumerable<(string Equation, bool Gap)> Equations(MathBlock block)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count;)
        {
            var first = lines[i];
            var gap = i < block.Gaps.Count && block.Gaps[i];
            var end = i + 1;
            while (end < lines.Count && lines[end].StartsWith('&')) end++;
            var split = first.IndexOf(" &= ", StringComparison.Ordinal);
            if (split < 0)
            {
                yield return (first.TrimEnd('&', ' '), gap);
            }
            else
            {
                var equation = new StringBuilder(first[..split]).Append(" = ");
                if (end == i + 1) equation.Append(first[(split + 4)..]);
                else
                {
                    equation.Append("\\begin{aligned}[t] & ").Append(first[(split + 4)..]);
                    for (var j = i + 1; j < end; j++) equation.Append(" \\\\ ").Append(lines[j]);
                    equation.Append(" \\end{aligned}");
                }
                yield return (equation.ToString(), gap);
            }
            i = end;
        }
    }

    /// <summary>Refuses to set more entries of M than <see cref="DenseLimit.MaxCells"/>, counting only those shown.</summary>
    internal static void CheckSize(Report report, MathLayout layout)
    {
        if (report.Sections.Contains(Section.Matrix))
        {
            var rows = layout.Rows.Count(r => r is not null);
            // Only a matrix that could be too big has its shown columns counted (which computes their widths).
            if ((Int128)rows * report.Matrix.Columns > DenseLimit.MaxCells
                && layout.Columns.Count(c => c is not null) is var columns && (long)rows * columns > DenseLimit.MaxCells)
                throw new InputException(ErrorMessages.MatrixTooLarge(rows, columns, DenseLimit.MaxCells));
        }
        if (report.Sections.Contains(Section.PatchMatrix))
        {
            var rows = layout.Rows.Count(r => r is not null);
            if ((Int128)rows * report.PatchSection.Map.Columns > DenseLimit.MaxCells
                && layout.PatchColumns.Count(c => c is not null) is var columns && (long)rows * columns > DenseLimit.MaxCells)
                throw new InputException(ErrorMessages.PatchMatrixTooLarge(rows, columns, DenseLimit.MaxCells));
        }
        // C's columns are elided like M's; only its rows need counting against a showing of all.
        if (report.Sections.Contains(Section.ForwardMatrix) && report.Options.Display.MaxColumns == 0)
        {
            var rows = layout.ForwardRows.Count(r => r is not null);
            if ((Int128)rows * report.Twin!.Columns > DenseLimit.MaxCells)
                throw new InputException(ErrorMessages.MatrixTooLarge(rows, report.Twin.Columns, DenseLimit.MaxCells));
        }
    }

    // A heading and a sentence or two, rather than the one-line title with its parentheses:
    // "Conv2d", then "K is 2×1×2×2, x is 1×3×3 and y is 2×2×2; M is 8×9. Stride 2, bias."
    private static string StandaloneTitle(Report report)
    {
        var g = report.Geometry;
        string Shape(Shape shape) => "$" + string.Join("\\times ", shape.Dims.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "$";
        var text = new StringBuilder("\\section*{").Append(Escape(LayerTitle.Name(report.Matrix))).Append("}\n\\noindent ");
        text.Append("$K$ is ").Append(Shape(g.KernelShape)).Append(", $x$ is ").Append(Shape(g.InputShape))
            .Append(" and $y$ is ").Append(Shape(g.OutputShape)).Append("; $M$ is $")
            .Append(g.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\\times ")
            .Append(g.Columns.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("$.");
        var options = LayerTitle.Options(report.Matrix);
        if (options.Count > 0)
        {
            var sentence = string.Join(", ", options);
            text.Append(' ').Append(Escape(char.ToUpperInvariant(sentence[0]) + sentence[1..])).Append('.');
        }
        return text.ToString();
    }

    /// <summary>Text for a paragraph: TeX's special characters escaped, × as \times.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '×' => "$\\times$",
                '·' => "$\\cdot$",
                '−' => "$-$",
                'ᵀ' => "$^{\\top}$",
                '…' => "\\dots{}",
                '′' => "$'$",
                '\\' => "\\textbackslash{}",
                '{' or '}' or '$' or '&' or '#' or '%' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c < ' ' || c > '~' ? "?" : c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
