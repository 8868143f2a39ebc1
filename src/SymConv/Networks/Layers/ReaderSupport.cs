using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>What the readers of this folder share: binding, number literals, and refusing the input the stack gives.</summary>
internal static class ReaderSupport
{
    /// <summary>device and dtype say where and in what precision torch computes; the map is the same.</summary>
    public static readonly IReadOnlySet<string> DeviceAndType = new HashSet<string>(StringComparer.Ordinal) { "device", "dtype" };

    /// <summary>No parameter is ignored.</summary>
    public static readonly IReadOnlySet<string> NoneIgnored = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Binds the call to positional parameters, the first <paramref name="required"/> of them required.</summary>
    public static ConstructorArguments Bind(LayerReading reading, string[] positional, int required, IReadOnlySet<string>? ignored = null) =>
        ConstructorArguments.Bind(reading.Call, new ConstructorSignature(positional, required, [], ignored ?? NoneIgnored));

    /// <summary>
    /// Checks the layer against the shape the stack gives it, so that a refusal names this layer,
    /// the one before it and the shape, and points at this layer.
    /// </summary>
    public static INetworkLayer Checked(NetworkLayer layer, LayerReading reading)
    {
        if (layer.Refusal(reading.Input) is { } refusal)
            throw new InputException(NetworkMessages.CannotTake(reading.Index, reading.Written, reading.Input, reading.Previous, refusal.Why),
                reading.Call.CalleeAt, refusal.Hint);
        return layer;
    }

    /// <summary>A number argument (an integer or a decimal literal) read exactly, or the default.</summary>
    public static ScaleFactor Number(ConstructorArguments args, string name, ScaleFactor fallback)
    {
        if (args.Raw(name) is not { } value) return fallback;
        return NumberOf(args, name, value);
    }

    /// <summary>Reads one value as an exact number.</summary>
    public static ScaleFactor NumberOf(ConstructorArguments args, string name, PythonValue value) =>
        (value is PythonValue.Integer or PythonValue.Real ? ScaleFactor.Parse(value.Written) : null)
        ?? throw new InputException(LayerReaderMessages.NotNumber(args.Layer, name, value.Describe()), value.At);

    /// <summary>An integer as a scale factor.</summary>
    public static ScaleFactor Whole(int value) =>
        new(Rational.Of(value), value, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The stride of a pooling: kernel_size when not given or None, as PyTorch's default.</summary>
    public static int[] StrideOrKernel(ConstructorArguments args, int rank, int[] kernel) =>
        args.Has("stride") ? args.Sizes("stride", rank, 1, 1) : kernel;
}
