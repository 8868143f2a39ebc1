using SymConv.Convolution;

namespace SymConv.Export;

/// <summary>
/// What a report says about a transposed layer: that its M is Cᵀ for the matrix C of the matching
/// forward convolution, and which convolution that is, so a reader can check it.
/// </summary>
internal static class TransposeNote
{
    /// <summary>The notes for a layer: one line for a transposed layer, none otherwise.</summary>
    public static IReadOnlyList<string> For(ConvolutionMatrix matrix, Func<ForwardTwin> twin)
    {
        var g = matrix.Geometry;
        if (!g.Transposed) return [];
        var forward = twin().Forward.Geometry;
        var note = $"M = Cᵀ, where C is the matrix of the matching forward convolution Conv{g.SpatialRank}d: "
            + $"the same kernel read as (out, in/groups, k…) = {forward.PyTorchKernelShape}, with the same stride, padding, dilation and groups, "
            + $"taking {g.OutputShape} to {forward.OutputShape}";
        if (!forward.OutputShape.Equals(g.InputShape))
            note += $", of which C keeps the {g.InputShape} positions that x has (the output padding reaches the stride)";
        return [note + "."];
    }
}
