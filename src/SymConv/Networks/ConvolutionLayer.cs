using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks;

/// <summary>
/// A convolution of a stack — PyTorch's Conv1d/2d/3d, ConvTranspose1d/2d/3d and their Lazy forms,
/// read as <c>--layer</c> reads them — whose map is the layer's <see cref="ConvolutionMatrix"/>.
/// </summary>
internal sealed class ConvolutionLayer : IConvolutionEquivalent
{
    private readonly SymbolTable _symbols;
    private (Shape Input, ConvolutionMatrix Matrix)? _last;

    private ConvolutionLayer(string written, LayerSpec spec, Tensor<Polynomial> kernel, Tensor<Polynomial>? bias, SymbolTable symbols)
    {
        Written = written;
        Spec = spec;
        Kernel = kernel;
        Bias = bias;
        _symbols = symbols;
    }

    /// <inheritdoc/>
    public string Written { get; }

    /// <summary>Stride, padding and the rest, PyTorch's layouts.</summary>
    public LayerSpec Spec { get; }

    /// <summary>The weight in PyTorch's layout: (out, in/groups, k…), transposed (in, out/groups, k…).</summary>
    public Tensor<Polynomial> Kernel { get; }

    /// <summary>The bias, or null for bias=False.</summary>
    public Tensor<Polynomial>? Bias { get; }

    /// <summary>Reads a PyTorch convolution constructor of a stack; its weight and bias come from the reading.</summary>
    public static INetworkLayer Read(LayerReading reading)
    {
        var layer = PyTorchLayers.Read(reading.Call);
        var input = reading.Input;
        if (input.Rank != layer.SpatialRank + 1)
            throw reading.Refuse($"it takes (channels, {layer.SpatialRank} spatial sizes), a {layer.SpatialRank + 1}-d input");
        var channels = input[0];
        if (layer.InChannels is { } declared && declared != channels)
            throw reading.Refuse($"in_channels is {declared}, but the input has {channels} channels");
        if (channels % layer.Spec.Groups != 0)
            throw reading.Refuse($"its {channels} input channels are not divisible by groups ({layer.Spec.Groups})");
        var weight = layer.Weight(channels);
        var kernel = reading.Weight(weight);
        var outChannels = layer.Spec.Transposed ? weight[1] * layer.Spec.Groups : weight[0];
        var bias = layer.Bias ? reading.Bias(new Shape(outChannels)) : null;
        return new ConvolutionLayer(reading.Written, layer.Spec, kernel, bias, reading.SymbolTable);
    }

    /// <inheritdoc/>
    public Shape OutputShape(Shape input) => Matrix(input).Geometry.OutputShape;

    /// <inheritdoc/>
    public ILinearMap Map(Shape input) => Matrix(input);

    /// <summary>The layer's M on an input of that shape (kept for the last shape asked).</summary>
    public ConvolutionMatrix Matrix(Shape input)
    {
        if (_last is { } last && last.Input.Equals(input)) return last.Matrix;
        // M's rows read only the kernel and the geometry; the input tensor is a placeholder of zeros.
        var placeholder = new Tensor<Polynomial>(input, _ => Polynomial.Zero);
        var matrix = new ConvolutionMatrix(new Layer(Kernel, placeholder, Bias, Spec, _symbols));
        _last = (input, matrix);
        return matrix;
    }

    /// <inheritdoc/>
    public ConvolutionForm? AsConvolution(Shape input, out string? why)
    {
        var geometry = Matrix(input).Geometry;
        why = null;
        if (geometry.Transposed)
        {
            why = $"{Written} is a transposed convolution";
            return null;
        }
        var spec = new LayerSpec
        {
            Stride = geometry.Stride, Dilation = geometry.Dilation, Groups = geometry.Groups,
            Padding = new Padding.Sides(geometry.PadBefore, geometry.PadAfter), PaddingMode = geometry.PaddingMode,
        };
        return new ConvolutionForm(Kernel, Bias, spec);
    }
}
