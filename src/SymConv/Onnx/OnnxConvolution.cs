using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>
/// One Conv or ConvTranspose node of an ONNX model: its tensors' names and shapes as the model
/// declares them, and the layer it is — with the model's weights, or fresh symbols in their place.
/// ONNX lays weights out as PyTorch does: Conv (M, C/group, k…), ConvTranspose (C, M/group, k…).
/// </summary>
internal sealed class OnnxConvolution
{
    private readonly NodeProto _node;
    private readonly GraphIndex _graph;

    internal OnnxConvolution(int index, NodeProto node, GraphIndex graph)
    {
        Index = index;
        _node = node;
        _graph = graph;
        InputName = node.Input.Count > 0 ? node.Input[0] : "";
        WeightName = node.Input.Count > 1 ? node.Input[1] : "";
        BiasName = node.Input.Count > 2 && node.Input[2].Length > 0 ? node.Input[2] : null;
        InputDims = DeclaredDims(InputName);
        if (InputDims is null && graph.InferredDims(InputName) is { } inferred)
        {
            InputDims = inferred;
            InputInferred = true;
        }
        WeightDims = StoredOrDeclared(WeightName);
        BiasDims = BiasName is null ? null : StoredOrDeclared(BiasName);
        Attributes = ConvAttributes.Describe(node);
    }

    /// <summary>Its place among the model's convolutions, from 0 in graph order (what <c>--node</c> takes).</summary>
    public int Index { get; }

    /// <summary>The node's name in the model (possibly empty: ONNX does not require one).</summary>
    public string Name => _node.Name;

    /// <summary>Conv or ConvTranspose.</summary>
    public string OpType => _node.OpType;

    /// <summary>True for ConvTranspose.</summary>
    public bool Transposed => OpType == "ConvTranspose";

    /// <summary>The name of the value the node reads.</summary>
    public string InputName { get; }

    /// <summary>The name of its weight tensor.</summary>
    public string WeightName { get; }

    /// <summary>The name of its bias tensor, or null when it has none.</summary>
    public string? BiasName { get; }

    /// <summary>
    /// The input's dimensions, batch first (a size, or the name of a symbolic one), as the model
    /// declares them or else as carried forward through earlier nodes; null when neither says.
    /// </summary>
    public IReadOnlyList<string>? InputDims { get; }

    /// <summary>
    /// True when the node reads the output of a Pad node: torch exports reflect, replicate and
    /// circular padding so, and that padding then belongs to the Pad, not to this layer.
    /// </summary>
    public bool ReadsPadNode => _graph.Producer(InputName)?.OpType == "Pad";

    /// <summary>True when <see cref="InputDims"/> are not declared but carried forward through the nodes before this one.</summary>
    public bool InputInferred { get; }

    /// <summary>The weight's dimensions, or null when the model neither stores nor declares them.</summary>
    public IReadOnlyList<string>? WeightDims { get; }

    /// <summary>The bias's dimensions, or null.</summary>
    public IReadOnlyList<string>? BiasDims { get; }

    /// <summary>The node's attributes as written, sorted by name: <c>pads=[1,1,1,1] strides=[2,2]</c>.</summary>
    public string Attributes { get; }

    /// <summary>How messages name the node: its name and index.</summary>
    public string Label => (Name.Length > 0 ? "'" + Name + "'" : "(unnamed)") + " (node " + Index.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>
    /// The shape of one sample of the input (channels, n…) — the declared input shape without its
    /// batch dimension — or null when the model does not declare every size.
    /// </summary>
    public Shape? InputShape =>
        InputDims is { Count: >= 2 } dims ? ShapeOf(dims.Skip(1).ToArray(), "the input of node " + Label) : null;

    // Dimensions as a Shape when every one is a positive size; a shape past a long is refused.
    private static Shape? ShapeOf(IReadOnlyList<string> dims, string what)
    {
        if (!dims.All(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)) return null;
        try
        {
            return new Shape(dims.Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray());
        }
        catch (OverflowException)
        {
            throw new InputException(ErrorMessages.LayerTooLarge(what, null));
        }
    }

    /// <summary>
    /// The layer this node is, on an input the model declares (fresh symbols x of <see cref="InputShape"/>).
    /// </summary>
    /// <exception cref="InputException">When the model does not declare the input's shape, or the node cannot be read.</exception>
    public Layer ToLayer(WeightValues weights) =>
        ToLayer(weights, (_, fresh) => fresh.Input(
            InputShape ?? throw new InputException(OnnxMessages.InputShapeUnknown(Label, InputName, InputDims))));

    /// <summary>The layer this node is, on the input <paramref name="input"/> makes over the layer's symbol table.</summary>
    /// <param name="weights">The model's weights read as shortest decimals or exactly, or fresh symbols.</param>
    /// <param name="input">Makes the input tensor (channels, n…), after the kernel's symbols.</param>
    /// <exception cref="InputException">When the node's weights or attributes cannot be read, or do not fit the input.</exception>
    public Layer ToLayer(WeightValues weights, Func<SymbolTable, Tensor<Polynomial>> input) =>
        ToLayer(weights, (symbols, _) => input(symbols));

    /// <summary>
    /// The layer this node is, on the input <paramref name="input"/> makes. Symbols rank as
    /// everywhere in SymConv: the kernel's, then the input's, then the bias's.
    /// </summary>
    /// <param name="weights">The model's weights read as shortest decimals or exactly, or fresh symbols.</param>
    /// <param name="input">
    /// Makes the input tensor (channels, n…), after the kernel's symbols: written out over the
    /// symbol table, or fresh symbols from the generator, whose names avoid every name written.
    /// </param>
    /// <param name="naming">How generated symbols are named (default: a, b, … or w_{…}; x_{…}; b_{…}).</param>
    /// <exception cref="InputException">When the node's weights or attributes cannot be read, or do not fit the input.</exception>
    public Layer ToLayer(WeightValues weights, Func<SymbolTable, FreshSymbols, Tensor<Polynomial>> input, SymbolNaming? naming = null)
    {
        var weightShape = WeightShape();
        var rank = weightShape.Rank - 2;
        var kernelSize = weightShape.Dims.Skip(2).ToArray();
        var attributes = ConvAttributes.Read(_node, Label, kernelSize);

        var symbols = new SymbolTable();
        // Fresh symbols are named once the input is read, so they never alias a symbol it holds.
        var fresh = new FreshSymbols(symbols, naming ?? SymbolNaming.Default);
        var kernel = weights == WeightValues.Symbolic
            ? fresh.Kernel(weightShape)
            : Constants(weightShape, Stored(WeightName, "weight"), weights, $"the weight '{WeightName}' of node {Label}");
        var x = input(symbols, fresh);
        if (x.Shape.Rank != rank + 1)
            throw new InputException(OnnxMessages.InputRankDiffers(Label, OpType, weightShape, x.Shape, rank));

        var (before, after) = OnnxPadding.Resolve(attributes, Transposed, x.Shape.Dims.Skip(1).ToArray(), kernelSize, Label);
        var spec = new LayerSpec
        {
            Stride = [.. attributes.Strides],
            Padding = new Padding.Sides([.. before], [.. after]),
            Dilation = [.. attributes.Dilations],
            Groups = attributes.Group,
            Transposed = Transposed,
            OutputPadding = [.. attributes.OutputPadding],
        };

        Tensor<Polynomial>? bias = null;
        if (BiasName is not null)
        {
            var channels = Transposed ? (long)weightShape[1] * attributes.Group : weightShape[0];
            if (channels > int.MaxValue)
                throw new InputException(ErrorMessages.LayerTooLarge("output channels", channels));
            if (weights == WeightValues.Symbolic)
            {
                var first = symbols.Count;
                bias = fresh.Bias((int)channels);
                // A bias is added, never multiplied: its symbols never show a unit coefficient.
                for (var id = first; id < symbols.Count; id++) symbols.MarkBare(id);
            }
            else
            {
                var stored = Stored(BiasName, "bias");
                if (stored.Dims.Count != 1 || stored.Dims[0] != channels)
                    throw new InputException(OnnxMessages.BiasShapeDiffers(Label, stored.Dims, channels));
                bias = Constants(new Shape((int)channels), stored, weights, $"the bias '{BiasName}' of node {Label}");
            }
        }
        fresh.Complete();
        return new Layer(kernel, x, bias, spec, symbols)
        {
            Notes = ReadsPadNode ? [OnnxMessages.ReadsPadNode(Label)] : [],
        };
    }

    private Shape WeightShape()
    {
        if (WeightName.Length == 0)
            throw new InputException(OnnxMessages.NoWeight(Label, OpType));
        var shape = WeightDims is { } dims ? ShapeOf(dims, $"the weight '{WeightName}' of node {Label}") : null;
        if (shape is null)
            throw new InputException(OnnxMessages.WeightShapeUnknown(Label, WeightName, WeightDims));
        if (shape.Rank < 3)
            throw new InputException(OnnxMessages.WeightRank(Label, WeightName, WeightDims!));
        return shape;
    }

    private TensorProto Stored(string name, string role) =>
        _graph.Stored(name)
        ?? throw new InputException(OnnxMessages.NotStored(Label, role, name, _graph.Producer(name)?.OpType), null, OnnxMessages.NotStoredHint);

    private static Tensor<Polynomial> Constants(Shape shape, TensorProto stored, WeightValues weights, string what)
    {
        if (!stored.Dims.SequenceEqual(shape.Dims.Select(d => (long)d)))
            throw new InputException(OnnxMessages.StoredShapeDiffers(what, stored.Dims, shape));
        var numbers = InitializerReader.Read(stored, weights, what);
        return new Tensor<Polynomial>(shape, numbers.Select(Polynomial.Constant).ToArray());
    }

    private IReadOnlyList<string>? StoredOrDeclared(string name) =>
        _graph.Stored(name) is { } stored
            ? stored.Dims.Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray()
            : DeclaredDims(name);

    private IReadOnlyList<string>? DeclaredDims(string name) => _graph.DeclaredDims(name);

    /// <summary>One line for a listing: index, name, operator, shapes and attributes.</summary>
    public override string ToString()
    {
        static string Dims(IReadOnlyList<string>? dims) => dims is null ? "unknown" : string.Join('×', dims);
        var parts = new List<string>
        {
            Index.ToString(CultureInfo.InvariantCulture), Name.Length > 0 ? Name : "(unnamed)", OpType,
            "input " + Dims(InputDims) + (InputInferred ? " (inferred)" : "") + (ReadsPadNode ? " (from a Pad node)" : ""), "weight " + Dims(WeightDims),
            BiasName is null ? "no bias" : "bias " + Dims(BiasDims),
        };
        if (Attributes.Length > 0) parts.Add(Attributes);
        return string.Join("  ", parts);
    }
}
