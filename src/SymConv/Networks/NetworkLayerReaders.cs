using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks;

/// <summary>
/// The readers of a stack's layers, by PyTorch class name (Conv2d, AvgPool2d, ReLU). The
/// convolutions are registered here; the layer maps of Networks/Layers register theirs by
/// implementing <see cref="AddLayers"/> in a partial part of this class in that folder:
/// <code>
/// internal static partial class NetworkLayerReaders
/// {
///     static partial void AddLayers(IDictionary&lt;string, NetworkLayerReader&gt; readers)
///     {
///         readers["AvgPool2d"] = AveragePooling.Read;
///     }
/// }
/// </code>
/// Names are read bare or as nn./torch.nn. (as PyTorch's constructors are), so register bare names.
/// </summary>
internal static partial class NetworkLayerReaders
{
    private static readonly Dictionary<string, NetworkLayerReader> Readers = Build();

    /// <summary>Every layer a stack can hold, by class name, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names => [.. Readers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The reader of a class name, or null.</summary>
    public static NetworkLayerReader? Find(string name) => Readers.GetValueOrDefault(name);

    private static Dictionary<string, NetworkLayerReader> Build()
    {
        var readers = new Dictionary<string, NetworkLayerReader>(StringComparer.Ordinal);
        foreach (var name in PyTorchLayers.Layers.Keys)
            readers[name] = ConvolutionLayer.Read;
        AddLayers(readers);
        return readers;
    }

    // Implemented in Networks/Layers/: the pooling, upsampling, padding, linear and nonlinear layers.
    static partial void AddLayers(IDictionary<string, NetworkLayerReader> readers);

    /// <summary>Reads one layer with the reader its class name has, refusing an unknown name with the known ones.</summary>
    internal static INetworkLayer Read(LayerReading reading)
    {
        var call = reading.Call;
        if (!PyTorchLayers.Prefixes.Contains(call.Prefix))
            throw new InputException(FrameworkMessages.WrongPrefix(call.Callee, call.Name, "PyTorch", PyTorchLayers.Prefixes), call.CalleeAt, NetworkMessages.LayersHint);
        if (Find(call.Name) is { } reader)
            return reader(reading);
        var names = Names;
        var suggestion = names.FirstOrDefault(n => n.Equals(call.Name, StringComparison.OrdinalIgnoreCase)) ?? NearestName.Among(call.Name, names);
        throw new InputException(NetworkMessages.UnknownLayer(call.Callee, names, suggestion), call.CalleeAt, NetworkMessages.LayersHint);
    }
}
