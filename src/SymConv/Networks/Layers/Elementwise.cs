using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>The elementwise nonlinearities a stack may hold.</summary>
internal enum ElementwiseFunction
{
    /// <summary>relu(v) = max(0, v); PyTorch's derivative at 0 is 0.</summary>
    Relu,

    /// <summary>sigmoid(v) = 1 / (1 + e^(−v)).</summary>
    Sigmoid,

    /// <summary>tanh(v).</summary>
    Tanh,
}

/// <summary>
/// PyTorch's ReLU, Sigmoid and Tanh: the same function on every entry, any shape. Not linear, so
/// <see cref="NetworkLayer.Map"/> is null and a stack's total matrix stops here.
/// </summary>
internal sealed class Elementwise : NetworkLayer, ILinearAtPoint
{
    /// <summary>The function <paramref name="function"/> on every entry.</summary>
    public Elementwise(string written, SourcePoint? at, ElementwiseFunction function) : base(written, at)
    {
        Kind = function;
    }

    /// <summary>Which function.</summary>
    public ElementwiseFunction Kind { get; }

    /// <summary>The function as an expression writes it: relu, sigmoid, tanh.</summary>
    public string Function => Kind switch
    {
        ElementwiseFunction.Relu => "relu",
        ElementwiseFunction.Sigmoid => "sigmoid",
        _ => "tanh",
    };

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input;
    }

    /// <summary>Null: the function is not linear.</summary>
    protected override ILinearMap? MapOf(Shape input) => null;

    /// <summary>The one input entry output entry <paramref name="output"/> is the function of: the same one.</summary>
    public IReadOnlyList<long> Reads(Shape input, long output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(output);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(output, input.Size);
        return [output];
    }

    /// <summary>
    /// ReLU at x is the diagonal of 1 where x &gt; 0 and 0 elsewhere (PyTorch's derivative at 0 is 0);
    /// sigmoid and tanh have no rational map, so null.
    /// </summary>
    public ILinearMap? MapAt(Shape input, IReadOnlyList<Rational> x)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(x);
        if (Kind != ElementwiseFunction.Relu) return null;
        if (x.Count != input.Size) throw new ArgumentException($"The input has {x.Count} values, not {input.Size}.", nameof(x));
        return new RowMap(input.Size, input.Size, row => x[(int)row].Sign > 0 ? SparseRow.Unit(row) : []);
    }
}
