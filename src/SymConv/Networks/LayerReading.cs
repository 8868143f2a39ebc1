using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks;

/// <summary>
/// What a <see cref="NetworkLayerReader"/> is given: the constructor call, the layer's index in
/// the stack (from 0, as nn.Sequential numbers its layers), the shape it receives, and its
/// parameters — written in the spec (<c>kernel[0] = …</c>, <c>bias[0] = …</c>) or fresh symbols.
/// </summary>
internal sealed class LayerReading
{
    private readonly StackParameters _parameters;

    internal LayerReading(PythonCall call, string written, int index, Shape input, string? previous, StackParameters parameters)
    {
        Call = call;
        Written = written;
        Index = index;
        Input = input;
        Previous = previous;
        _parameters = parameters;
    }

    /// <summary>The call as parsed.</summary>
    public PythonCall Call { get; }

    /// <summary>The call as written, without its nn. prefix: Conv2d(3, 8, 3, padding=1).</summary>
    public string Written { get; }

    /// <summary>The layer's index in the stack, from 0: its w{Index}, b{Index} and y{Index}.</summary>
    public int Index { get; }

    /// <summary>The shape the layer receives: the stack's input, or the previous layer's output (no batch dimension).</summary>
    public Shape Input { get; }

    /// <summary>The previous layer as written, or null for the first: for messages naming both layers.</summary>
    public string? Previous { get; }

    /// <summary>
    /// The layer's weight (spec key <c>kernel[i]</c>) of <paramref name="shape"/>: as written, or
    /// fresh symbols <paramref name="word"/>{i}_{…} (w0_{o,i,p,q}). Ask for the weight before the bias.
    /// </summary>
    public Tensor<Polynomial> Weight(Shape shape, string word = "w") =>
        _parameters.Take("kernel", Index, shape, word, Written, Call.CalleeAt);

    /// <summary>The layer's bias (spec key <c>bias[i]</c>): as written, or fresh symbols <paramref name="word"/>{i}_{…} (b0_3).</summary>
    public Tensor<Polynomial> Bias(Shape shape, string word = "b") =>
        _parameters.Take("bias", Index, shape, word, Written, Call.CalleeAt);

    /// <summary>
    /// The reading of a layer inside this one (a Residual's body): the same index and parameters,
    /// so its weight is this layer's kernel[i] or w{i}, with its own call and input.
    /// </summary>
    internal LayerReading Inner(PythonCall call, string written, Shape input, string? previous) =>
        new(call, written, Index, input, previous ?? Previous, _parameters);

    /// <summary>The table every symbol of the stack is in, for layers whose maps hold polynomials.</summary>
    public SymbolTable SymbolTable => _parameters.Symbols;

    /// <summary>An input shape this layer cannot take: one message naming this layer, the one before it, and the shapes.</summary>
    public InputException Refuse(string why) =>
        new(NetworkMessages.CannotTake(Index, Written, Input, Previous, why), Call.CalleeAt);
}
