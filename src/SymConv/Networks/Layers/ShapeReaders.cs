using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>
/// The layers that move entries or pass them through: Flatten, Identity, Dropout (in eval mode,
/// which a stack's maps describe, the identity), and the activations ReLU, Sigmoid, Tanh.
/// </summary>
internal static class ShapeReaders
{
    /// <summary>The dropout modules, each the identity in eval mode.</summary>
    public static IReadOnlyList<string> Dropouts { get; } = ["Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "FeatureAlphaDropout"];

    /// <summary>Reads Flatten(start_dim=1, end_dim=-1).</summary>
    public static INetworkLayer Flatten(LayerReading reading)
    {
        var args = ReaderSupport.Bind(reading, ["start_dim", "end_dim"], 0);
        return ReaderSupport.Checked(
            new Flatten(reading.Written, reading.Call.CalleeAt, args.Integer("start_dim", 1, int.MinValue + 1), args.Integer("end_dim", -1, int.MinValue + 1)),
            reading);
    }

    /// <summary>Reads Identity, which takes any arguments and ignores them, as nn.Identity does.</summary>
    public static INetworkLayer Identity(LayerReading reading) => new Identity(reading.Written, reading.Call.CalleeAt);

    /// <summary>Reads a dropout: p and inplace, the identity in eval mode.</summary>
    public static INetworkLayer Dropout(LayerReading reading)
    {
        var args = ReaderSupport.Bind(reading, ["p", "inplace"], 0);
        var p = ReaderSupport.Number(args, "p", ReaderSupport.Whole(0));
        if (p.Exact.Sign < 0 || p.Exact.CompareTo(Algebra.Rational.One) > 0)
            throw new Model.InputException($"{args.Layer}: dropout probability has to be between 0 and 1, but got {p.Written}, as PyTorch says", args.At("p"));
        args.Switch("inplace", false);
        return new Identity(reading.Written, reading.Call.CalleeAt);
    }

    /// <summary>Reads ReLU(inplace=False), Sigmoid() or Tanh().</summary>
    public static INetworkLayer Activation(LayerReading reading, ElementwiseFunction function)
    {
        var args = ReaderSupport.Bind(reading, function == ElementwiseFunction.Relu ? ["inplace"] : [], 0);
        if (function == ElementwiseFunction.Relu) args.Switch("inplace", false);
        return new Elementwise(reading.Written, reading.Call.CalleeAt, function);
    }
}
