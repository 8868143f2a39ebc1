using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// The layers with parameters of their own: Linear's weight (out, in) and bias, and BatchNorm's
/// folded scale and shift, each written in the spec (kernel[i], bias[i]) or fresh symbols
/// (w{i}, b{i}; s{i}, t{i} for a BatchNorm).
/// </summary>
internal static class ParameterReaders
{
    /// <summary>Reads Linear(in_features, out_features, bias=True, device=None, dtype=None).</summary>
    public static INetworkLayer Linear(LayerReading reading)
    {
        var args = ReaderSupport.Bind(reading, ["in_features", "out_features", "bias", "device", "dtype"], 2, ReaderSupport.DeviceAndType);
        var inFeatures = args.Integer("in_features", 1, 1);
        var outFeatures = args.Integer("out_features", 1, 1);
        var hasBias = args.Switch("bias", true);
        // The input is checked before the weight is made, so that a refusal costs no symbols.
        var probe = new Linear(reading.Written, reading.Call.CalleeAt, new Tensor<Algebra.Polynomial>(new Shape(outFeatures, inFeatures), _ => Algebra.Polynomial.Zero), null);
        ReaderSupport.Checked(probe, reading);
        var weight = reading.Weight(new Shape(outFeatures, inFeatures));
        var bias = hasBias ? reading.Bias(new Shape(outFeatures)) : null;
        return new Linear(reading.Written, reading.Call.CalleeAt, weight, bias);
    }

    /// <summary>
    /// Reads BatchNorm{rank}d(num_features, eps, momentum, affine, track_running_stats, device,
    /// dtype). eps, momentum and affine change only what the folded scale and shift stand for.
    /// </summary>
    public static INetworkLayer BatchNorm(LayerReading reading, int rank)
    {
        var ignored = new HashSet<string>(ReaderSupport.DeviceAndType, StringComparer.Ordinal) { "eps", "momentum", "affine" };
        var args = ReaderSupport.Bind(reading, ["num_features", "eps", "momentum", "affine", "track_running_stats", "device", "dtype"], 1, ignored);
        var features = args.Integer("num_features", 1, 1);
        if (!args.Switch("track_running_stats", true))
            throw new InputException(LayerReaderMessages.TrackRunningStats(args.Layer), args.At("track_running_stats"));
        var zeros = new Tensor<Algebra.Polynomial>(new Shape(features), _ => Algebra.Polynomial.Zero);
        ReaderSupport.Checked(new BatchNorm(reading.Written, reading.Call.CalleeAt, rank, zeros, zeros), reading);
        var scale = reading.Weight(new Shape(features), "s");
        var shift = reading.Bias(new Shape(features), "t");
        return new BatchNorm(reading.Written, reading.Call.CalleeAt, rank, scale, shift);
    }
}
