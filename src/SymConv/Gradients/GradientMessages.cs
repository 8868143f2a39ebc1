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
        string.Create(CultureInfo.InvariantCulture, $"give a {output} tensor, one entry per entry of y, in y's layout");

    /// <summary>A word for the upstream symbols that cannot start a symbol.</summary>
    public static string UpstreamWordNotAWord(string word) =>
        $"'{word}' cannot name the upstream symbols: a word is an ASCII letter, then ASCII letters or digits";

    /// <summary>A word for the upstream symbols that the layer already uses.</summary>
    public static string UpstreamWordTaken(string word) =>
        $"the layer already has symbols {word}_{{…}}, so the upstream symbols cannot be named {word}: choose another word";

    /// <summary>An input index outside x.</summary>
    public static string InputIndexRange(long value, long size, string dimension) =>
        string.Create(CultureInfo.InvariantCulture, $"the input index {value} is outside x: the {dimension} index runs from 0 to {size - 1}");

    /// <summary>One number of an input index outside x: its <paramref name="item"/>-th.</summary>
    public static string InputIndexItemRange(IReadOnlyList<int> at, int item, Shape input) =>
        string.Create(CultureInfo.InvariantCulture, $"the input index {string.Join(',', at)} is outside x, which has shape {input}: its {IndexItemPosition.Ordinal(item)} number must be 0 to {input[item] - 1}, not {at[item]}");

    /// <summary>An input index with the wrong number of entries.</summary>
    public static string InputIndexCount(int count, Shape input) =>
        string.Create(CultureInfo.InvariantCulture, $"the input index has {count} entries, but x has shape {input}: give {input.Rank} (channel and position, as x is laid out) or one flat index of x'");
}
