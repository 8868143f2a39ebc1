using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// A layer that is not linear (ReLU, Sigmoid, Tanh, MaxPool): M_total stops before it, and
/// <c>symconv neuron</c> writes an output neuron through it as <see cref="Function"/> of the
/// entries of its input it reads — relu(…) of one entry, max(…, …) of a pooling window.
/// Its <see cref="INetworkLayer.Map"/> is null.
/// </summary>
internal interface INonlinearLayer : INetworkLayer
{
    /// <summary>The function as written around its arguments: relu, sigmoid, tanh, max.</summary>
    string Function { get; }

    /// <summary>
    /// The flat (row-major) indices of the input entries that output entry <paramref name="output"/>
    /// is the function of, in order: one for an activation, the window for a max pooling.
    /// </summary>
    IReadOnlyList<long> Reads(Shape input, long output);
}
