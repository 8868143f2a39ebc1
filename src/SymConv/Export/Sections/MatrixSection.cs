using SymConv.LinearMaps;
using SymConv.Parsing;

namespace SymConv.Export.Sections;

/// <summary>
/// A matrix to show: any <see cref="ILinearMap"/> with the name it is shown under and where its block
/// rules fall. Every format writes a matrix from this one description, so a map made anywhere — a
/// layer's M, the forward twin C, Mᵀ, the patch matrix U(x), a stack's M_total, a pooling map — is
/// shown the way M is, with no writer of its own:
/// <code>
/// var section = new MatrixSection("M^T", transpose) { ColumnBlock = 3 };
/// SectionWriters.Find("latex", layer.Symbols)!.WriteMatrix(section, Console.Out);
/// </code>
/// </summary>
/// <param name="Label">The name it is shown under, in the text notation: M, C, U(x). LaTeX writes it as math.</param>
/// <param name="Map">The map; only the nonzero entries of the rows shown are ever asked for.</param>
internal sealed record MatrixSection(string Label, ILinearMap Map)
{
    /// <summary>Rows per block: a rule falls between blocks (between a layer's output channels). 0 for none.</summary>
    public long RowBlock { get; init; }

    /// <summary>Columns per block: a bar | falls between blocks (after each row of the input image). 0 for none.</summary>
    public long ColumnBlock { get; init; }

    /// <summary>The rows shown, as inclusive ranges in increasing order; null for every row.</summary>
    public IReadOnlyList<RowRange>? Rows { get; init; }

    /// <summary>
    /// A few words the text and Markdown headings add in parentheses, such as "forward convolution; M = Cᵀ";
    /// null for none.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>
    /// The name the code formats (SymPy, Mathematica) give the matrix: a letter and then letters, digits or
    /// underscores. Null (the default) makes one from <see cref="Label"/>: M stays M, U(x) becomes U_x.
    /// </summary>
    public string? CodeName { get; init; }

    /// <summary>True when every row is shown.</summary>
    public bool AllRows => Rows is null;

    /// <summary>The rows shown as ranges: <see cref="Rows"/>, or one range of every row.</summary>
    public IReadOnlyList<RowRange> RowRanges => Rows ?? (Map.Rows == 0 ? [] : [new RowRange(0, Map.Rows - 1)]);

    /// <summary>How many rows are shown.</summary>
    public long ShownRowCount => RowRanges.Sum(r => r.Last - r.First + 1);

    /// <summary>The rows shown, in order.</summary>
    public IEnumerable<long> ShownRows => SectionRows.Of(RowRanges);
}
