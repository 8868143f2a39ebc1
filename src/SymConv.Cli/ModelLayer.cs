using SymConv.Model;
using SymConv.Onnx;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// A layer taken from an ONNX model: the node --node names (or the model's only convolution), its
/// weights read as --weights or --symbolic-weights say, on the input the model declares unless
/// --input or --input-shape gives one. The node's attributes fix everything else, so the other
/// layer options are refused rather than silently overriding or being overridden by the model.
/// </summary>
internal static class ModelLayer
{
    // The layer options a model leaves open: its input, and how generated symbols are named.
    private static readonly string[] WithModel = ["input", "input-shape", "kernel-symbols", "input-symbols", "bias-symbols", "no-channel-index"];

    public static bool IsModelPath(string path) => path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

    private static readonly Dictionary<string, WeightValues> Readings = new(StringComparer.Ordinal)
    {
        ["shortest"] = WeightValues.Shortest, ["exact"] = WeightValues.Exact,
    };

    public static Layer Read(OnnxModel model, Invocation invocation)
    {
        foreach (var entry in invocation.Entries)
            if (LayerReader.Keys.Contains(entry.Key) && !WithModel.Contains(entry.Key))
                throw new InputException(CliMessages.FixedByModel(entry.Key, model.Source), entry.KeyAt ?? entry.At, CliMessages.FixedByModelHint);

        var node = Node(model, invocation);
        var weights = Weights(invocation);
        var naming = LayerReader.ReadNaming(invocation.Entries);
        var input = invocation.Entries.LastOrDefault(e => e.Key is "input" or "input-shape");
        if (input is null)
        {
            var shape = node.InputShape
                ?? throw new InputException(CliMessages.ModelInputUnknown(node.Label, node.InputName,
                    node.InputDims is null ? null : string.Join('×', node.InputDims)), null, CliMessages.ModelInputHint);
            return node.ToLayer(weights, (_, fresh) => fresh.Input(shape), naming);
        }
        return node.ToLayer(weights, (symbols, fresh) => input.Key == "input"
            ? TensorReader.Read(input.At, input.Text.Length, symbols)
            : fresh.Input(OptionGrammar.ReadShape(input), input.At), naming);
    }

    private static OnnxConvolution Node(OnnxModel model, Invocation invocation)
    {
        if (invocation.Last("node") is { } entry)
        {
            try
            {
                return model.Find(entry.Text.Trim());
            }
            catch (InputException e)
            {
                throw e.WithAt(entry.At);
            }
        }
        if (model.Convolutions.Count == 1) return model.Convolutions[0];
        throw new InputException(
            model.Convolutions.Count == 0 ? CliMessages.NoConvolution(model.Source) : CliMessages.WhichNode(model.Source, model.Convolutions.Count),
            null, CliMessages.WhichNodeHint(model.Source));
    }

    private static WeightValues Weights(Invocation invocation)
    {
        var symbolic = invocation.Switch("symbolic-weights");
        var reading = invocation.Last("weights");
        if (symbolic && reading is not null)
            throw new InputException(CliMessages.SymbolicAndWeights(reading.Text.Trim()), reading.KeyAt ?? reading.At);
        if (symbolic) return WeightValues.Symbolic;
        return reading is null ? WeightValues.Shortest : OptionGrammar.ReadChoice(reading, Readings);
    }
}
