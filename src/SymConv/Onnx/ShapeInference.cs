using System.Globalization;
using SymConv.Model;
using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>
/// The shapes of values the model does not annotate (torch.onnx.export annotates only the graph's
/// inputs and outputs), carried forward in graph order through convolutions — by the same ONNX
/// formulas the layer uses — and through operators that keep their input's shape (activations,
/// normalisations, Dropout, Identity). Anything else leaves its outputs unknown, and a node reading
/// one then needs its input given.
/// </summary>
internal static class ShapeInference
{
    private static readonly HashSet<string> ShapeKeeping = new(StringComparer.Ordinal)
    {
        "Relu", "LeakyRelu", "Sigmoid", "Tanh", "Elu", "Selu", "Celu", "HardSigmoid", "HardSwish", "Softplus",
        "Softsign", "Mish", "Gelu", "Identity", "Dropout", "Clip", "BatchNormalization", "InstanceNormalization",
    };

    /// <summary>Inferred dimensions (batch first, as strings like declared ones) of values the declarations do not cover.</summary>
    public static Dictionary<string, string[]> Run(GraphProto graph, Func<string, IReadOnlyList<string>?> declared, Func<string, TensorProto?> stored)
    {
        var inferred = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IReadOnlyList<string>? Known(string name) => declared(name) ?? inferred.GetValueOrDefault(name);
        foreach (var node in graph.Node)
        {
            if (node.Input.Count == 0 || node.Output.Count == 0 || declared(node.Output[0]) is not null) continue;
            if (Known(node.Input[0]) is not { } input) continue;
            string[]? output = null;
            if (ShapeKeeping.Contains(node.OpType) && node.Domain is "" or "ai.onnx")
                output = [.. input];
            else if (node.OpType is "Conv" or "ConvTranspose" && node.Domain is "" or "ai.onnx" && node.Input.Count > 1)
                output = ConvolutionOutput(node, input, stored(node.Input[1])?.Dims.ToArray() ?? Numbers(declared(node.Input[1])));
            if (output is not null)
                inferred[node.Output[0]] = output;
        }
        return inferred;
    }

    private static long[]? Numbers(IReadOnlyList<string>? dims) =>
        dims is not null && dims.All(d => long.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? dims.Select(d => long.Parse(d, CultureInfo.InvariantCulture)).ToArray()
            : null;

    private static string[]? ConvolutionOutput(NodeProto node, IReadOnlyList<string> input, long[]? weight)
    {
        if (weight is null || weight.Length < 3 || input.Count != weight.Length || weight.Any(w => w < 1 || w > int.MaxValue)) return null;
        var spatial = Numbers(input.Skip(2).ToArray());
        if (spatial is null || spatial.Any(n => n < 1 || n > int.MaxValue)) return null;
        var kernelSize = weight.Skip(2).Select(w => (int)w).ToArray();
        var transposed = node.OpType == "ConvTranspose";
        try
        {
            var a = ConvAttributes.Read(node, node.Name, kernelSize);
            var (before, after) = OnnxPadding.Resolve(a, transposed, spatial.Select(n => (int)n).ToArray(), kernelSize, node.Name);
            var output = new string[input.Count];
            output[0] = input[0];
            output[1] = (transposed ? weight[1] * a.Group : weight[0]).ToString(CultureInfo.InvariantCulture);
            for (var d = 0; d < kernelSize.Length; d++)
            {
                long extent = (long)(kernelSize[d] - 1) * a.Dilations[d] + 1, n = spatial[d], s = a.Strides[d];
                var size = transposed
                    ? s * (n - 1) + a.OutputPadding[d] + extent - before[d] - after[d]
                    : n + before[d] + after[d] < extent ? 0 : (n + before[d] + after[d] - extent) / s + 1;
                if (size < 1) return null;
                output[d + 2] = size.ToString(CultureInfo.InvariantCulture);
            }
            return output;
        }
        catch (InputException)
        {
            // A node the layer would refuse gives no shape; its own message comes when it is shown.
            return null;
        }
    }
}
