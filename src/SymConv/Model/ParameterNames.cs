using System.Text.RegularExpressions;

namespace SymConv.Model;

/// <summary>
/// Parameters named in messages and notes are written in backquotes, `groups`: the library shows
/// the bare name (groups), the command its flag (--groups), both from one text.
/// </summary>
internal static partial class ParameterNames
{
    /// <summary>The text with each `parameter` named as <paramref name="name"/> says.</summary>
    public static string Words(string text, Func<string, string> name) =>
        text.Contains('`', StringComparison.Ordinal) ? Quoted().Replace(text, m => name(m.Groups[1].Value)) : text;

    /// <summary>The text in the library's words: each parameter by its bare name.</summary>
    public static string Bare(string text) => Words(text, name => name);

    [GeneratedRegex("`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
