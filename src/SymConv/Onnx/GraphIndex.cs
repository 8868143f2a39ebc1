using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>A graph's values by name: stored tensors, declared types and the node computing each value.</summary>
internal sealed class GraphIndex
{
    private readonly Dictionary<string, TensorProto> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueInfoProto> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeProto> _producers = new(StringComparer.Ordinal);

    public GraphIndex(GraphProto graph)
    {
        // Declared types: value_info, then the graph's outputs and inputs (an input's own declaration wins).
        foreach (var info in graph.ValueInfo.Concat(graph.Output).Concat(graph.Input))
            _declared[info.Name] = info;
        foreach (var node in graph.Node)
        {
            foreach (var output in node.Output)
                _producers.TryAdd(output, node);
            // A Constant node's value is stored in the file as much as an initializer is.
            if (node.OpType == "Constant" && node.Output.Count == 1
                && node.Attribute.FirstOrDefault(a => a.Name == "value") is { T: { } tensor })
                _stored[node.Output[0]] = tensor;
        }
        foreach (var initializer in graph.Initializer)
            _stored[initializer.Name] = initializer;
        _inferred = ShapeInference.Run(graph, DeclaredDims, Stored);
    }

    private readonly Dictionary<string, string[]> _inferred;

    /// <summary>A value's declared dimensions, batch first: a size, or the name of a symbolic one (? when unnamed).</summary>
    public IReadOnlyList<string>? DeclaredDims(string name)
    {
        if (Declared(name)?.Type?.TensorType is not { Shape: { } shape }) return null;
        return shape.Dim.Select(d => d.HasDimValue ? d.DimValue.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : d.HasDimParam && d.DimParam.Length > 0 ? d.DimParam : "?").ToArray();
    }

    /// <summary>A value's dimensions carried forward from earlier nodes, when the model does not declare them.</summary>
    public IReadOnlyList<string>? InferredDims(string name) => _inferred.GetValueOrDefault(name);

    public TensorProto? Stored(string name) => _stored.GetValueOrDefault(name);

    public ValueInfoProto? Declared(string name) => _declared.GetValueOrDefault(name);

    public NodeProto? Producer(string name) => _producers.GetValueOrDefault(name);
}
