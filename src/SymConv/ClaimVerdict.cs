namespace SymConv;

/// <summary>
/// Whether a claim about a layer holds, and the report symconv check writes of it: ✓ or ✗ and
/// the claim, and under a ✗ the true value, the claimed one and their difference.
/// </summary>
public sealed class ClaimVerdict
{
    private readonly string _report;

    internal ClaimVerdict(bool holds, string report)
    {
        Holds = holds;
        _report = report;
    }

    /// <summary>True when the claim holds.</summary>
    public bool Holds { get; }

    /// <summary>The report as symconv check writes it.</summary>
    public override string ToString() => _report;
}
