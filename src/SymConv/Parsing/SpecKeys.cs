using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The keys a spec file may hold: the layer's own (<see cref="LayerReader.Names"/>), those that
/// say how to show it, which a layer read from the spec keeps for its writers, and those of the
/// command's other views (claims to check, a neuron, the backward pass, stacks), which a layer read
/// from a spec refuses, naming its own way to do the same. Any other key is a slip (strides = 2)
/// and is refused, never skipped.
/// </summary>
internal static class SpecKeys
{
    /// <summary>Keys of a spec that say how the layer view is shown.</summary>
    public static IReadOnlyList<string> Showing { get; } =
    [
        "format", "show", "rows", "hide-unit-coefficients", "unit-coefficients", "max-rows", "max-cols", "zeros",
        "standalone", "highlight", "text-layout", "one-per-line", "numbers", "csv-numbers",
    ];

    private const string DeleteLine = "delete this line";

    // The keys of the command's other views, each with the front door's way of doing the same (or
    // the command to run where it has none yet). A layer read from a spec has no such view to hand
    // them to, and must not skip them silently.
    private static readonly Dictionary<string, (string Command, string Hint)> OtherViews = new(StringComparer.Ordinal)
    {
        ["claim"] = ("symconv check", $"check a claim with the layer's Check(claim), and {DeleteLine}"),
        ["claims"] = ("symconv check", $"read the claims file and check each claim with the layer's Check(claim), and {DeleteLine}"),
        ["at"] = ("symconv neuron", $"explain a neuron with the layer's Explain(neuron), and {DeleteLine}"),
        ["activation"] = ("symconv neuron", $"the layer's Explain(neuron) shows a neuron without an activation, and {DeleteLine}"),
        ["input-at"] = ("symconv neuron", $"the library does not yet show which neurons read an input entry: {DeleteLine}, or run symconv neuron on the spec"),
        ["upstream"] = ("symconv grad", $"the library does not yet take the backward pass: {DeleteLine}, or run symconv grad on the spec"),
        ["upstream-symbols"] = ("symconv grad", $"the library does not yet take the backward pass: {DeleteLine}, or run symconv grad on the spec"),
        ["layers"] = (StackReading, StackHint),
        ["output"] = ("symconv", $"write the layer where you choose with the layer's Render(writer), and {DeleteLine}"),
    };

    private const string StackReading = "symconv as a stack of layers";

    private const string StackHint = "a layer read from a spec is one convolution, and the library does not yet read stacks: run symconv on the spec";

    /// <summary>Every key a spec may hold (besides a stack's kernel[i] and bias[i]).</summary>
    public static IReadOnlyList<string> All { get; } = [.. LayerReader.Names, .. Showing, .. OtherViews.Keys];

    /// <summary>An unknown key, with the known key it was most likely meant to be.</summary>
    public static string UnknownKey(string key, string? suggestion) =>
        suggestion is null ? $"unknown key '{key}'" : $"unknown key '{key}'; did you mean '{suggestion}'?";

    /// <summary>How to write a spec's keys.</summary>
    public const string UnknownKeyHint = "spec-file keys are the long option names, such as kernel, input, stride, padding";

    /// <summary>A key only another view of the command reads.</summary>
    public static string OtherView(string key, string command) => $"'{key}' is read by {command}, not by a layer read from a spec";

    /// <summary>Refuses a key no spec may hold, at the key, with the nearest known key.</summary>
    public static void Check(SpecEntry entry)
    {
        if (!All.Contains(entry.Key) && !Networks.StackReader.IsParameterKey(entry.Key))
            throw new InputException(UnknownKey(entry.Key, NearestName.Among(entry.Key, All)), entry.KeyAt ?? entry.At, UnknownKeyHint) { Parameter = entry.Key, Value = entry.Text.Trim() };
    }

    /// <summary>Refuses, at the key, a key that only another of the command's views reads (claim, at, upstream, layers).</summary>
    public static void RefuseOtherView(SpecEntry entry)
    {
        var (command, hint) = OtherViews.TryGetValue(entry.Key, out var view) ? view
            : Networks.StackReader.IsParameterKey(entry.Key) ? (StackReading, StackHint)
            : default;
        if (command is not null)
            throw new InputException(OtherView(entry.Key, command), entry.KeyAt ?? entry.At, hint) { Parameter = entry.Key, Value = entry.Text };
    }
}
