namespace SymConv.Algebra;

/// <summary>
/// A run of symbols named from their position in it, such as the inputs x_{c,h,w} of a layer
/// given by its shape. A <see cref="SymbolTable"/> gives a family one id per member without
/// storing a name for any of them: names are made when they are shown and read back when they
/// are written, so a family of a hundred million symbols costs the same as one of ten.
/// </summary>
internal abstract class SymbolFamily
{
    /// <summary>How many symbols the family has.</summary>
    public abstract int Count { get; }

    /// <summary>The most UTF-8 bytes a member's name takes.</summary>
    public abstract int MaxNameLength { get; }

    /// <summary>The name of the member at <paramref name="index"/> (from 0).</summary>
    public abstract string NameOf(int index);

    /// <summary>
    /// Writes the name of the member at <paramref name="index"/> as UTF-8 and returns its length;
    /// <paramref name="destination"/> holds at least <see cref="MaxNameLength"/> bytes.
    /// </summary>
    public abstract int WriteName(int index, Span<byte> destination);

    /// <summary>The member a name denotes, when it is exactly one member's name.</summary>
    public abstract bool TryIndexOf(string name, out int index);
}
