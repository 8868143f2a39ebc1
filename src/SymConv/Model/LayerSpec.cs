using System.Collections.Immutable;

namespace SymConv.Model;

/// <summary>
/// The hyper-parameters of a layer, as the user gave them and with PyTorch's defaults.
/// Per-dimension lists hold one value for every dimension or one value per dimension; they are
/// matched to the layer's number of spatial dimensions by <c>LayerGeometry</c>.
/// </summary>
public sealed record LayerSpec
{
    /// <summary>Stride per spatial dimension (default 1).</summary>
    public ImmutableArray<int> Stride { get; init; } = [1];

    /// <summary>Padding (default none).</summary>
    public Padding Padding { get; init; } = Padding.Valid;

    /// <summary>What padded positions read (default zeros).</summary>
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Zeros;

    /// <summary>Dilation per spatial dimension (default 1).</summary>
    public ImmutableArray<int> Dilation { get; init; } = [1];

    /// <summary>Number of channel groups (default 1).</summary>
    public int Groups { get; init; } = 1;

    /// <summary>A transposed convolution (PyTorch's ConvTransposeNd) instead of a forward one.</summary>
    public bool Transposed { get; init; }

    /// <summary>Extra output size on the far side of a transposed convolution (default 0).</summary>
    public ImmutableArray<int> OutputPadding { get; init; } = [0];

    /// <summary>True convolution: the kernel flipped in every spatial dimension.</summary>
    public bool Flip { get; init; }

    /// <summary>Where the input's and output's channel dimension sits (default first, as PyTorch).</summary>
    public DataLayout Layout { get; init; } = DataLayout.ChannelsFirst;

    /// <summary>How the kernel's dimensions are ordered (default PyTorch's).</summary>
    public KernelLayout KernelLayout { get; init; } = KernelLayout.PyTorch;

    /// <summary>
    /// Keras's depth multiplier m: a depthwise layer, groups equal to the input channels C, with C·m
    /// output channels, output channel c·m + j the j-th filter on input channel c; null for none.
    /// </summary>
    public int? DepthMultiplier { get; init; }

    // A record compares its arrays by reference; two specs with the same values are equal.
    /// <inheritdoc/>
    public bool Equals(LayerSpec? other) =>
        other is not null
        && Stride.AsSpan().SequenceEqual(other.Stride.AsSpan())
        && Padding == other.Padding
        && PaddingMode == other.PaddingMode
        && Dilation.AsSpan().SequenceEqual(other.Dilation.AsSpan())
        && Groups == other.Groups
        && Transposed == other.Transposed
        && OutputPadding.AsSpan().SequenceEqual(other.OutputPadding.AsSpan())
        && Flip == other.Flip
        && Layout == other.Layout
        && KernelLayout == other.KernelLayout
        && DepthMultiplier == other.DepthMultiplier;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Stride) hash.Add(value);
        hash.Add(Padding);
        hash.Add(PaddingMode);
        foreach (var value in Dilation) hash.Add(value);
        hash.Add(Groups);
        hash.Add(Transposed);
        foreach (var value in OutputPadding) hash.Add(value);
        hash.Add(Flip);
        hash.Add(Layout);
        hash.Add(KernelLayout);
        hash.Add(DepthMultiplier);
        return hash.ToHashCode();
    }
}
