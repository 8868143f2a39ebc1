using System.Text;
using SymConv.Model;

namespace SymConv.Export.Latex;

/// <summary>
/// LaTeX for papers: every section as display math built from amsmath and <c>array</c>, block
/// rules where the text form has bars, big matrices elided, anything too wide shrunk to the
/// line width. Without --standalone it is a fragment for a document that loads amsmath (and
/// xcolor when a row is highlighted); with it, a whole article pdflatex compiles on its own.
/// </summary>
public sealed class LatexReportWriter : IReportWriter
{
    // Sets its argument as display math in a box and keeps it within the line: scaled down to
    // the line width when the document has graphicx (\resizebox), else set in smaller type step
    // by step, which needs no package beyond amsmath but shrinks subscripts less (Computer
    // Modern's small sizes are drawn wider). The column gap, fixed in points, shrinks with the
    // type. Defined only once, so a document may \input several fragments.
    private const string FitMacro =
        "\\ifdefined\\symconvfit\\else\n" +
        "\\newsavebox\\symconvbox\n" +
        "\\newcommand\\symconvsize[3]{\\ifdim\\wd\\symconvbox>\\linewidth\\sbox\\symconvbox{#1\\arraycolsep=#2$\\displaystyle #3$}\\fi}\n" +
        "\\newcommand\\symconvfit[1]{\\begin{center}\\renewcommand\\arraystretch{1.15}%\n" +
        "  \\sbox\\symconvbox{$\\displaystyle #1$}%\n" +
        "  \\ifdim\\wd\\symconvbox>\\linewidth\\ifdefined\\resizebox\\sbox\\symconvbox{\\resizebox{\\linewidth}{!}{\\usebox\\symconvbox}}\\else\n" +
        "  \\symconvsize\\small{.5em}{#1}\\symconvsize\\footnotesize{.5em}{#1}\\symconvsize\\scriptsize{.5em}{#1}%\n" +
        "  \\symconvsize\\tiny{.5em}{#1}\\symconvsize\\tiny{.2em}{#1}\\fi\\fi\n" +
        "  \\usebox\\symconvbox\\end{center}}\n" +
        "\\fi\n";

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
            output.Write("\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage{graphicx}\n");
            if (colour) output.Write("\\usepackage{xcolor}\n");
            output.Write("\\begin{document}\n\n\\noindent " + Escape(report.Title) + "\n\n");
            foreach (var note in report.Notes) output.Write("\\noindent " + Escape(note) + "\n\n");
        }
        else
        {
            output.Write("% A fragment written by symconv: it needs \\usepackage{amsmath}" +
                (colour ? " and \\usepackage{xcolor} (for the highlighted row)" : "") + " in the preamble.\n" +
                "% With \\usepackage{graphicx} as well, displays wider than the line are scaled to fit it;\n" +
                "% without, they are set in smaller type.\n");
        }
        output.Write(FitMacro);
        foreach (var section in report.Sections)
        {
            output.Write("\n% " + SectionNames.Label(section) + "\n");
            var block = layout.Section(section);
            if (block.Kind == MathBlockKind.Aligned)
            {
                output.Write("\\begingroup\\allowdisplaybreaks\n\\begin{align*}\n");
                output.Write(block.Body("  "));
                output.Write("\n\\end{align*}\n\\endgroup\n");
            }
            else
            {
                // One box per line, so that a tall tensor can break across pages.
                foreach (var line in block.Lines)
                    output.Write("\\symconvfit{" + line + "}\n");
            }
        }
        if (display.Standalone) output.Write("\n\\end{document}\n");
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
        // C's columns are elided like M's; only its rows need counting against a showing of all.
        if (report.Sections.Contains(Section.ForwardMatrix) && report.Options.Display.MaxColumns == 0)
        {
            var rows = layout.ForwardRows.Count(r => r is not null);
            if ((Int128)rows * report.Twin!.Columns > DenseLimit.MaxCells)
                throw new InputException(ErrorMessages.MatrixTooLarge(rows, report.Twin.Columns, DenseLimit.MaxCells));
        }
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
