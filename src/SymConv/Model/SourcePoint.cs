namespace SymConv.Model;

/// <summary>
/// A place in the text a user wrote: which source (an option such as --kernel, or a file),
/// the 1-based line and column, and the text itself so an error can show the line with a caret.
/// </summary>
/// <param name="Source">What the text came from, in words: "--kernel", "examples/seed.conv".</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Text">The whole text the point is in.</param>
/// <param name="Offset">0-based offset of the point in <paramref name="Text"/>.</param>
public sealed record SourcePoint(string Source, int Line, int Column, string Text, int Offset)
{
    /// <summary>A point for values that were not typed (generated symbols, defaults).</summary>
    public static SourcePoint None { get; } = new("", 0, 0, "", 0);

    /// <summary>The whole line the point is on, found only when an error needs it.</summary>
    public string LineText
    {
        get
        {
            if (Text.Length == 0) return "";
            var offset = Math.Clamp(Offset, 0, Text.Length);
            // \n, \r\n and a lone \r all end lines.
            var start = offset == 0 ? 0 : Text.AsSpan(0, offset).LastIndexOfAny('\n', '\r') + 1;
            var end = Text.AsSpan(offset).IndexOfAny('\n', '\r');
            end = end < 0 ? Text.Length : offset + end;
            return Text[start..end];
        }
    }

    /// <summary>A point at the start of a one-line value given under a name (an option).</summary>
    public static SourcePoint StartOf(string source, string text) => new(source, 1, 1, text, 0);
}
