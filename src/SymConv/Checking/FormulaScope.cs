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

    public Dictionary<string, FormulaTensor> Tensors { get; } = new(StringComparer.Ordinal);

    /// <summary>Counts the terms of the run's sums.</summary>
    public SumMeter Meter { get; private init; } = new(ClaimChecker.MaxFormulaEvaluations);

    /// <summary>The names of a run: the sizes, K, x, b, y (y' and x' flat), and g, dK, dx, db with a backward pass.</summary>
    public static FormulaScope Of(ClaimLayer layer)
    {
        var matrix = layer.Matrix;
        var g = matrix.Geometry;
        var scope = new FormulaScope { Meter = layer.Meter };
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
        scope.Tensors["K"] = FormulaTensor.Of(matrix.Layer.Kernel);
        scope.Tensors["x"] = FormulaTensor.Of(matrix.Layer.Input);
        scope.Tensors["x'"] = new FormulaTensor(new Shape(checked((int)matrix.Columns)), i => matrix.Layer.Input[i]);
        if (matrix.Layer.Bias is { } bias) scope.Tensors["b"] = FormulaTensor.Of(bias);
        // y is computed a row at a time as formulas read it; a sum reads each entry many times.
        var output = FormulaTensor.Cached(g.OutputShape, matrix.Output);
        scope.Tensors["y"] = output;
        scope.Tensors["y'"] = new FormulaTensor(new Shape(checked((int)matrix.Rows)), i => output[i]);
        var gradients = layer.Gradients;
        scope.Tensors["g"] = gradients.Upstream;
        scope.Tensors["dK"] = gradients.GradKernel;
        scope.Tensors["dx"] = gradients.GradInput;
        scope.Tensors["dx'"] = new FormulaTensor(new Shape(checked((int)matrix.Columns)), i => gradients.GradInput[i]);
        if (gradients.GradBias is { } gradBias) scope.Tensors["db"] = gradBias;
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
