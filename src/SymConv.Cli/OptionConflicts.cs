using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Refuses options that contradict each other in one place — the command line, or one spec file:
/// a single-valued option given twice, or two options that fill the same slot (--kernel beside
/// --kernel-shape). Between the two places the rule stays that the command line overrides the
/// spec's lines, so a spec's kernel can be swapped for --kernel-shape.
/// </summary>
internal static class OptionConflicts
{
    // Options that each say all of one thing.
    private static readonly (string First, string Second, string Thing, string Hint)[] SameSlot =
    [
        ("kernel", "kernel-shape", "the kernel", CliMessages.SameSlotHint("kernel", "kernel-shape")),
        ("input", "input-shape", "the input", CliMessages.SameSlotHint("input", "input-shape")),
        ("hide-unit-coefficients", "unit-coefficients", "whether a coefficient of 1 is written", CliMessages.UnitCoefficientsHint),
    ];

    /// <param name="entries">The entries of one place, in order.</param>
    /// <param name="where">Where an entry's option was written, for the caret.</param>
    /// <param name="fromSpec">True for a spec file's lines, whose keys are written without dashes.</param>
    public static void Check(IReadOnlyList<SpecEntry> entries, Func<SpecEntry, SourcePoint> where, bool fromSpec)
    {
        var seen = new Dictionary<string, SpecEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var option = OptionCatalog.Find(entry.Key);
            if (option is null || option.Repeatable) continue;
            if (seen.TryGetValue(entry.Key, out var first))
                throw new InputException(CliMessages.GivenTwice(Name(entry.Key, fromSpec), where(first), fromSpec), where(entry), fromSpec ? CliMessages.GivenTwiceInSpecHint : CliMessages.GivenTwiceHint);
            foreach (var (a, b, thing, hint) in SameSlot)
            {
                var other = entry.Key == a ? b : entry.Key == b ? a : null;
                if (other is not null && seen.TryGetValue(other, out var earlier))
                    throw new InputException(CliMessages.SameSlot(Name(other, fromSpec), Name(entry.Key, fromSpec), thing), where(entry), hint);
            }
            seen[entry.Key] = entry;
        }
    }

    private static string Name(string key, bool fromSpec) => fromSpec ? $"'{key}'" : "--" + key;
}
