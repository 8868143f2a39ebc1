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

    private readonly byte[] _label;
    private readonly bool _labelled;
    private readonly bool _indented;

    private RowLayout(long[] levels, string open, string close, bool labelled = false, bool indented = false, string label = "y'")
    {
        _levels = levels;
        _label = Encoding.UTF8.GetBytes(label + "[");
        _labelled = labelled;
        _indented = indented;
        _open = Encoding.UTF8.GetBytes(open);
        _close = Encoding.UTF8.GetBytes(close);
    }

    /// <summary>y': one bracketed line, entries separated by commas.</summary>
    public static RowLayout Vector { get; } = new([], "[", "]\n");

    /// <summary>y' one neuron a line, each with its row: y'[3] = 5a+6b+8c+9d.</summary>
    public static RowLayout Lines { get; } = new([], "", "\n", labelled: true);

    /// <summary>A vector one entry a line, each with its row after another label: z[3] = 5a+6b.</summary>
    public static RowLayout LabelledLines(string label) =>
        new([], "", "\n", labelled: true, label: label);

    /// <summary>
    /// A tensor as NumPy prints it: [[[a, b]\n  [c, d]]\n\n [[e, f]…]]]: the brackets of a new block
    /// on the line of its first row, indented by depth, a blank line per level closed beyond the first.
    /// </summary>
    public static RowLayout IndentedTensor(Shape shape)
    {
        var levels = Levels(shape);
        return new RowLayout(levels, new string('[', shape.Rank), new string(']', shape.Rank) + "\n", indented: true);
    }

    /// <summary>
    /// A tensor in the seed's nested form: a bracket per level on its own line, the innermost
    /// dimension's entries on one line.
    /// </summary>
    public static RowLayout Tensor(Shape shape)
    {
        var levels = Levels(shape);
        var outer = string.Concat(Enumerable.Repeat("[\n", shape.Rank - 1));
        return new RowLayout(levels, outer + "[", "]\n" + string.Concat(Enumerable.Repeat("]\n", shape.Rank - 1)));
    }

    // levels[j]: rows per block of the j-th dimension from the inside, innermost line first.
    private static long[] Levels(Shape shape)
    {
        var levels = new long[shape.Rank - 1];
        long size = 1;
        for (var j = 0; j < levels.Length; j++)
        {
            size *= shape[shape.Rank - 1 - j];
            levels[j] = size;
        }
        return levels;
    }

    public ReadOnlySpan<byte> Open => _open;

    /// <summary>Appends what opens a row of the given number (its label, when one entry a line).</summary>
    public void AppendLabel(long row, ByteBuffer buffer)
    {
        if (!_labelled) return;
        buffer.Append(_label);
        // Formatted in place: nothing is allocated per row of a stream of millions.
        Span<byte> digits = stackalloc byte[20];
        row.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
        buffer.Append(digits[..length]);
        buffer.Append("] = "u8);
    }

    public ReadOnlySpan<byte> Close => _close;

    /// <summary>Appends what comes before the <paramref name="index"/>-th row, for index &gt; 0.</summary>
    public void AppendBetween(long index, ByteBuffer buffer)
    {
        if (_labelled)
        {
            buffer.Append((byte)'\n');
            return;
        }
        if (_indented)
        {
            AppendIndented(index, buffer);
            return;
        }
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

    // ]]\n\n [[ between blocks: as many brackets as levels end here, a blank line for each beyond
    // the first, and the row indented by the levels still open.
    private void AppendIndented(long index, ByteBuffer buffer)
    {
        var closed = 0;
        while (closed < _levels.Length && index % _levels[closed] == 0) closed++;
        if (closed == 0)
        {
            buffer.Append(Comma);
            return;
        }
        for (var j = 0; j < closed; j++) buffer.Append((byte)']');
        buffer.Append((byte)'\n');
        for (var j = 1; j < closed; j++) buffer.Append((byte)'\n');
        for (var j = closed; j < _levels.Length + 1; j++) buffer.Append((byte)' ');
        for (var j = 0; j < closed; j++) buffer.Append((byte)'[');
    }
}
