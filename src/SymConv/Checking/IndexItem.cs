using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// One index of a claim's left-hand side as written: a slice (<c>:</c>, <c>0:9</c>), a number (3), a tuple of numbers
/// ((0,1,1)), or names for a formula (s, (u,v,w), s=(u,v,w)).
/// </summary>
internal sealed record IndexItem(SourcePoint At)
{
    /// <summary>True for a slice: <c>:</c>, <c>0:9</c>, <c>3:</c>, <c>:4</c>.</summary>
    public bool IsSlice { get; init; }

    /// <summary>Where a slice starts, or null for its beginning.</summary>
    public IndexNumber? SliceFrom { get; init; }

    /// <summary>Where a slice ends (excluded), or null for its end.</summary>
    public IndexNumber? SliceTo { get; init; }

    /// <summary>The numbers of a numeric index: one for a flat index, more for a tuple.</summary>
    public IndexNumber[]? Numbers { get; init; }

    /// <summary>True when the numbers were written as a tuple in parentheses.</summary>
    public bool IsTuple { get; init; }

    /// <summary>The name of the flat index in a formula (s in s=(u,v,w)), if given.</summary>
    public string? FlatName { get; init; }

    /// <summary>The names of the multi-index in a formula ((u,v,w)), if given.</summary>
    public string[]? Names { get; init; }

    /// <summary>True when this index names rather than numbers (a formula).</summary>
    public bool IsNamed => FlatName is not null || Names is not null;
}
