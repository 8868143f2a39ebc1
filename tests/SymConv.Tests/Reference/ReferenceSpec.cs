namespace SymConv.Tests.Reference;

/// <summary>
/// A layer's hyper-parameters for the reference, one value per spatial dimension. Padding is either a
/// rule (valid, same, full, tf-same) or explicit sizes, as PyTorch and SymConv accept them.
/// </summary>
public sealed record ReferenceSpec(
    int[] Stride,
    string? PaddingRule,
    int[] PaddingSizes,
    string Mode,
    int[] Dilation,
    int Groups,
    bool Transposed,
    int[] OutputPadding,
    bool Flip);
