using System.Text.RegularExpressions;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>
/// Reads Residual(f₁, f₂, …): y = x + f(x) with f the layers given, in order. The layers inside
/// share the Residual's index, so one of them may have weights (kernel[i], w{i}).
/// </summary>
internal static partial class ResidualReader
{
    /// <summary>Reads the block and the layers inside it.</summary>
    public static INetworkLayer Read(LayerReading reading)
    {
        var call = reading.Call;
        if (call.Arguments.Count == 0) throw new InputException(LayerReaderMessages.ResidualEmpty, call.CloseAt, NetworkMessages.LayersHint);
        var layers = new List<INetworkLayer>();
        var shape = reading.Input;
        string? previous = null, weighted = null;
        foreach (var argument in call.Arguments)
        {
            if (argument.Keyword is not null || argument.Value is not PythonValue.Call inner)
                throw new InputException(LayerReaderMessages.ResidualArgument(argument.Keyword is null ? argument.Value.Describe() : argument.Keyword + "="),
                    argument.KeywordAt, NetworkMessages.LayersHint);
            var written = Spaces().Replace(inner.Written, " ");
            var symbolsBefore = reading.SymbolTable.Count;
            var layer = NetworkLayerReaders.Read(reading.Inner(inner.Value, written, shape, previous));
            if (reading.SymbolTable.Count != symbolsBefore)
            {
                if (weighted is not null)
                    throw new InputException(LayerReaderMessages.ResidualWeights(weighted, written), inner.At);
                weighted = written;
            }
            shape = layer.OutputShape(shape);
            layers.Add(layer);
            previous = written;
        }
        var body = layers.Count == 1 ? layers[0] : new Chain(layers);
        // x + relu(…) is neither a map nor one function of the input's entries, which is all a
        // stack's neuron can write through: refused rather than half shown.
        if (layers.FirstOrDefault(l => l.Map(ShapeBefore(layers, l, reading.Input)) is null) is { } nonlinear)
            throw new InputException(LayerReaderMessages.ResidualNonlinear(nonlinear.Written), call.CalleeAt, LayerReaderMessages.ResidualNonlinearHint);
        return ReaderSupport.Checked(new Residual(reading.Written, call.CalleeAt, body), reading);
    }

    // The shape the layer receives inside the body.
    private static Shape ShapeBefore(List<INetworkLayer> layers, INetworkLayer layer, Shape input)
    {
        foreach (var before in layers.TakeWhile(l => !ReferenceEquals(l, layer)))
            input = before.OutputShape(input);
        return input;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
