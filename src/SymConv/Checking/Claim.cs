using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>A claim read and resolved against a layer, ready to check.</summary>
internal abstract record Claim(ClaimSource Source)
{
    /// <summary>One entry: y'[3] = 5a+6b+8c+9d, M[0,3] = c (flat index into the part's shape).</summary>
    public sealed record Entry(ClaimSource Source, LayerPart Part, long Flat, Polynomial Claimed) : Claim(Source);

    /// <summary>A whole part, or one row of M, in the text notation.</summary>
    public sealed record Whole(ClaimSource Source, LayerPart Part, long? Row, Tensor<Polynomial> Claimed) : Claim(Source);

    /// <summary>An index formula for every entry of M.</summary>
    public sealed record Formula(ClaimSource Source, MatrixFormula Compiled, IndexItem RowNames, IndexItem ColumnNames) : Claim(Source);
}
