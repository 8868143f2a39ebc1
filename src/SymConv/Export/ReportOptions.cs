using SymConv.Algebra;
using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>What to show of a layer, whatever the format.</summary>
public sealed record ReportOptions
{
    /// <summary>The sections to show; null for the default set.</summary>
    public IReadOnlyList<Section>? Sections { get; init; }

    /// <summary>The rows of M and y' to show; null for all.</summary>
    public IReadOnlyList<RowRange>? Rows { get; init; }

    /// <summary>Whether a coefficient of 1 is written in the plain-text notation.</summary>
    public UnitCoefficients UnitCoefficients { get; init; } = UnitCoefficients.Shown;

    /// <summary>How the CSV format writes numbers: exactly (the default) or as decimals.</summary>
    public CsvNumbers CsvNumbers { get; init; } = CsvNumbers.Exact;

    /// <summary>How the typeset formats lay the layer out: elision, zeros, highlighting.</summary>
    public DisplayOptions Display { get; init; } = new();
}
