using System.Text;

namespace SymConv.Export;

/// <summary>
/// TeX for a Markdown $$ block that reaches MathJax or KaTeX unchanged after GitHub's Markdown
/// processing, which halves a \\ that does not end a line and drops the backslash of an escaped
/// punctuation mark such as \, (github/markup issues 1547 and 1746). Every \\ is made to end its
/// line (a \hline after it moves to the next), the extra space of \\[1ex] is left out, and \, is
/// written \thinspace, so the same text renders alike on GitHub, in Jupyter and in a browser.
/// </summary>
internal static class GitHubMath
{
    /// <summary>The TeX of a display made safe for Markdown.</summary>
    public static string Protect(string tex)
    {
        var text = new StringBuilder(tex.Length + 16);
        for (var i = 0; i < tex.Length; i++)
        {
            var c = tex[i];
            if (c == '\\' && i + 1 < tex.Length && tex[i + 1] == '\\')
            {
                text.Append("\\\\");
                i++;
                // \\[1ex]: the gap goes; what follows the break starts a new line.
                if (tex.AsSpan(i + 1).StartsWith("[1ex]", StringComparison.Ordinal)) i += "[1ex]".Length;
                var next = i + 1;
                while (next < tex.Length && tex[next] == ' ') next++;
                if (next < tex.Length && tex[next] != '\n') text.Append('\n');
                i = next - 1;
                continue;
            }
            if (c == '\\' && i + 1 < tex.Length && tex[i + 1] == ',')
            {
                text.Append("\\thinspace ");
                i++;
                continue;
            }
            text.Append(c);
        }
        return text.ToString();
    }
}
