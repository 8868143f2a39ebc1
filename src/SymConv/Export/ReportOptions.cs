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

    /// <summary>
    /// Whether a coefficient of 1 is written, in every format that writes expressions; null (the
    /// default) leaves each format its own: text, JSON's "text", CSV and the animated SVG write the
    /// seed's 1a+2b+4c+5d, LaTeX, Markdown and TikZ write a + 2b + 4c + 5d, as papers do. (The SVG
    /// and HTML pictures label weights in the text notation's own way, whatever this says.)
    /// </summary>
    public UnitCoefficients? UnitCoefficients { get; init; }

    /// <summary>
    /// How the text, JSON ("text"), LaTeX and Markdown formats write a coefficient that is not an
    /// integer: as a fraction (the default, 1/10) or, where it terminates, as its exact decimal (0.1).
    /// JSON's "coef" is always p/q.
    /// </summary>
    public NumberNotation Numbers { get; init; } = NumberNotation.Fraction;

    /// <summary>How the text format nests a tensor's brackets: the seed's way (the default) or NumPy's.</summary>
    public TextLayout TextLayout { get; init; } = TextLayout.Seed;

    /// <summary>
    /// Whether the text format writes y' one neuron a line (y'[3] = 5a+6b+8c+9d) rather than as one
    /// bracketed line; null (the default) does so past <see cref="OnePerLineRows"/> rows.
    /// </summary>
    public bool? OnePerLine { get; init; }

    /// <summary>The most rows y' is written on one line by default: a longer line no reader follows.</summary>
    public const long OnePerLineRows = 10_000;

    /// <summary>How the CSV format writes numbers: exactly (the default) or as decimals.</summary>
    public CsvNumbers CsvNumbers { get; init; } = CsvNumbers.Exact;

    /// <summary>How the typeset formats lay the layer out: elision, zeros, highlighting.</summary>
    public DisplayOptions Display { get; init; } = new();
}
