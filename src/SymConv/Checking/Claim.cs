using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>A claim read and resolved against a layer, ready to check.</summary>
internal abstract record Claim(ClaimSource Source)
{
    /// <summary>The symbols of the claimed value that the layer does not have, explained.</summary>
    public IReadOnlyList<SymbolSlip> Slips { get; init; } = [];

    /// <summary>One entry: y'[3] = 5a+6b+8c+9d, M[0,3] = c (flat index into the part's shape).</summary>
    public sealed record Entry(ClaimSource Source, LayerPart Part, long Flat, Polynomial Claimed) : Claim(Source);

    /// <summary>
    /// A run of a part's entries in the text notation: the whole part, a row of M or part of
    /// one, or a slice of y' or x'; <paramref name="Offset"/> is the first entry's flat index.
    /// </summary>
    public sealed record Whole(ClaimSource Source, LayerPart Part, long Offset, Shape Expected, string Label, Tensor<Polynomial> Claimed) : Claim(Source);

    /// <summary>
    /// An index formula for every entry of a part: M[(u,v,w),(i,j,k)] = …, y[d,i,j] = …,
    /// dK[u,i,p,q] = …; <paramref name="Sides"/> name the part's indices (M's row, then column).
    /// </summary>
    public sealed record Formula(ClaimSource Source, IndexedFormula Compiled, LayerPart Part, IReadOnlyList<IndexItem> Sides) : Claim(Source)
    {
        /// <summary>How many evaluations one evaluation of this formula counts for in the work bound (its length in thousands of characters, at least 1).</summary>
        public int Weight { get; init; } = 1;

        /// <summary>What reading it cost, in evaluations (its length times <see cref="ClaimReader.EvaluationsPerCharacterRead"/>).</summary>
        public long ReadCost { get; init; }
    }
}
