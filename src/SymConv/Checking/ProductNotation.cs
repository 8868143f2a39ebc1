using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// The products of notes and of SymConv's own output in a claimed value, rewritten for the
/// entry grammar: a·5 (the neuron view's value line), a×5, a \cdot 5 and a space between factors,
/// as LaTeX writes a x_{0,2}, all become *. Every rewrite keeps the text's length, so a column
/// in the rewritten text is the column the user wrote. Two numbers side by side (2 3) are
/// refused: they could be 2·3 or 23.
/// </summary>
internal static class ProductNotation
{
    private static readonly (string Written, char As)[] Words = [("\\cdot", '*'), ("\\times", '*')];

    /// <summary>The text with the claim's value (from <paramref name="at"/> on) rewritten.</summary>
    /// <exception cref="InputException">When two numbers stand side by side.</exception>
    public static string Rewrite(SourcePoint at)
    {
        var text = at.Text.ToCharArray();
        var from = at.Offset;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '·' or '⋅' or '×' or '∙') text[i] = '*';
            else if (text[i] == '−') text[i] = '-';
            else if (text[i] == '\\')
            {
                foreach (var (written, replacement) in Words)
                {
                    if (string.CompareOrdinal(at.Text, i, written, 0, written.Length) != 0) continue;
                    text[i] = replacement;
                    for (var k = 1; k < written.Length; k++) text[i + k] = ' ';
                }
            }
        }
        var braces = 0;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '{') braces++;
            else if (text[i] == '}') braces = Math.Max(0, braces - 1);
            if (braces > 0 || !char.IsWhiteSpace(text[i]) || i == from || !EndsFactor(text[i - 1])) continue;
            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next == text.Length || !StartsFactor(text[next])) { i = next - 1; continue; }
            if (char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[next]))
            {
                var first = NumberEndingAt(text, i - 1);
                var second = NumberStartingAt(text, next);
                throw new InputException(ErrorMessages.ClaimNumbersSideBySide(first, second), Point(at, next), ErrorMessages.ClaimHint);
            }
            text[i] = '*';
            i = next - 1;
        }
        return new string(text);
    }

    private static bool EndsFactor(char c) => char.IsAsciiLetterOrDigit(c) || c is ')' or '}';

    private static bool StartsFactor(char c) => char.IsAsciiLetterOrDigit(c) || c == '(';

    private static string NumberEndingAt(char[] text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
        return new string(text, start, end - start + 1);
    }

    private static string NumberStartingAt(char[] text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
        return new string(text, start, end - start);
    }

    /// <summary>The point at an offset on the same line as <paramref name="at"/> or after it.</summary>
    public static SourcePoint Point(SourcePoint at, int offset)
    {
        var line = at.Line;
        var column = at.Column;
        for (var i = at.Offset; i < offset; i++)
        {
            if (at.Text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return at with { Line = line, Column = column, Offset = offset };
    }
}
