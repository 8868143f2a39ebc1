using System.Text;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// The punctuation around a sequence of rows in text: what opens it, what comes between the
/// i-th row and the one before it, and what closes it. It must match what
/// <see cref="TextReportWriter"/> writes for y' and y.
/// </summary>
internal sealed class RowLayout
{
    private static readonly byte[] Comma = ", "u8.ToArray();
    private readonly long[] _levels;
    private readonly byte[] _open;
    private readonly byte[] _close;

    private RowLayout(long[] levels, string open, string close)
    {
        _levels = levels;
        _open = Encoding.UTF8.GetBytes(open);
        _close = Encoding.UTF8.GetBytes(close);
    }

    /// <summary>y': one bracketed line, entries separated by commas.</summary>
    public static RowLayout Vector { get; } = new([], "[", "]\n");

    /// <summary>
    /// A tensor in the seed's nested form: a bracket per level on its own line, the innermost
    /// dimension's entries on one line.
    /// </summary>
    public static RowLayout Tensor(Shape shape)
    {
        // levels[j]: rows per block of the j-th dimension from the inside, innermost line first.
        var levels = new long[shape.Rank - 1];
        long size = 1;
        for (var j = 0; j < levels.Length; j++)
        {
            size *= shape[shape.Rank - 1 - j];
            levels[j] = size;
        }
        var outer = string.Concat(Enumerable.Repeat("[\n", shape.Rank - 1));
        return new RowLayout(levels, outer + "[", "]\n" + string.Concat(Enumerable.Repeat("]\n", shape.Rank - 1)));
    }

    public ReadOnlySpan<byte> Open => _open;

    public ReadOnlySpan<byte> Close => _close;

    /// <summary>Appends what comes before the <paramref name="index"/>-th row, for index &gt; 0.</summary>
    public void AppendBetween(long index, ByteBuffer buffer)
    {
        if (_levels.Length == 0 || index % _levels[0] != 0)
        {
            buffer.Append(Comma);
            return;
        }
        buffer.Append("]\n"u8);
        var closed = 0;
        for (var j = 1; j < _levels.Length && index % _levels[j] == 0; j++)
        {
            buffer.Append("]\n"u8);
            closed++;
        }
        for (var j = 0; j < closed; j++)
            buffer.Append("[\n"u8);
        buffer.Append((byte)'[');
    }
}
