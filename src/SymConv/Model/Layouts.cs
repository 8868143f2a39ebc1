namespace SymConv.Model;

/// <summary>
/// The permutations behind <see cref="DataLayout"/> and <see cref="KernelLayout"/>: each maps a
/// tensor as laid out to PyTorch's order and back, by shape and by flat index, so the convolution
/// is computed once in PyTorch's order and shown in the user's.
/// </summary>
internal static class Layouts
{
    /// <summary>The name the options use: nchw or nhwc.</summary>
    public static string Name(DataLayout layout) => layout == DataLayout.ChannelsLast ? "nhwc" : "nchw";

    /// <summary>The name the options use: oihw, iohw, hwio, hwoi, ihwo, ohwi or hwim (PyTorch's own resolved by <paramref name="transposed"/>).</summary>
    public static string Name(KernelLayout layout, bool transposed) => Resolve(layout, transposed).ToString().ToLowerInvariant();

    /// <summary>PyTorch's own layout made explicit: oihw forward, iohw transposed.</summary>
    public static KernelLayout Resolve(KernelLayout layout, bool transposed) =>
        layout != KernelLayout.PyTorch ? layout : transposed ? KernelLayout.Iohw : KernelLayout.Oihw;

    /// <summary>An input or output shape as PyTorch orders it: (channels, n…).</summary>
    public static Shape ChannelsFirst(DataLayout layout, Shape shape) =>
        layout == DataLayout.ChannelsFirst || shape.Rank < 2 ? shape : new Shape([shape[shape.Rank - 1], .. shape.Dims.Take(shape.Rank - 1)]);

    /// <summary>A shape in PyTorch's order, (channels, n…), laid out as <paramref name="layout"/> says.</summary>
    public static Shape FromChannelsFirst(DataLayout layout, Shape shape) =>
        layout == DataLayout.ChannelsFirst ? shape : new Shape([.. shape.Dims.Skip(1), shape[0]]);

    /// <summary>
    /// The kernel's shape in PyTorch's order — (out, in/groups, k…) forward, (in, out/groups, k…)
    /// transposed — from its shape as laid out. A hwim kernel (k…, channels, multiplier) becomes
    /// (channels·multiplier, 1, k…). Null when the kernel has fewer than two dimensions.
    /// </summary>
    public static Shape? KernelToPyTorch(KernelLayout layout, bool transposed, Shape kernel)
    {
        var r = kernel.Rank;
        if (r < 2) return null;
        var dims = kernel.Dims;
        var spatial = Resolve(layout, transposed) switch
        {
            KernelLayout.Oihw or KernelLayout.Iohw => dims.Skip(2),
            KernelLayout.Hwio or KernelLayout.Hwoi or KernelLayout.Hwim => dims.Take(r - 2),
            _ => dims.Skip(1).Take(r - 2),
        };
        var (o, i) = Axes(layout, transposed, kernel);
        return transposed ? new Shape([i, o, .. spatial]) : new Shape([o, i, .. spatial]);
    }

    /// <summary>As <see cref="KernelToPyTorch"/>, or null when the channel count would not fit an int.</summary>
    public static Shape? KernelToPyTorchOrNull(KernelLayout layout, bool transposed, Shape kernel)
    {
        try
        {
            return KernelToPyTorch(layout, transposed, kernel);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // The sizes of the o and i axes of a kernel as laid out.
    private static (int O, int I) Axes(KernelLayout layout, bool transposed, Shape kernel)
    {
        var r = kernel.Rank;
        return Resolve(layout, transposed) switch
        {
            KernelLayout.Oihw => (kernel[0], kernel[1]),
            KernelLayout.Iohw => (kernel[1], kernel[0]),
            KernelLayout.Hwio => (kernel[r - 1], kernel[r - 2]),
            KernelLayout.Hwoi => (kernel[r - 2], kernel[r - 1]),
            KernelLayout.Ihwo => (kernel[r - 1], kernel[0]),
            KernelLayout.Ohwi => (kernel[0], kernel[r - 1]),
            KernelLayout.Hwim => (checked(kernel[r - 2] * kernel[r - 1]), 1),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
        };
    }

    /// <summary>
    /// How far apart, in the flat kernel as laid out, neighbouring entries of the o axis, the i axis
    /// and the spatial block are: the flat index of (o, i, spatial flat s) is o·O + i·I + s·S.
    /// <paramref name="outSize"/> and <paramref name="inSize"/> are the o and i axes' sizes and
    /// <paramref name="plane"/> the number of spatial positions. hwim flattens as hwio with i of size 1.
    /// </summary>
    public static (long O, long I, long S) KernelStrides(KernelLayout layout, bool transposed, long outSize, long inSize, long plane) =>
        Resolve(layout, transposed) switch
        {
            KernelLayout.Oihw => (inSize * plane, plane, 1),
            KernelLayout.Iohw => (plane, outSize * plane, 1),
            KernelLayout.Hwio or KernelLayout.Hwim => (1, outSize, inSize * outSize),
            KernelLayout.Hwoi => (inSize, 1, outSize * inSize),
            KernelLayout.Ihwo => (1, plane * outSize, outSize),
            KernelLayout.Ohwi => (plane * inSize, 1, inSize),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
        };

    /// <summary>The layout that reads a transposed kernel as the forward twin reads it: o and i trade places.</summary>
    public static KernelLayout Swapped(KernelLayout layout, bool transposed) => Resolve(layout, transposed) switch
    {
        KernelLayout.Oihw => KernelLayout.Iohw,
        KernelLayout.Iohw => KernelLayout.Oihw,
        KernelLayout.Hwio => KernelLayout.Hwoi,
        KernelLayout.Hwoi => KernelLayout.Hwio,
        KernelLayout.Ihwo => KernelLayout.Ohwi,
        KernelLayout.Ohwi => KernelLayout.Ihwo,
        var other => throw new ArgumentOutOfRangeException(nameof(layout), other, null),
    };
}
