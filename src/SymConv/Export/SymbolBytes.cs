using System.Text;
using SymConv.Algebra;

namespace SymConv.Export;

/// <summary>
/// Every symbol's name encoded once as UTF-8, so writing a term copies bytes and formats nothing.
/// The names sit end to end in one array with <see cref="Slack"/> spare bytes after the last, so
/// a short name can be copied as one fixed-size block that runs past it harmlessly.
/// </summary>
internal sealed class SymbolBytes
{
    /// <summary>Bytes readable past the end of any name.</summary>
    public const int Slack = 16;

    private readonly byte[] _bytes;
    private readonly int[] _start;

    public SymbolBytes(SymbolTable symbols)
    {
        var count = symbols.Count;
        _start = new int[count + 1];
        var names = new string[count];
        var total = 0;
        for (var id = 0; id < count; id++)
        {
            names[id] = symbols.NameOf(id);
            _start[id] = total;
            total = checked(total + Encoding.UTF8.GetByteCount(names[id]));
            MaxLength = Math.Max(MaxLength, total - _start[id]);
        }
        _start[count] = total;
        _bytes = new byte[total + Slack];
        for (var id = 0; id < count; id++)
            Encoding.UTF8.GetBytes(names[id], _bytes.AsSpan(_start[id]));
    }

    /// <summary>The longest name, in bytes.</summary>
    public int MaxLength { get; }

    /// <summary>All names end to end, then <see cref="Slack"/> bytes.</summary>
    public byte[] Bytes => _bytes;

    /// <summary>Where each name starts in <see cref="Bytes"/>; entry id + 1 is where it ends.</summary>
    public int[] Starts => _start;
}
