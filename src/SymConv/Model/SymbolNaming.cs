namespace SymConv.Model;

/// <summary>
/// How a layer's generated symbols are named: the word of each family (null for the default),
/// and whether a one-channel input keeps its channel index. Each word comes with where it was
/// written, so a refusal can point at it.
/// </summary>
internal sealed record SymbolNaming
{
    /// <summary>The kernel's word (w_{o,i,…}); null for letters a, b, … when they suffice, else w.</summary>
    public string? Kernel { get; init; }

    /// <summary>Where <see cref="Kernel"/> was written.</summary>
    public SourcePoint? KernelAt { get; init; }

    /// <summary>The input's word; null for x.</summary>
    public string? Input { get; init; }

    /// <summary>Where <see cref="Input"/> was written.</summary>
    public SourcePoint? InputAt { get; init; }

    /// <summary>The bias's word; null for b.</summary>
    public string? Bias { get; init; }

    /// <summary>Where <see cref="Bias"/> was written.</summary>
    public SourcePoint? BiasAt { get; init; }

    /// <summary>False to name a one-channel input x_3, x_{1,2} rather than x_{0,3}, x_{0,1,2}.</summary>
    public bool InputChannelIndex { get; init; } = true;

    /// <summary>Where the input's channel index was turned off.</summary>
    public SourcePoint? InputChannelIndexAt { get; init; }

    /// <summary>True when the input's channel axis is its last (channels_last), so that is the index left out.</summary>
    public bool ChannelsLast { get; init; }

    /// <summary>
    /// Letters a lettered kernel leaves free for families made after it is named, when they are
    /// not made through the same <see cref="FreshSymbols"/> (as <see cref="GeneratedSymbols"/> makes them).
    /// </summary>
    public string LeaveFree { get; init; } = "";

    /// <summary>Default names: letters or w for the kernel, x for the input, b for the bias.</summary>
    public static SymbolNaming Default { get; } = new();
}
