using System.Globalization;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>The messages of the backward pass, beside the code that raises them.</summary>
internal static class GradientMessages
{
    /// <summary>An upstream gradient whose shape is not y's.</summary>
    public static string UpstreamShape(Shape upstream, Shape output) =>
        string.Create(CultureInfo.InvariantCulture,
            $"the upstream gradient ∂L/∂y has shape {upstream}, but y has shape {output}: it needs one entry per output entry, laid out as y");

    /// <summary>How to give an upstream gradient of the right shape.</summary>
    public static string UpstreamShapeHint(Shape output) =>
        string.Create(CultureInfo.InvariantCulture, $"give a {output} tensor, or leave it out (or write auto) for fresh symbols g_{{…}}");

    /// <summary>A word for the upstream symbols that cannot start a symbol.</summary>
    public static string UpstreamWordNotAWord(string word) =>
        $"'{word}' cannot name the upstream symbols: a word is an ASCII letter, then ASCII letters or digits";

    /// <summary>A word for the upstream symbols that the layer already uses.</summary>
    public static string UpstreamWordTaken(string word) =>
        $"the layer already has symbols {word}_{{…}}, so the upstream symbols cannot be named {word}: choose another word";
}
