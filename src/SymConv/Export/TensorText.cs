using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// A tensor in the text notation, its entries already formatted: the seed's nested brackets (one
/// level a line, the innermost rows on one line) or NumPy's indented layout. The layer report and
/// the backward pass write their tensors with this one writer, as strings or as UTF-8 bytes.
/// </summary>
internal static class TensorText
{
    /// <summary>Writes the tensor of <paramref name="shape"/> whose flat entry i reads <paramref name="text"/>(i).</summary>
    public static void Write(Shape shape, Func<long, string> text, string separator, TextLayout layout, TextWriter output) =>
        Write(shape, i => output.Write(text(i)), output.Write, separator, layout);

    /// <summary>
    /// Writes the tensor of <paramref name="shape"/>: <paramref name="writeEntry"/>(i) writes flat
    /// entry i, <paramref name="write"/> the brackets, separators and line breaks between them.
    /// </summary>
    public static void Write(Shape shape, Action<long> writeEntry, Action<string> write, string separator, TextLayout layout)
    {
        if (layout == TextLayout.Indented)
        {
            WriteIndented(shape, writeEntry, write, separator);
            return;
        }
        long next = 0;
        WriteLevel(0);

        void WriteLevel(int axis)
        {
            if (axis == shape.Rank - 1)
            {
                write("[");
                for (var i = 0; i < shape[axis]; i++)
                {
                    if (i > 0) write(separator);
                    writeEntry(next++);
                }
                write("]\n");
                return;
            }
            write("[\n");
            for (var i = 0; i < shape[axis]; i++)
                WriteLevel(axis + 1);
            write("]\n");
        }
    }

    // NumPy's layout: [[[1 2 3]\n  [4 5 6]]\n\n [[7 8 9]\n  [1 2 3]]]. Between two blocks, as many
    // brackets close as levels end, a blank line for each beyond the first, and the next row is
    // indented by the levels still open. Written a piece at a time, so a big tensor is never one string.
    private static void WriteIndented(Shape shape, Action<long> writeEntry, Action<string> write, string separator)
    {
        var width = shape[shape.Rank - 1];
        var rows = shape.Size / width;
        write(new string('[', shape.Rank));
        for (long row = 0; row < rows; row++)
        {
            if (row > 0)
            {
                var closed = 1;
                long block = 1;
                for (var axis = shape.Rank - 2; axis > 0; axis--)
                {
                    block *= shape[axis];
                    if (row % block != 0) break;
                    closed++;
                }
                write(new string(']', closed) + new string('\n', closed) + new string(' ', shape.Rank - closed) + new string('[', closed));
            }
            for (var i = 0; i < width; i++)
            {
                if (i > 0) write(separator);
                writeEntry(row * width + i);
            }
        }
        write(new string(']', shape.Rank) + "\n");
    }
}
