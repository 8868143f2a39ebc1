using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// Entries that contradict each other in one place — one spec text, or (read by the command with
/// the same table) one command line: a key given twice, or two keys that fill the same slot
/// (kernel beside kernel-shape). Which of the two was meant cannot be known, so neither is read.
/// </summary>
internal static class SpecConflicts
{
    /// <summary>Keys that each say all of one thing, so that giving both in one place says it twice; with how to fix it.</summary>
    public static IReadOnlyList<(string First, string Second, string Thing, string Hint)> SameSlot { get; } =
    [
        ("kernel", "kernel-shape", "the kernel", EntriesOrShape("kernel", "kernel-shape")),
        ("input", "input-shape", "the input", EntriesOrShape("input", "input-shape")),
        // Two spellings of ReportOptions.UnitCoefficients, one for each format's readers.
        ("hide-unit-coefficients", "unit-coefficients", "whether a coefficient of 1 is written",
            "the two are one setting: `hide-unit-coefficients` writes a+2b, `unit-coefficients` 1a+2b; without either, text and JSON write 1a+2b, LaTeX and Markdown a + 2b"),
    ];

    /// <summary>The keys that may be given more than once in one place: each adds a claim to check.</summary>
    public static IReadOnlySet<string> Repeatable { get; } = new HashSet<string>(["claim", "claims"], StringComparer.Ordinal);

    /// <summary>The first entry that contradicts an earlier one, with that earlier one; null when none does.</summary>
    /// <param name="entries">The entries of one place, in order.</param>
    /// <returns>The later entry, the earlier one, and the thing both give when they are different keys of one slot.</returns>
    public static (SpecEntry Entry, SpecEntry Earlier, string? Thing)? First(IEnumerable<SpecEntry> entries)
    {
        var seen = new Dictionary<string, SpecEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Repeatable.Contains(entry.Key)) continue;
            if (seen.TryGetValue(entry.Key, out var first))
                return (entry, first, null);
            foreach (var (a, b, thing, _) in SameSlot)
            {
                var other = entry.Key == a ? b : entry.Key == b ? a : null;
                if (other is not null && seen.TryGetValue(other, out var earlier))
                    return (entry, earlier, thing);
            }
            seen[entry.Key] = entry;
        }
        return null;
    }

    /// <summary>Refuses a spec's key given twice, or two keys of one slot, at the later key.</summary>
    /// <param name="entries">A spec's entries, in order.</param>
    /// <param name="repeatHint">How to fix a repeated key, where the reader knows more (the command: its options override the spec).</param>
    public static void Check(IEnumerable<SpecEntry> entries, string repeatHint = GivenTwiceHint)
    {
        if (First(entries) is not { } conflict) return;
        var (entry, earlier, thing) = conflict;
        var at = entry.KeyAt ?? entry.At;
        throw thing is null
            ? new InputException(GivenTwice($"'{entry.Key}'", OnLine(earlier.KeyAt ?? earlier.At)), at, repeatHint) { Parameter = entry.Key, Value = entry.Text }
            : new InputException(BothGive($"'{earlier.Key}'", $"'{entry.Key}'", thing), at, BothGiveHint(entry.Key)) { Parameter = entry.Key, Value = entry.Text };
    }

    /// <summary>A key or option given twice in one place; <paramref name="first"/> says where it was first.</summary>
    public static string GivenTwice(string name, string first) => $"{name} is given twice (first {first}): give it once";

    /// <summary>Where a spec's key was first given.</summary>
    public static string OnLine(SourcePoint first) => FormattableString.Invariant($"on line {first.Line}");

    /// <summary>How to fix a key a spec gives twice.</summary>
    public const string GivenTwiceHint = "a spec gives each key once: keep the line you mean";

    /// <summary>Two keys or options that fill one slot.</summary>
    public static string BothGive(string first, string second, string thing) => $"{first} and {second} both give {thing}: give one";

    /// <summary>What each of a slot's two keys gives, parameters in backquotes.</summary>
    public static string BothGiveHint(string key) => SameSlot.First(s => s.First == key || s.Second == key).Hint;

    private static string EntriesOrShape(string entries, string shape) =>
        $"`{entries}` gives the entries, `{shape}` a tensor of fresh symbols of that shape";
}
