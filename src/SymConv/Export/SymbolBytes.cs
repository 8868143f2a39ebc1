using System.Text;
using SymConv.Algebra;

namespace SymConv.Export;

/// <summary>Every symbol's name encoded once as UTF-8, so writing a term copies bytes and formats nothing.</summary>
internal sealed class SymbolBytes
{
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
        _bytes = new byte[total];
        for (var id = 0; id < count; id++)
            Encoding.UTF8.GetBytes(names[id], _bytes.AsSpan(_start[id]));
    }

    /// <summary>The longest name, in bytes.</summary>
    public int MaxLength { get; }

    public ReadOnlySpan<byte> this[int id] => _bytes.AsSpan(_start[id], _start[id + 1] - _start[id]);
}
