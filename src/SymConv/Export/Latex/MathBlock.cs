namespace SymConv.Export.Latex;

/// <summary>One display of math for a section, in TeX that LaTeX and MathJax both read.</summary>
/// <param name="Kind">How the lines are set.</param>
/// <param name="Lines">The lines, without the \\ between them.</param>
/// <param name="Gaps">For each line, whether a little extra space separates it from the one before (a new output channel).</param>
internal sealed record MathBlock(MathBlockKind Kind, IReadOnlyList<string> Lines, IReadOnlyList<bool> Gaps)
{
    /// <summary>The lines joined for a gathered or aligned environment.</summary>
    public string Body(string indent)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (i > 0) text.Append(i < Gaps.Count && Gaps[i] ? " \\\\[1ex]\n" : " \\\\\n");
            text.Append(indent).Append(Lines[i]);
        }
        return text.ToString();
    }
}
