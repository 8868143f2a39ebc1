using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>One entry where a claim and the layer disagree.</summary>
/// <param name="Location">The entry, such as M[1,3] or y[0,1,1]; for formulas also the named indices.</param>
/// <param name="True">The layer's entry.</param>
/// <param name="Claimed">The claimed entry, or null when the claim has no value there.</param>
/// <param name="Problem">Why the claim has no value there (a formula reading outside K), or null.</param>
internal sealed record Mismatch(string Location, Polynomial True, Polynomial? Claimed, string? Problem);
