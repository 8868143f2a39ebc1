using SymConv.Export.Latex;

namespace SymConv.Export;

/// <summary>
/// Markdown with $$ display math, as GitHub and Jupyter render it (both use MathJax): the same
/// layout as the LaTeX format, with <c>gathered</c> and <c>aligned</c> in place of the LaTeX
/// document's page-fitting, which MathJax does not need.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var layout = new MathLayout(report);
        LatexReportWriter.CheckSize(report, layout);
        output.Write("**" + report.Title.Replace("*", "\\*", StringComparison.Ordinal) + "**\n");
        foreach (var note in report.Notes) output.Write("\n" + note.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "\n");
        foreach (var section in report.Sections)
        {
            output.Write("\n### " + SectionNames.Label(section) + "\n\n$$\n");
            var block = layout.Section(section);
            if (block.Kind == MathBlockKind.Aligned)
                output.Write("\\begin{aligned}\n" + block.Body("") + "\n\\end{aligned}\n");
            else if (block.Lines.Count == 1)
                output.Write(block.Lines[0] + "\n");
            else
                output.Write("\\begin{gathered}\n" + block.Body("") + "\n\\end{gathered}\n");
            output.Write("$$\n");
        }
    }
}
