using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// The symbols of a tensor named by one word subscripted with their multi-index, in the spelling
/// of <see cref="SymbolNames.Canonical"/>: x_{0,1,2}, w_{0,0,1,1}, b_0. One axis of size 1 may be
/// left out of the subscript (x_3 for a one-channel input x_{0,3}).
/// </summary>
internal sealed class IndexedSymbols : SymbolFamily
{
    private readonly Shape _shape;
    private readonly int _omitted;
    private readonly int _rank;
    private readonly byte[] _word;

    /// <summary>The symbols of a tensor of <paramref name="shape"/>, named <paramref name="word"/>_{…}.</summary>
    /// <param name="word">The name before the subscript: a letter, then letters or digits.</param>
    /// <param name="shape">The tensor's shape; its size must fit an int.</param>
    /// <param name="omittedAxis">An axis of size 1 the subscript leaves out, or -1 for none.</param>
    public IndexedSymbols(string word, Shape shape, int omittedAxis = -1)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (!IsWord(word)) throw new ArgumentException($"'{word}' is not a symbol word: a letter, then letters or digits.", nameof(word));
        if (shape.Size > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(shape), shape.Size, "A family's size must fit an int.");
        if (omittedAxis != -1 && (omittedAxis < 0 || omittedAxis >= shape.Rank || shape[omittedAxis] != 1 || shape.Rank < 2))
            throw new ArgumentOutOfRangeException(nameof(omittedAxis), omittedAxis, "Only an axis of size 1 can be left out, and not the only one.");
        Word = word;
        _shape = shape;
        _omitted = omittedAxis;
        _rank = omittedAxis < 0 ? shape.Rank : shape.Rank - 1;
        _word = System.Text.Encoding.ASCII.GetBytes(word);
        var subscript = 0;
        for (var axis = 0; axis < shape.Rank; axis++)
            if (axis != omittedAxis) subscript += Digits(shape[axis] - 1) + 1;
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
        Span<int> items = stackalloc int[_shape.Rank];
        var subscript = Items(index, items);
        var texts = new List<string>(subscript.Length);
        foreach (var i in subscript)
            texts.Add(i.ToString(CultureInfo.InvariantCulture));
        return SymbolNames.Canonical(Word, texts);
    }

    /// <inheritdoc/>
    public override int WriteName(int index, Span<byte> destination)
    {
        Span<int> buffer = stackalloc int[_shape.Rank];
        var items = Items(index, buffer);
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
            at += WriteDigits((uint)items[i], destination[at..]);
        }
        destination[at++] = (byte)'}';
        return at;
    }

    // Streaming a large family writes a name per term: digits by hand, no formatting machinery.
    private static int WriteDigits(uint value, Span<byte> destination)
    {
        var length = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : Digits((int)value);
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
        return length;
    }

    /// <inheritdoc/>
    public override bool TryIndexOf(string name, out int index)
    {
        index = 0;
        ArgumentNullException.ThrowIfNull(name);
        var w = Word.Length;
        if (name.Length < w + 2 || !name.StartsWith(Word, StringComparison.Ordinal) || name[w] != '_') return false;
        var subscript = name.AsSpan(w + 1);
        Span<int> position = stackalloc int[_shape.Rank];
        position.Clear();
        var last = _omitted == _shape.Rank - 1 ? _shape.Rank - 2 : _shape.Rank - 1;
        if (subscript.Length == 1)
        {
            if (_rank != 1 || !char.IsAsciiDigit(subscript[0]) || subscript[0] - '0' >= _shape[last]) return false;
            position[last] = subscript[0] - '0';
        }
        else
        {
            if (subscript[0] != '{' || subscript[^1] != '}') return false;
            var items = subscript[1..^1];
            for (var axis = 0; axis < _shape.Rank; axis++)
            {
                if (axis == _omitted) continue;
                var end = items.IndexOf(',');
                var item = end < 0 ? items : items[..end];
                if (end < 0 != (axis == last)) return false;
                if (!TryReadIndex(item, _shape[axis], out position[axis])) return false;
                // One bare digit is written without braces, so x_{3} is never a member's name.
                if (_rank == 1 && position[axis] < 10) return false;
                items = end < 0 ? [] : items[(end + 1)..];
            }
        }
        index = (int)_shape.Flatten(position);
        return true;
    }

    /// <summary>The sizes of a member's subscript items, in order: the shape less the omitted axis.</summary>
    internal int[] SubscriptSizes
    {
        get
        {
            var sizes = new int[_rank];
            for (int axis = 0, item = 0; axis < _shape.Rank; axis++)
                if (axis != _omitted) sizes[item++] = _shape[axis];
            return sizes;
        }
    }

    /// <summary>The member whose subscript has these items, each below its <see cref="SubscriptSizes"/> entry.</summary>
    internal int IndexOfItems(ReadOnlySpan<int> items)
    {
        Span<int> position = stackalloc int[_shape.Rank];
        for (int axis = 0, item = 0; axis < _shape.Rank; axis++)
            position[axis] = axis == _omitted ? 0 : items[item++];
        return (int)_shape.Flatten(position);
    }

    // The subscript's items of a member: its multi-index less the omitted axis.
    private Span<int> Items(int index, Span<int> buffer)
    {
        _shape.Unflatten(index, buffer);
        if (_omitted < 0) return buffer;
        for (var axis = _omitted; axis + 1 < buffer.Length; axis++)
            buffer[axis] = buffer[axis + 1];
        return buffer[..^1];
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
