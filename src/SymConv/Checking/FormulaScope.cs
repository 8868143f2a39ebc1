using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// The names a formula may use besides its own index names: the seed's sizes and the layer's
/// tensors. Sizes are named as the seed names them for two spatial dimensions (C, H, W; D, P, Q;
/// H', W'), from the last dimension backwards for other ranks (1-D: W, Q, W'; 3-D: T, H, W;
/// R, P, Q; T', H', W'); G is the number of groups. For any rank the per-dimension values are
/// also arrays indexed by spatial dimension from 0: insize[d], ksize[d], outsize[d], stride[d],
/// dilation[d], padding[d] (padding before the first position).
/// </summary>
internal sealed class FormulaScope
{
    private static readonly string[] InputNames = ["T", "H", "W"];
    private static readonly string[] KernelNames = ["R", "P", "Q"];

    public Dictionary<string, long> Constants { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long[]> Arrays { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Tensor<Polynomial>> Tensors { get; } = new(StringComparer.Ordinal);

    public static FormulaScope Of(ConvolutionMatrix matrix)
    {
        var g = matrix.Geometry;
        var scope = new FormulaScope();
        scope.Constants["C"] = g.InChannels;
        scope.Constants["D"] = g.OutChannels;
        scope.Constants["G"] = g.Groups;
        var rank = g.SpatialRank;
        if (rank <= InputNames.Length)
        {
            for (var d = 0; d < rank; d++)
            {
                var name = InputNames[InputNames.Length - rank + d];
                scope.Constants[name] = g.InputSize[d];
                scope.Constants[name + "'"] = g.OutputSize[d];
                scope.Constants[KernelNames[KernelNames.Length - rank + d]] = g.KernelSize[d];
            }
        }
        scope.Arrays["insize"] = [.. g.InputSize.Select(v => (long)v)];
        scope.Arrays["ksize"] = [.. g.KernelSize.Select(v => (long)v)];
        scope.Arrays["outsize"] = [.. g.OutputSize.Select(v => (long)v)];
        scope.Arrays["stride"] = [.. g.Stride.Select(v => (long)v)];
        scope.Arrays["dilation"] = [.. g.Dilation.Select(v => (long)v)];
        scope.Arrays["padding"] = [.. g.PadBefore.Select(v => (long)v)];
        scope.Tensors["K"] = matrix.Layer.Kernel;
        scope.Tensors["x"] = matrix.Layer.Input;
        if (matrix.Layer.Bias is { } bias) scope.Tensors["b"] = bias;
        return scope;
    }

    /// <summary>What a name already means, for the message when an index name would hide it.</summary>
    public string? Meaning(string name) =>
        Constants.ContainsKey(name) ? "a size of the layer"
        : Arrays.ContainsKey(name) ? "a per-dimension list of the layer"
        : Tensors.ContainsKey(name) ? "a tensor of the layer"
        : null;

    /// <summary>Every name in scope, for the unknown-name message.</summary>
    public IEnumerable<string> Names =>
        Constants.Keys.Concat(Tensors.Keys.Select(t => t + "[…]")).Concat(Arrays.Keys.Select(a => a + "[d]"));
}
