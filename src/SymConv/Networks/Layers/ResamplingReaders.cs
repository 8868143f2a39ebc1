using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's Upsample(size, scale_factor, mode, align_corners, recompute_scale_factor), its
/// UpsamplingNearest2d and UpsamplingBilinear2d (align_corners=True) forms, and PixelShuffle and
/// PixelUnshuffle, read with the refusals torch.nn.functional.interpolate makes.
/// </summary>
internal static class ResamplingReaders
{
    private static readonly string[] Modes = ["nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"];

    /// <summary>Reads Upsample.</summary>
    public static INetworkLayer Upsample(LayerReading reading)
    {
        var args = ReaderSupport.Bind(reading, ["size", "scale_factor", "mode", "align_corners", "recompute_scale_factor"], 0);
        var mode = args.Word("mode", "nearest", Modes);
        if (mode is "bicubic" or "area")
            throw new InputException(LayerReaderMessages.Unsupported(args.Layer, $"mode='{mode}'",
                mode == "bicubic" ? "only nearest, nearest-exact and (bi/tri)linear interpolation are read" : "area is an adaptive average pooling, which a stack does not read"),
                args.At("mode"));
        var linear = mode is "linear" or "bilinear" or "trilinear";
        var alignCorners = args.Has("align_corners") && args.Switch("align_corners", false);
        if (!linear && args.Has("align_corners"))
            throw new InputException(LayerReaderMessages.AlignCornersNearest(args.Layer), args.At("align_corners"));
        var rank = mode switch { "linear" => 1, "bilinear" => 2, "trilinear" => 3, _ => (int?)null };
        var kind = mode switch { "nearest" => UpsampleMode.Nearest, "nearest-exact" => UpsampleMode.NearestExact, _ => UpsampleMode.Linear };
        var recompute = args.Has("recompute_scale_factor") && args.Switch("recompute_scale_factor", false);
        return Sized(reading, args, kind, rank, alignCorners, recompute);
    }

    /// <summary>Reads UpsamplingNearest2d: Upsample(mode='nearest') of a 2-d input.</summary>
    public static INetworkLayer UpsamplingNearest2d(LayerReading reading) =>
        Sized(reading, ReaderSupport.Bind(reading, ["size", "scale_factor"], 0), UpsampleMode.Nearest, 2, false, false);

    /// <summary>Reads UpsamplingBilinear2d: Upsample(mode='bilinear', align_corners=True).</summary>
    public static INetworkLayer UpsamplingBilinear2d(LayerReading reading) =>
        Sized(reading, ReaderSupport.Bind(reading, ["size", "scale_factor"], 0), UpsampleMode.Linear, 2, true, false);

    private static INetworkLayer Sized(LayerReading reading, ConstructorArguments args, UpsampleMode mode, int? rank, bool alignCorners, bool recompute)
    {
        var hasSize = args.Has("size");
        var hasScale = args.Has("scale_factor");
        if (hasSize && hasScale)
            throw new InputException($"{args.Layer}: {LayerReaderMessages.SizeAndScale}", args.At("scale_factor"));
        if (!hasSize && !hasScale)
            throw new InputException($"{args.Layer}: {LayerReaderMessages.NeitherSizeNorScale}", reading.Call.CloseAt);
        if (recompute && hasSize)
            throw new InputException(LayerReaderMessages.RecomputeWithSize(args.Layer), args.At("recompute_scale_factor"));
        // The input's rank decides for nearest; a tuple must then match it (checked against the input).
        var dims = rank ?? Math.Max(1, reading.Input.Rank - 1);
        IReadOnlyList<int>? size = null;
        IReadOnlyList<ScaleFactor>? factors = null;
        bool broadcast;
        if (hasSize)
        {
            var value = args.Raw("size")!;
            broadcast = value is PythonValue.Integer;
            size = broadcast ? [args.SizesOf("size", value, 1, 1)[0]] : args.SizesOf("size", value, value is PythonValue.Sequence s ? s.Items.Count : dims, 1);
        }
        else
        {
            var value = args.Raw("scale_factor")!;
            broadcast = value is not PythonValue.Sequence;
            factors = value is PythonValue.Sequence sequence
                ? [.. sequence.Items.Select(item => ReaderSupport.NumberOf(args, "scale_factor", item))]
                : [ReaderSupport.NumberOf(args, "scale_factor", value)];
        }
        return ReaderSupport.Checked(
            new Upsample(reading.Written, reading.Call.CalleeAt, mode, rank, size, factors, broadcast, alignCorners, recompute), reading);
    }

    /// <summary>Reads PixelShuffle(upscale_factor) or PixelUnshuffle(downscale_factor).</summary>
    public static INetworkLayer PixelShuffle(LayerReading reading, bool unshuffle)
    {
        var name = unshuffle ? "downscale_factor" : "upscale_factor";
        var args = ReaderSupport.Bind(reading, [name], 1);
        return ReaderSupport.Checked(new PixelShuffle(reading.Written, reading.Call.CalleeAt, args.Integer(name, 1, 1), unshuffle), reading);
    }
}
