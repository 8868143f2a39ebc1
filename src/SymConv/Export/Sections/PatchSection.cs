using SymConv.Gradients;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Export.Sections;

/// <summary>
/// The patch matrix U(x) as a matrix to show, the one description the layer report and the backward pass
/// both show it by: rules between y's channels as M's, and a bar after each innermost run of k' (one kernel
/// row when the spatial axes come last), since U's columns are the kernel's entries as M's are x's.
/// </summary>
internal static class PatchSection
{
    /// <summary>U(x) of <paramref name="patches"/>'s layer, the rows <paramref name="rows"/> (null for all).</summary>
    public static MatrixSection Of(PatchMatrix patches, IReadOnlyList<RowRange>? rows)
    {
        var g = patches.Matrix.Geometry;
        var kernel = patches.Matrix.Layer.Kernel.Shape;
        return new MatrixSection("U(x)", patches)
        {
            RowBlock = g.Layout == DataLayout.ChannelsLast ? (long)g.OutputSize[^1] * g.OutChannels : g.OutputPlane,
            ColumnBlock = kernel[kernel.Rank - 1],
            Rows = rows,
            Note = "patch matrix: y' = U(x) k'" + (patches.IsAffine ? " + b" : "") + ", columns the kernel's entries",
            CodeName = "U",
        };
    }
}
