using System.Text;
using System.Text.RegularExpressions;

namespace SymConv.Export.Latex;

/// <summary>
/// Symbol names in TeX: w_{0,1} stays w_{0,1}, alpha becomes \alpha, a longer name such as k12 is
/// set upright-italic as one word (\mathit{k12}) so it cannot be read as a product. The output is
/// rebuilt from the name's letters and digits only, so no name can smuggle in a TeX command.
/// </summary>
internal static partial class LatexSymbols
{
    private static readonly HashSet<string> Greek = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma",
        "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    };

    // The grammar's identifiers: ASCII letter, letters or digits, then an optional subscript of
    // one character or a braced comma list (ExpressionGrammar).
    [GeneratedRegex(@"^(?<base>[A-Za-z][A-Za-z0-9]*)(?:_(?:(?<one>[A-Za-z0-9])|\{(?<list>[A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)\}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>True for the names of Greek letters that TeX has as commands.</summary>
    internal static bool IsGreek(string word) => Greek.Contains(word);

    /// <summary>True for the TeX of a name set as a word of several letters (\mathit{ab}, \mathrm{…}).</summary>
    internal static bool IsWord(string tex) =>
        tex.StartsWith("\\mathit{", StringComparison.Ordinal) || tex.StartsWith("\\mathrm{", StringComparison.Ordinal);

    /// <summary>The TeX math of a symbol name.</summary>
    public static string Format(string name)
    {
        var match = Identifier().Match(name);
        if (!match.Success) return Fallback(name);
        var text = new StringBuilder(Word(match.Groups["base"].Value));
        var items = match.Groups["one"].Success ? [match.Groups["one"].Value]
            : match.Groups["list"].Success ? match.Groups["list"].Value.Split(',') : Array.Empty<string>();
        if (items.Length > 0)
            text.Append("_{").Append(string.Join(",", items.Select(Word))).Append('}');
        return text.ToString();
    }

    // One letter or a number is itself; a Greek name is its letter; any other word is one
    // italic word, so k12 does not read as k times 12.
    private static string Word(string word)
    {
        if (Greek.Contains(word)) return "\\" + word;
        if (word.Length == 1 || word.All(char.IsAsciiDigit)) return word;
        return "\\mathit{" + word + "}";
    }

    // A name from outside the grammar (built through the library API): keep its letters and
    // digits, show anything else as a question mark, never pass it through.
    private static string Fallback(string name)
    {
        var safe = new StringBuilder();
        foreach (var c in name)
            safe.Append(char.IsAsciiLetterOrDigit(c) ? c : '?');
        return "\\mathrm{" + (safe.Length == 0 ? "?" : safe.ToString()) + "}";
    }
}
