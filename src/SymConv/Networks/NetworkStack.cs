using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// A stack of layers applied in order to one input, as nn.Sequential applies them: the layers
/// with their shapes and maps, the input, and the symbols of all of them. The total map
/// M_total = M_{n-1} ⋯ M_0 runs through the linear layers up to the first that is not linear.
/// </summary>
internal sealed class NetworkStack
{
    private ProductMap? _total;

    internal NetworkStack(IReadOnlyList<StackLayer> layers, Tensor<Polynomial> input, SymbolTable symbols, IReadOnlyList<string> notes)
    {
        Layers = layers;
        Input = input;
        Symbols = symbols;
        Notes = notes;
    }

    /// <summary>The layers in order, each with its shapes.</summary>
    public IReadOnlyList<StackLayer> Layers { get; }

    /// <summary>The stack's input x.</summary>
    public Tensor<Polynomial> Input { get; }

    /// <summary>Every symbol of the stack, ranked: the first layer's weights, the input, the first layer's bias, then each later layer's weights and bias.</summary>
    public SymbolTable Symbols { get; }

    /// <summary>What reading the stack assumed that the user should know, one line each.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>How many layers from the start are linear: M_total is their product.</summary>
    public int LinearCount
    {
        get
        {
            var count = 0;
            while (count < Layers.Count && Layers[count].IsLinear) count++;
            return count;
        }
    }

    /// <summary>True when every layer is linear, so M_total is the whole stack's map.</summary>
    public bool IsLinear => LinearCount == Layers.Count;

    /// <summary>The first layer that is not linear, or null.</summary>
    public StackLayer? FirstNonlinear => IsLinear ? null : Layers[LinearCount];

    /// <summary>
    /// M_total = M_{k-1} ⋯ M_0 over the first k = <see cref="LinearCount"/> layers, with the biases
    /// carried through: y_{k-1}' = M_total x' + c. Rows are made on demand. Null when the first layer is not linear.
    /// </summary>
    public ProductMap? Total => LinearCount == 0 ? null : _total ??= new ProductMap([.. Layers.Take(LinearCount).Select(l => l.Map!)]);

    /// <summary>The shape of what M_total gives: the output of the last linear layer.</summary>
    public Shape TotalOutput => LinearCount == 0 ? Input.Shape : Layers[LinearCount - 1].Output;

    /// <summary>
    /// The product of the maps of layers <paramref name="first"/> to <paramref name="last"/>, both included; all must be linear.
    /// </summary>
    public ProductMap Product(int first, int last) => new([.. Layers.Skip(first).Take(last - first + 1).Select(l => l.Map
        ?? throw new InvalidOperationException($"Layer {l.Index} is not linear."))]);
}
