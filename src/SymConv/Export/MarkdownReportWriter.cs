using SymConv.Export.Latex;

namespace SymConv.Export;

/// <summary>
/// Markdown with $$ display math, as GitHub and Jupyter render it (MathJax) and KaTeX does: the
/// same layout as the LaTeX format, with <c>gathered</c> and <c>aligned</c> in place of the LaTeX
/// document's page-fitting, which MathJax does not need, written so that GitHub's Markdown
/// processing leaves it intact (<see cref="GitHubMath"/>).
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var layout = new MathLayout(report);
        LatexReportWriter.CheckSize(report, layout);
        output.Write("**" + report.Title.Replace("*", "\\*", StringComparison.Ordinal) + "**\n");
        foreach (var note in report.Notes) output.Write("\n" + note.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "\n");
        foreach (var section in report.Sections)
            MarkdownSectionWriter.Write(SectionNames.Label(section), layout.Section(section), output);
    }
}
