using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>The "did you mean" of a mistyped option value: --format tex → latex, --padding-mode zero → zeros.</summary>
internal static class ValueSuggestion
{
    // Other names people give a format. An edit distance alone would offer text for tex, which is
    // one letter away, when a TeX user means LaTeX.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["tex"] = "latex", ["md"] = "markdown", ["py"] = "sympy", ["python"] = "sympy",
        ["mma"] = "mathematica", ["wolfram"] = "mathematica", ["wl"] = "mathematica", ["txt"] = "text",
    };

    /// <summary>The choice the value most likely meant, or null when none is close.</summary>
    public static string? For(string value, IReadOnlyCollection<string> choices)
    {
        var typed = value.Trim();
        // A word that differs only in case (dL/dk for dL/dK), then the nearest as typed, before
        // the nearest in lower case: lowered, dL/dk is as near dL/dy as dL/dK.
        if (choices.FirstOrDefault(c => string.Equals(c, typed, StringComparison.OrdinalIgnoreCase)) is { } caseless) return caseless;
        var word = typed.ToLowerInvariant();
        if (Aliases.TryGetValue(word, out var alias) && choices.Contains(alias)) return alias;
        return NearestName.Among(typed, choices) ?? NearestName.Among(word, choices);
    }
}
