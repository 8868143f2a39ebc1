namespace SymConv.Model;

/// <summary>
/// The hyper-parameters of a layer, as the user gave them and with PyTorch's defaults.
/// Per-dimension lists hold one value for every dimension or one value per dimension; they are
/// matched to the layer's number of spatial dimensions by <c>LayerGeometry</c>.
/// </summary>
public sealed record LayerSpec
{
    /// <summary>Stride per spatial dimension (default 1).</summary>
    public int[] Stride { get; init; } = [1];

    /// <summary>Padding (default none).</summary>
    public Padding Padding { get; init; } = Padding.Valid;

    /// <summary>What padded positions read (default zeros).</summary>
    public PaddingMode PaddingMode { get; init; } = PaddingMode.Zeros;

    /// <summary>Dilation per spatial dimension (default 1).</summary>
    public int[] Dilation { get; init; } = [1];

    /// <summary>Number of channel groups (default 1).</summary>
    public int Groups { get; init; } = 1;

    /// <summary>A transposed convolution (PyTorch's ConvTransposeNd) instead of a forward one.</summary>
    public bool Transposed { get; init; }

    /// <summary>Extra output size on the far side of a transposed convolution (default 0).</summary>
    public int[] OutputPadding { get; init; } = [0];

    /// <summary>True convolution: the kernel flipped in every spatial dimension.</summary>
    public bool Flip { get; init; }

    // A record compares its arrays by reference; two specs with the same values are equal.
    /// <inheritdoc/>
    public bool Equals(LayerSpec? other) =>
        other is not null
        && Stride.AsSpan().SequenceEqual(other.Stride)
        && Padding == other.Padding
        && PaddingMode == other.PaddingMode
        && Dilation.AsSpan().SequenceEqual(other.Dilation)
        && Groups == other.Groups
        && Transposed == other.Transposed
        && OutputPadding.AsSpan().SequenceEqual(other.OutputPadding)
        && Flip == other.Flip;

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
        return hash.ToHashCode();
    }
}
