using SymConv.Algebra;
using SymConv.Export;

namespace SymConv.Gradients;

/// <summary>What to show of a backward pass, whatever the format.</summary>
internal sealed record GradientOptions
{
    /// <summary>The sections to show; null for all the layer has.</summary>
    public IReadOnlyList<GradientSection>? Sections { get; init; }

    /// <summary>Whether a coefficient of 1 is written, in every format; null for each format's own (<see cref="ReportOptions.UnitCoefficients"/>).</summary>
    public UnitCoefficients? UnitCoefficients { get; init; }

    /// <summary>How a coefficient that is not an integer is written: a fraction (default) or its exact decimal.</summary>
    public NumberNotation Numbers { get; init; } = NumberNotation.Fraction;

    /// <summary>How the text format nests a tensor's brackets: the seed's way (the default) or NumPy's.</summary>
    public TextLayout TextLayout { get; init; } = TextLayout.Seed;

    /// <summary>LaTeX, Markdown: entries listed per section before the middle is elided with ⋮ (0 lists all).</summary>
    public int MaxRows { get; init; } = DisplayOptions.DefaultMaxRows;

    /// <summary>LaTeX: a complete document rather than a fragment.</summary>
    public bool Standalone { get; init; }

    /// <summary>How Mᵀ and U(x) are set when shown: elision, zeros, as the layer report sets M.</summary>
    public DisplayOptions Display { get; init; } = new();
}
