using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The keys a spec file may hold: the layer's own (<see cref="LayerReader.Names"/>) and those
/// that say how to show or check it, which a layer read from the spec leaves to the writers. Any
/// other key is a slip (strides = 2) and is refused, never skipped.
/// </summary>
internal static class SpecKeys
{
    /// <summary>Keys of a spec that do not describe the layer: how it is shown, which claims and neuron to check.</summary>
    public static IReadOnlyList<string> Showing { get; } =
    [
        "format", "show", "rows", "hide-unit-coefficients", "unit-coefficients", "max-rows", "max-cols", "zeros",
        "standalone", "highlight", "text-layout", "one-per-line", "numbers", "csv-numbers", "claim", "claims", "at", "activation",
    ];

    /// <summary>Every key a spec may hold.</summary>
    public static IReadOnlyList<string> All { get; } = [.. LayerReader.Names, .. Showing];

    /// <summary>An unknown key, with the known key it was most likely meant to be.</summary>
    public static string UnknownKey(string key, string? suggestion) =>
        suggestion is null ? $"unknown key '{key}'" : $"unknown key '{key}'; did you mean '{suggestion}'?";

    /// <summary>How to write a spec's keys.</summary>
    public const string UnknownKeyHint = "spec-file keys are the long option names, such as kernel, input, stride, padding";

    // The keys of the command's other views, each with the front door's way of doing the same.
    // A layer read from a spec has no such view to hand them to, and must not skip them silently.
    private static readonly Dictionary<string, (string Command, string Instead)> OtherViews = new(StringComparer.Ordinal)
    {
        ["claim"] = ("symconv check", "check a claim with the layer's Check(claim)"),
        ["claims"] = ("symconv check", "read the claims file and check each claim with the layer's Check(claim)"),
        ["at"] = ("symconv neuron", "explain a neuron with the layer's Explain(neuron)"),
        ["activation"] = ("symconv neuron", "the layer's Explain(neuron) shows a neuron without an activation"),
    };

    /// <summary>A key only another view of the command reads.</summary>
    public static string OtherView(string key, string command) => $"'{key}' is read by {command}, not by a layer read from a spec";

    /// <summary>How to do what a key of another view does, from the layer.</summary>
    public static string OtherViewHint(string instead) => $"{instead}, and delete this line";

    /// <summary>Refuses, at the key, a key that only another of the command's views reads (claim, at).</summary>
    public static void RefuseOtherView(SpecEntry entry)
    {
        if (OtherViews.TryGetValue(entry.Key, out var view))
            throw new InputException(OtherView(entry.Key, view.Command), entry.KeyAt ?? entry.At, OtherViewHint(view.Instead)) { Parameter = entry.Key, Value = entry.Text };
    }

    /// <summary>Refuses a key no spec may hold, at the key, with the nearest known key.</summary>
    public static void Check(SpecEntry entry)
    {
        if (!All.Contains(entry.Key))
            throw new InputException(UnknownKey(entry.Key, NearestName.Among(entry.Key, All)), entry.KeyAt ?? entry.At, UnknownKeyHint);
    }
}
