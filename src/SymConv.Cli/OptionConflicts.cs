using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Refuses options that contradict each other on the command line: a single-valued option given
/// twice, or two options that fill the same slot (--kernel beside --kernel-shape), by the
/// library's table of what conflicts with what. A spec file's lines are checked by the library
/// itself (<see cref="SpecConflicts"/>), as its front door checks them. Between the two places the
/// rule stays that the command line overrides the spec's lines, so a spec's kernel can be swapped
/// for --kernel-shape.
/// </summary>
internal static class OptionConflicts
{
    /// <param name="entries">The command line's entries, in order.</param>
    /// <param name="where">Where an entry's option was written, for the caret.</param>
    public static void Check(IReadOnlyList<SpecEntry> entries, Func<SpecEntry, SourcePoint> where)
    {
        if (SpecConflicts.First(entries) is not { } conflict) return;
        var (entry, earlier, thing) = conflict;
        throw thing is null
            ? new InputException(SpecConflicts.GivenTwice(ErrorMessages.Parameter(entry.Key), FormattableString.Invariant($"at column {where(earlier).Column}")),
                where(entry), CliMessages.GivenTwiceHint)
            : new InputException(SpecConflicts.BothGive(ErrorMessages.Parameter(earlier.Key), ErrorMessages.Parameter(entry.Key), thing),
                where(entry), SpecConflicts.BothGiveHint(entry.Key));
    }
}
