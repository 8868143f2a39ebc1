using System.Globalization;

namespace SymConv.Model;

/// <summary>
/// Something the user wrote cannot be used. Carries what is wrong in the library's own words
/// (<c>groups must be at least 1, not 0</c>), which parameter and value it concerns, where in the
/// source text it was written, and how to fix it. The command prints it with its own names for
/// the parameters (<c>--groups</c>) and exits with code 2.
/// </summary>
public sealed class InputException : Exception
{
    // Parameter names are written `groups` in messages and hints: the library shows the bare name,
    // the command its flag, from one text.
    private readonly string _message;
    private readonly string? _hint;

    /// <summary>An error with its message, its place in the text and a hint.</summary>
    /// <param name="message">What is wrong; parameter names in backquotes, `groups`.</param>
    /// <param name="at">Where, when it has a place in the text.</param>
    /// <param name="hint">How to fix it; parameter names in backquotes.</param>
    public InputException(string message, SourcePoint? at = null, string? hint = null) : base(Words(message, name => name))
    {
        _message = message;
        _hint = hint;
        At = at;
    }

    /// <summary>Where the problem is, when it has a place in the text.</summary>
    public SourcePoint? At { get; private init; }

    /// <summary>How to fix it, when there is something useful to say.</summary>
    public string? Hint => _hint is null ? null : Words(_hint, name => name);

    /// <summary>The parameter the problem is with, by its spec-file key (<c>groups</c>, <c>output-padding</c>), when it is one.</summary>
    public string? Parameter { get; init; }

    /// <summary>The value of <see cref="Parameter"/> that cannot be used, as written, when there is one.</summary>
    public string? Value { get; init; }

    /// <summary>A refusal of one parameter's value, so that the spec line which set it can be pointed at.</summary>
    internal static InputException ForParameter(string parameter, object? value, string message) =>
        new(message) { Parameter = parameter, Value = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture) };

    /// <summary>
    /// The same error said of <paramref name="parameter"/>'s value <paramref name="value"/>, where it
    /// names none yet: a value's own grammar does not know which key it was read for.
    /// </summary>
    internal InputException About(string parameter, string? value) =>
        new(_message, At, _hint) { Parameter = Parameter ?? parameter, Value = Value ?? value };

    /// <summary>The same error placed at <paramref name="at"/>: a spec's line that set the parameter.</summary>
    public InputException WithAt(SourcePoint? at) => new(_message, at, _hint) { Parameter = Parameter, Value = Value };

    /// <summary>The same error without its hint, for a hint already given.</summary>
    public InputException WithoutHint() => new(_message, At) { Parameter = Parameter, Value = Value };

    /// <summary>The message with each parameter named as <paramref name="name"/> says (the command's <c>--groups</c>).</summary>
    public string MessageWith(Func<string, string> name) => Words(_message, name);

    /// <summary>The message, the place with a caret under it, and the hint, one per line.</summary>
    public string Render() => Render(name => name);

    /// <summary>
    /// The message, the place with a caret under it, and the hint, one per line, with each
    /// parameter named as <paramref name="name"/> says.
    /// </summary>
    public string Render(Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lines = new List<string> { "error: " + Words(_message, name) };
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
        if (!string.IsNullOrEmpty(_hint))
            lines.Add("  hint: " + Words(_hint, name));
        return string.Join('\n', lines) + "\n";
    }

    private static string Words(string text, Func<string, string> name) => ParameterNames.Words(text, name);
}
