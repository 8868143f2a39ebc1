using System.Text;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// A tensor in the text notation, its entries already formatted: the seed's nested brackets (one
/// level a line, the innermost rows on one line) or NumPy's indented layout. The layer report and
/// the backward pass write their tensors with this one writer.
/// </summary>
internal static class TensorText
{
    /// <summary>Writes the tensor of <paramref name="shape"/> whose flat entry i reads <paramref name="text"/>(i).</summary>
    public static void Write(Shape shape, Func<long, string> text, string separator, TextLayout layout, TextWriter output)
    {
        if (layout == TextLayout.Indented)
        {
            WriteIndented(shape, text, separator, output);
            return;
        }
        long next = 0;
        WriteLevel(0);

        void WriteLevel(int axis)
        {
            if (axis == shape.Rank - 1)
            {
                output.Write('[');
                for (var i = 0; i < shape[axis]; i++)
                {
                    if (i > 0) output.Write(separator);
                    output.Write(text(next++));
                }
                output.Write("]\n");
                return;
            }
            output.Write("[\n");
            for (var i = 0; i < shape[axis]; i++)
                WriteLevel(axis + 1);
            output.Write("]\n");
        }
    }

    // NumPy's layout: [[[1 2 3]\n  [4 5 6]]\n\n [[7 8 9]\n  [1 2 3]]]. Between two blocks, as many
    // brackets close as levels end, a blank line for each beyond the first, and the next row is
    // indented by the levels still open. Written a row at a time, so a big tensor is never one string.
    private static void WriteIndented(Shape shape, Func<long, string> text, string separator, TextWriter output)
    {
        var width = shape[shape.Rank - 1];
        var rows = shape.Size / width;
        var line = new StringBuilder(new string('[', shape.Rank));
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
                line.Append(']', closed).Append('\n', closed).Append(' ', shape.Rank - closed).Append('[', closed);
            }
            for (var i = 0; i < width; i++)
            {
                if (i > 0) line.Append(separator);
                line.Append(text(row * width + i));
            }
            output.Write(line);
            line.Clear();
        }
        output.Write(new string(']', shape.Rank) + "\n");
    }
}
