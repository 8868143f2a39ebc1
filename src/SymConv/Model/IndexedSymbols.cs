using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// The symbols of a tensor named by one word subscripted with their multi-index, in the spelling
/// of <see cref="SymbolNames.Canonical"/>: x_{0,1,2}, w_{0,0,1,1}, b_0. The first axes may be
/// left out of the subscript when they have size 1 (x_3 for a one-channel input x_{0,3}).
/// </summary>
public sealed class IndexedSymbols : SymbolFamily
{
    private readonly Shape _shape;
    private readonly int _omitted;
    private readonly byte[] _word;

    /// <summary>The symbols of a tensor of <paramref name="shape"/>, named <paramref name="word"/>_{…}.</summary>
    /// <param name="word">The name before the subscript: a letter, then letters or digits.</param>
    /// <param name="shape">The tensor's shape; its size must fit an int.</param>
    /// <param name="omittedAxes">How many leading axes, each of size 1, the subscript leaves out.</param>
    public IndexedSymbols(string word, Shape shape, int omittedAxes = 0)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (!IsWord(word)) throw new ArgumentException($"'{word}' is not a symbol word: a letter, then letters or digits.", nameof(word));
        if (shape.Size > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(shape), shape.Size, "A family's size must fit an int.");
        if (omittedAxes < 0 || omittedAxes >= shape.Rank || Enumerable.Range(0, omittedAxes).Any(a => shape[a] != 1))
            throw new ArgumentOutOfRangeException(nameof(omittedAxes), omittedAxes, "Only leading axes of size 1 can be left out, and not all of them.");
        Word = word;
        _shape = shape;
        _omitted = omittedAxes;
        _word = System.Text.Encoding.ASCII.GetBytes(word);
        var subscript = 0;
        for (var axis = omittedAxes; axis < shape.Rank; axis++)
            subscript += Digits(shape[axis] - 1) + 1;
        // word, '_', '{', the digits with their commas, '}'.
        MaxNameLength = word.Length + 2 + subscript;
    }

    /// <summary>The word every member's name starts with.</summary>
    public string Word { get; }

    /// <inheritdoc/>
    public override int Count => (int)_shape.Size;

    /// <inheritdoc/>
    public override int MaxNameLength { get; }

    /// <summary>True for a word a symbol can start with: an ASCII letter, then ASCII letters or digits.</summary>
    public static bool IsWord(string? word) =>
        !string.IsNullOrEmpty(word) && char.IsAsciiLetter(word[0]) && word.All(char.IsAsciiLetterOrDigit);

    /// <inheritdoc/>
    public override string NameOf(int index)
    {
        Span<int> position = stackalloc int[_shape.Rank];
        _shape.Unflatten(index, position);
        var items = new List<string>(_shape.Rank - _omitted);
        foreach (var i in position[_omitted..])
            items.Add(i.ToString(CultureInfo.InvariantCulture));
        return SymbolNames.Canonical(Word, items);
    }

    /// <inheritdoc/>
    public override int WriteName(int index, Span<byte> destination)
    {
        Span<int> position = stackalloc int[_shape.Rank];
        _shape.Unflatten(index, position);
        var items = position[_omitted..];
        _word.CopyTo(destination);
        var at = _word.Length;
        destination[at++] = (byte)'_';
        // SymbolNames.Canonical: one one-digit item bare, anything longer in braces.
        if (items.Length == 1 && items[0] < 10)
        {
            destination[at++] = (byte)('0' + items[0]);
            return at;
        }
        destination[at++] = (byte)'{';
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) destination[at++] = (byte)',';
            items[i].TryFormat(destination[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }
        destination[at++] = (byte)'}';
        return at;
    }

    /// <inheritdoc/>
    public override bool TryIndexOf(string name, out int index)
    {
        index = 0;
        ArgumentNullException.ThrowIfNull(name);
        var w = Word.Length;
        if (name.Length < w + 2 || !name.StartsWith(Word, StringComparison.Ordinal) || name[w] != '_') return false;
        var subscript = name.AsSpan(w + 1);
        var rank = _shape.Rank - _omitted;
        Span<int> position = stackalloc int[_shape.Rank];
        if (subscript.Length == 1)
        {
            if (rank != 1 || !char.IsAsciiDigit(subscript[0])) return false;
            position[_omitted] = subscript[0] - '0';
        }
        else
        {
            if (subscript[0] != '{' || subscript[^1] != '}') return false;
            var items = subscript[1..^1];
            for (var axis = _omitted; axis < _shape.Rank; axis++)
            {
                var end = items.IndexOf(',');
                var item = end < 0 ? items : items[..end];
                if (end < 0 != (axis == _shape.Rank - 1)) return false;
                if (!TryReadIndex(item, _shape[axis], out position[axis])) return false;
                // One bare digit is written without braces, so x_{3} is never a member's name.
                if (rank == 1 && position[axis] < 10) return false;
                items = end < 0 ? [] : items[(end + 1)..];
            }
        }
        if (position[_omitted] >= _shape[_omitted]) return false;
        index = (int)_shape.Flatten(position);
        return true;
    }

    // A member's index as NameOf writes it: digits without a leading zero, below the axis size.
    private static bool TryReadIndex(ReadOnlySpan<char> text, int size, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 10 || (text[0] == '0' && text.Length > 1)) return false;
        long n = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            n = n * 10 + (c - '0');
        }
        if (n >= size) return false;
        value = (int)n;
        return true;
    }

    private static int Digits(int value) => value < 10 ? 1 : 1 + Digits(value / 10);
}
