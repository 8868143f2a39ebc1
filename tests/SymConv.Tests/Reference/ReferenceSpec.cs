namespace SymConv.Tests.Reference;

/// <summary>
/// A layer's hyper-parameters for the reference, one value per spatial dimension. Padding is either a
/// rule (valid, same, same-lower, full, tf-same, causal) or explicit sizes, the same on both sides or,
/// with <see cref="PaddingAfter"/>, before and after apart (ONNX's pads).
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
    bool Flip,
    int[]? PaddingAfter = null);
