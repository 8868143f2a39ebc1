using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// A layer whose kernel, input and bias entries are all single terms (<see cref="SingleTermTensor"/>):
/// the layers whose outputs <see cref="OutputRowBuilder"/> computes without building polynomials.
/// </summary>
internal sealed class SingleTermLayer
{
    private SingleTermLayer(SingleTermTensor kernel, SingleTermTensor input, SingleTermTensor? bias)
    {
        Kernel = kernel;
        Input = input;
        Bias = bias;
    }

    public SingleTermTensor Kernel { get; }

    public SingleTermTensor Input { get; }

    public SingleTermTensor? Bias { get; }

    /// <summary>The layer in this form, or null when some entry is not a single term.</summary>
    public static SingleTermLayer? TryFrom(Layer layer)
    {
        var kernel = SingleTermTensor.TryFrom(layer.Kernel);
        if (kernel is null) return null;
        var input = SingleTermTensor.TryFrom(layer.Input);
        if (input is null) return null;
        SingleTermTensor? bias = null;
        if (layer.Bias is { } b && (bias = SingleTermTensor.TryFrom(b)) is null) return null;
        return new SingleTermLayer(kernel, input, bias);
    }
}
