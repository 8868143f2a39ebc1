using SymConv.Model;

namespace SymConv.Networks;

/// <summary>
/// A layer of a stack that is, on a given input, exactly one forward convolution (a convolution,
/// an average pooling without ceil-mode overhang): the stack's equivalent single layer is
/// composed from these.
/// </summary>
internal interface IConvolutionEquivalent : INetworkLayer
{
    /// <summary>
    /// The convolution this layer is on an input of <paramref name="input"/>, or null with
    /// <paramref name="why"/> saying why none is (reflect padding, ceil_mode's partial windows).
    /// </summary>
    ConvolutionForm? AsConvolution(Shape input, out string? why);
}
