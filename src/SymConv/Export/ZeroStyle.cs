namespace SymConv.Export;

/// <summary>How the math formats write a zero entry of M; papers differ.</summary>
public enum ZeroStyle
{
    /// <summary>A plain 0, as the text format writes it.</summary>
    Zero,

    /// <summary>A centred dot, which lets the band of nonzeros stand out.</summary>
    Dot,

    /// <summary>Nothing at all.</summary>
    Blank,
}
