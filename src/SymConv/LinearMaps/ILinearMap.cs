using SymConv.Algebra;

namespace SymConv.LinearMaps;

/// <summary>
/// An affine map y' = A x' + c between flattened tensors, held implicitly: rows are made on demand,
/// so a map of any size costs memory for one row at a time and nothing allocates rows × columns.
/// A convolution's M, its forward twin C, the transpose Mᵀ, the patch matrix U(x), products of maps
/// and pooling or upsampling maps are all implementations, so every writer is written once over this.
/// </summary>
public interface ILinearMap
{
    /// <summary>Number of rows: entries of the output.</summary>
    long Rows { get; }

    /// <summary>Number of columns: entries of the input.</summary>
    long Columns { get; }

    /// <summary>The nonzero entries of one row, by strictly increasing column, none of them zero.</summary>
    IReadOnlyList<MatrixEntry> Row(long row);

    /// <summary>True when some row has a constant term c_row (a bias, a padding value), so the map is affine.</summary>
    bool IsAffine { get; }

    /// <summary>The constant term c_row of one row: zero for a linear map.</summary>
    Polynomial Offset(long row);
}
