using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>The symbols of a small tensor named by single letters, as the seed's kernel a..h.</summary>
internal sealed class LetteredSymbols : SymbolFamily
{
    private readonly string _letters;

    /// <summary>One symbol per letter, in order.</summary>
    /// <param name="letters">Distinct ASCII letters.</param>
    public LetteredSymbols(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (!letters.All(char.IsAsciiLetter) || letters.Distinct().Count() != letters.Length)
            throw new ArgumentException($"'{letters}' is not a list of distinct letters.", nameof(letters));
        _letters = letters;
    }

    /// <summary>The letters, in order.</summary>
    public string Letters => _letters;

    /// <inheritdoc/>
    public override int Count => _letters.Length;

    /// <inheritdoc/>
    public override int MaxNameLength => 1;

    /// <inheritdoc/>
    public override string NameOf(int index) => _letters[index].ToString();

    /// <inheritdoc/>
    public override int WriteName(int index, Span<byte> destination)
    {
        destination[0] = (byte)_letters[index];
        return 1;
    }

    /// <inheritdoc/>
    public override bool TryIndexOf(string name, out int index)
    {
        ArgumentNullException.ThrowIfNull(name);
        index = name.Length == 1 ? _letters.IndexOf(name[0], StringComparison.Ordinal) : -1;
        return index >= 0;
    }
}
