using SymConv.Parsing;

namespace SymConv.Export.Sections;

/// <summary>
/// A vector to show: y' = A x' + c of some map, with the name it is shown under. Every format writes y'
/// of a layer from this, so the vector of any other map is shown the same way:
/// <code>
/// var section = new AffineVectorSection("z'", new AffineVector(pooling, x)) { Sum = "P x'" };
/// SectionWriters.Find("text", layer.Symbols)!.WriteVector(section, Console.Out);
/// </code>
/// </summary>
/// <param name="Label">The name it is shown under, in the text notation: y', z'.</param>
/// <param name="Vector">The vector; only the entries of the rows shown are made.</param>
internal sealed record AffineVectorSection(string Label, AffineVector Vector)
{
    /// <summary>
    /// How the vector is made, in words of the text notation, such as "M x' + b": the headings show
    /// y' = M x' + b, the text format only when the map is affine, as the seed does. Null for none.
    /// </summary>
    public string? Sum { get; init; }

    /// <summary>Entries per block: the typeset formats put a rule between blocks. 0 for none.</summary>
    public long RowBlock { get; init; }

    /// <summary>The entries shown, as inclusive ranges in increasing order; null for all.</summary>
    public IReadOnlyList<RowRange>? Rows { get; init; }

    /// <summary>True when every entry is shown.</summary>
    public bool AllRows => Rows is null;

    /// <summary>The entries shown as ranges: <see cref="Rows"/>, or one range of every entry.</summary>
    public IReadOnlyList<RowRange> RowRanges => Rows ?? (Vector.Count == 0 ? [] : [new RowRange(0, Vector.Count - 1)]);

    /// <summary>How many entries are shown.</summary>
    public long ShownRowCount => RowRanges.Sum(r => r.Last - r.First + 1);

    /// <summary>The entries shown, in order.</summary>
    public IEnumerable<long> ShownRows => SectionRows.Of(RowRanges);
}
