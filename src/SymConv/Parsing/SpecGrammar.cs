using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The grammar of spec files: <c>key = value</c> lines with <c>#</c> comments, keys being the
/// long option names. A value that opens a bracket or a parenthesis runs on over lines until it
/// closes, so a tensor can be laid out as the seed writes it, one row per line, or pasted as a
/// framework printed it (<c>Parameter containing:</c> and <c>tensor(…)</c> on the next line).
/// Lines end at \n, \r\n or a lone \r.
/// </summary>
/// <remarks>
/// Read by one pass over the text rather than by a combinator grammar: the language is lines
/// and bracket depth, and a backtracking grammar took time exponential in the brackets left open.
/// </remarks>
internal static class SpecGrammar
{
    /// <summary>Reads a spec file's entries in order.</summary>
    public static IReadOnlyList<SpecEntry> Read(string sourceName, string text)
    {
        // Comments are blanked, not cut, so every column stays where the user sees it.
        var blanked = BlankComments(text);
        var start = SourcePoint.StartOf(sourceName, blanked);
        Failures.CheckNesting(start, blanked.Length);
        return new Scanner(sourceName, blanked).Entries();
    }

    private static string BlankComments(string text)
    {
        if (!text.Contains('#')) return text;
        var chars = text.ToCharArray();
        var inComment = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\n' or '\r') inComment = false;
            else if (chars[i] == '#') inComment = true;
            if (inComment) chars[i] = ' ';
        }
        return new string(chars);
    }

    private sealed class Scanner(string source, string text)
    {
        private int _offset;
        private int _line = 1;
        private int _column = 1;

        private bool AtEnd => _offset >= text.Length;

        private char Current => text[_offset];

        private SourcePoint Here => new(source, _line, _column, text, _offset);

        public List<SpecEntry> Entries()
        {
            var entries = new List<SpecEntry>();
            while (true)
            {
                SkipInlineSpace();
                if (AtEnd) return entries;
                if (AtLineEnd()) { SkipLineEnd(); continue; }
                entries.Add(Entry());
                if (!AtEnd) SkipLineEnd();
            }
        }

        private SpecEntry Entry()
        {
            var keyAt = Here;
            if (!IsKeyStart(Current)) throw Unexpected("option name");
            while (!AtEnd && IsKeyChar(Current)) Step();
            // A stack's per-layer parameters are keyed by the layer's index: kernel[0], bias[2].
            if (!AtEnd && Current == '[')
            {
                Step();
                while (!AtEnd && Current is >= '0' and <= '9') Step();
                if (AtEnd || Current != ']') throw Unexpected("a layer's index and ']', as in kernel[0]");
                Step();
            }
            var key = text[keyAt.Offset.._offset];
            SkipInlineSpace();
            if (AtEnd || Current != '=') throw Unexpected("'='");
            Step();
            SkipInlineSpace();
            var valueAt = Here;
            var end = Value();
            return new SpecEntry(key, text[valueAt.Offset..end].TrimEnd(), valueAt) { KeyAt = keyAt };
        }

        // Runs to the end of the line, or on over lines while a bracket or parenthesis is open.
        private int Value()
        {
            var open = new Stack<SourcePoint>();
            while (true)
            {
                if (AtEnd)
                {
                    if (open.Count == 0) return _offset;
                    var bracket = open.Peek();
                    throw new InputException(ErrorMessages.SpecUnclosed(text[bracket.Offset]), bracket, ErrorMessages.SpecUnclosedHint);
                }
                if (AtLineEnd() && open.Count == 0)
                {
                    if (!text.AsSpan(0, _offset).TrimEnd(" \t").EndsWith(ContinuedLine, StringComparison.Ordinal))
                        return _offset;
                }
                switch (Current)
                {
                    case '[' or '(':
                        open.Push(Here);
                        break;
                    case ']' or ')' when open.Count > 0:
                        open.Pop();
                        break;
                }
                Step();
            }
        }

        // PyTorch prints a parameter as "Parameter containing:" and the tensor on the next line.
        private const string ContinuedLine = "Parameter containing:";

        private InputException Unexpected(string expected)
        {
            var found = AtEnd ? "end of text" : Failures.Describe(Current);
            return new InputException($"unexpected {found}; expected {expected}", Here, ErrorMessages.SpecHint);
        }

        private static bool IsKeyStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

        private static bool IsKeyChar(char c) => IsKeyStart(c) || c is >= '0' and <= '9' or '-' or '_';

        private bool AtLineEnd() => !AtEnd && Current is '\n' or '\r';

        private void SkipInlineSpace()
        {
            while (!AtEnd && Current is ' ' or '\t') Step();
        }

        private void SkipLineEnd()
        {
            if (Current == '\r' && _offset + 1 < text.Length && text[_offset + 1] == '\n') Step();
            Step();
        }

        private void Step()
        {
            ParseWork.Step();
            var c = text[_offset++];
            if (c == '\n' || (c == '\r' && (_offset >= text.Length || text[_offset] != '\n'))) { _line++; _column = 1; }
            else _column++;
        }
    }
}
