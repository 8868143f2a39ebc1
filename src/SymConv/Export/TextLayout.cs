namespace SymConv.Export;

/// <summary>How the text format nests the brackets of a tensor (K, x, b, y).</summary>
public enum TextLayout
{
    /// <summary>The seed's notation: every bracket of an outer level on a line of its own.</summary>
    Seed,

    /// <summary>
    /// As NumPy prints arrays: the opening brackets of nested levels together on the line of the
    /// first row, each row indented under its bracket, a blank line between blocks of the third
    /// dimension from the inside, two between blocks of the fourth, and so on.
    /// </summary>
    Indented,
}
