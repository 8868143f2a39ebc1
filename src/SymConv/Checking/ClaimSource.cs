using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// The text of one claim and where it was written — a --claim value, or a stretch of a claims
/// file — so that errors point at the file's own line and column.
/// </summary>
internal sealed class ClaimSource
{
    private ClaimSource(SourcePoint start, string text)
    {
        Start = start;
        Text = text;
    }

    /// <summary>Where the claim starts; its <see cref="SourcePoint.Text"/> is the claim's own line(s).</summary>
    public SourcePoint Start { get; }

    /// <summary>The claim as written.</summary>
    public string Text { get; }

    /// <summary>
    /// How a report names the claim's place: empty for a --claim value (the claim speaks for
    /// itself), FILE:LINE for a line of a claims file.
    /// </summary>
    public string Place => Start.Source.StartsWith("--", StringComparison.Ordinal) || Start.Line == 0 ? "" : $"{Start.Source}:{Start.Line}";

    /// <summary>A claim given whole, such as the value of --claim.</summary>
    public static ClaimSource Of(string sourceName, string text) => new(SourcePoint.StartOf(sourceName, text), text);

    /// <summary>
    /// A claim that starts at a known line and column of a larger text (a spec file's line), so
    /// that errors point into that text.
    /// </summary>
    public static ClaimSource At(SourcePoint start, string text)
    {
        // The larger text, cut after the claim, keeps the line as the user wrote it for carets.
        if (start.Offset + text.Length <= start.Text.Length && string.CompareOrdinal(start.Text, start.Offset, text, 0, text.Length) == 0)
            return new(start with { Text = start.Text[..(start.Offset + text.Length)] }, text);
        var pad = Math.Max(0, start.Column - 1);
        return new(new SourcePoint(start.Source, start.Line, 1, new string(' ', pad) + text, 0), text);
    }

    /// <summary>
    /// The claims of a claims file: one a line, '#' starting a comment, blank lines skipped; a
    /// claim whose brackets or parentheses are still open runs on over the next lines, so a
    /// tensor can be pasted as SymConv prints it.
    /// </summary>
    public static IReadOnlyList<ClaimSource> Split(string sourceName, string text)
    {
        var claims = new List<ClaimSource>();
        var depth = 0;
        var start = 0;
        var startLine = 1;
        var line = 1;
        var inComment = false;
        var chars = text.ToCharArray();
        for (var i = 0; i <= chars.Length; i++)
        {
            var atEnd = i == chars.Length;
            var c = atEnd ? '\n' : chars[i];
            if (c == '\n')
            {
                inComment = false;
                if (depth <= 0 || atEnd)
                {
                    var piece = new string(chars, start, Math.Min(i, chars.Length) - start).TrimEnd('\r');
                    if (!string.IsNullOrWhiteSpace(piece))
                        claims.Add(new ClaimSource(new SourcePoint(sourceName, startLine, 1, piece, 0), piece.Trim()));
                    start = i + 1;
                    startLine = line + 1;
                    depth = 0;
                }
                line++;
                continue;
            }
            if (c == '#') inComment = true;
            // Comments are blanked, not cut, so every column stays where the user sees it.
            if (inComment) { chars[i] = ' '; continue; }
            if (c is '[' or '(' or '{') depth++;
            else if (c is ']' or ')' or '}') depth--;
        }
        return claims;
    }
}
