using System.Globalization;

namespace SymConv.Model;

/// <summary>
/// Something the user wrote cannot be used. Carries what is wrong, where, and how to fix it;
/// the command prints exactly that and exits with code 2.
/// </summary>
public sealed class InputException(string message, SourcePoint? at = null, string? hint = null) : Exception(message)
{
    /// <summary>Where the problem is, when it has a place in the text.</summary>
    public SourcePoint? At { get; } = at;

    /// <summary>How to fix it, when there is something useful to say.</summary>
    public string? Hint { get; } = hint;

    /// <summary>The message, the place with a caret under it, and the hint, one per line.</summary>
    public string Render()
    {
        var lines = new List<string> { "error: " + Message };
        if (At is { Line: > 0 } at)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  --> {at.Source}, line {at.Line}, column {at.Column}"));
            var text = at.LineText.Replace('\t', ' ');
            // Keep the caret on screen for very long lines: show a window around the column.
            // Clamped: a column can lie past the line shown (a value's last line, a line end).
            var start = Math.Min(Math.Max(0, at.Column - 60), text.Length);
            var shown = text.Length > start + 100 ? text.Substring(start, 100) + " …" : text[start..];
            var prefix = start > 0 ? "… " : "";
            lines.Add("   | " + prefix + shown);
            lines.Add("   | " + new string(' ', prefix.Length + Math.Max(0, at.Column - 1 - start)) + "^");
        }
        if (!string.IsNullOrEmpty(Hint))
            lines.Add("  hint: " + Hint);
        return string.Join('\n', lines) + "\n";
    }
}
