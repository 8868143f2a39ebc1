namespace SymConv.Model;

/// <summary>What a layer reads outside its input, as PyTorch's padding_mode.</summary>
public enum PaddingMode
{
    /// <summary>Zeros: padded positions contribute nothing.</summary>
    Zeros,

    /// <summary>The input mirrored about its edge pixel, which is not repeated (d c b | a b c d | c b a).</summary>
    Reflect,

    /// <summary>
    /// The input mirrored about its edge, the edge pixel included (b a | a b c d | d c), as NumPy's
    /// and TensorFlow's SYMMETRIC; padding may be at most the input's size.
    /// </summary>
    Symmetric,

    /// <summary>The edge pixel repeated (a a | a b c d | d d).</summary>
    Replicate,

    /// <summary>The input wrapped around (c d | a b c d | a b).</summary>
    Circular,
}
