using System.Globalization;

namespace SymConv.Networks.Layers;

/// <summary>The messages of the layer readers, each naming the constructor and the argument.</summary>
internal static class LayerReaderMessages
{
    public static string NotNumber(string layer, string name, string found) =>
        $"{layer}: {name} must be a number, not {found}";

    public static string OutOfScope(string layer, string why) => $"{layer} is out of SymConv's scope: {why}";

    public static string Unsupported(string layer, string what, string why) => $"{layer}: {what} is not supported: {why}";

    public static string PadCount(string layer, int count, int rank) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{layer}: padding has {count} {(count == 1 ? "entry" : "entries")}, but a {rank}-d pad takes one integer or {2 * rank} (left, right{(rank > 1 ? ", top, bottom" : "")}{(rank > 2 ? ", front, back" : "")})");

    public static string NotPad(string layer, int rank, string found) =>
        string.Create(CultureInfo.InvariantCulture, $"{layer}: padding must be an integer or a tuple of {2 * rank} integers, not {found}");

    public const string SizeAndScale = "only one of size and scale_factor can be given, as PyTorch says";

    public const string NeitherSizeNorScale = "either size or scale_factor must be given, as PyTorch says";

    public static string AlignCornersNearest(string layer) =>
        $"{layer}: align_corners can only be set with the interpolating modes linear, bilinear, bicubic and trilinear, as PyTorch says";

    public static string RecomputeWithSize(string layer) =>
        $"{layer}: recompute_scale_factor is not meaningful with an explicit size, as PyTorch says";

    public static string NotZero(string layer, string name) => $"{layer}: {name} must not be 0, as PyTorch says";

    public static string TrackRunningStats(string layer) =>
        $"{layer}: track_running_stats=False normalizes by each batch's own mean and variance, also in eval mode, which is not a fixed affine map";

    public static string ReturnIndices(string layer) =>
        $"{layer}: return_indices=True returns the indices beside the output, which a stack of layers cannot pass on";

    public static string ResidualArgument(string found) =>
        $"Residual holds the layers of f in y = x + f(x), each a constructor call such as Conv2d(8, 8, 3, padding=1), not {found}";

    public const string ResidualEmpty = "Residual needs at least one layer: Residual(Conv2d(8, 8, 3, padding=1)) is x + conv(x)";

    public static string ResidualWeights(string first, string second) =>
        $"Residual: {first} and {second} both have weights, but the layers inside a Residual share its index, so only one of them can: split the Residual";

    public static string ResidualNonlinear(string layer) =>
        $"Residual: {layer} inside it is not linear, and SymConv writes a residual block x + f(x) only for a linear f";

    public const string ResidualNonlinearHint = "put the activation after the Residual, as in Residual(Conv2d(8, 8, 3, padding=1)), ReLU()";
}
