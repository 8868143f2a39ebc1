using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>The verdict on one claim, with what is needed to show where it goes wrong.</summary>
internal sealed record ClaimResult
{
    /// <summary>The claim as written.</summary>
    public required ClaimSource Source { get; init; }

    /// <summary>True when the claim holds exactly.</summary>
    public required bool Holds { get; init; }

    /// <summary>
    /// Why the claim could not be read (with where, and how to fix it), or null when it was read
    /// and checked. An unreadable claim neither holds nor fails; the others are checked all the same.
    /// </summary>
    public Model.InputException? Unreadable { get; init; }

    /// <summary>
    /// What to tell before the verdict: each symbol of the claim the layer does not have, with
    /// the layer's symbols of that name or the product meant, and whether the claim holds once
    /// that slip is mended.
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>For a claim about one entry: the layer's value.</summary>
    public Polynomial? True { get; init; }

    /// <summary>For a claim about one entry: the claimed value.</summary>
    public Polynomial? Claimed { get; init; }

    /// <summary>Why a claim about many entries fails as a whole (a shape that differs), or null.</summary>
    public string? Note { get; init; }

    /// <summary>For a claim about many entries: the part they belong to, M, y', ….</summary>
    public string? Part { get; init; }

    /// <summary>The first entries that differ, in row-major order, at most <see cref="ClaimChecker.MismatchesShown"/>.</summary>
    public IReadOnlyList<Mismatch> Mismatches { get; init; } = [];

    /// <summary>How many entries differ in all.</summary>
    public long MismatchCount { get; init; }

    /// <summary>How many entries were compared.</summary>
    public long EntryCount { get; init; }
}
