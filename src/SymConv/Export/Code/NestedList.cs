using System.Text;
using SymConv.Model;

namespace SymConv.Export.Code;

/// <summary>A tensor as nested list literals, one innermost row per line, for the code formats.</summary>
internal static class NestedList
{
    /// <summary>Writes the nested lists of a tensor.</summary>
    /// <param name="shape">The tensor's shape.</param>
    /// <param name="entry">The code of the entry at a flat index.</param>
    /// <param name="open">Opens a list: [ or {.</param>
    /// <param name="close">Closes a list: ] or }.</param>
    public static string Format(Shape shape, Func<long, string> entry, char open, char close)
    {
        var text = new StringBuilder();
        long next = 0;
        Level(0, "");
        return text.ToString();

        void Level(int axis, string pad)
        {
            text.Append(open);
            if (axis == shape.Rank - 1)
            {
                for (var i = 0; i < shape[axis]; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(entry(next++));
                }
                text.Append(close);
                return;
            }
            for (var i = 0; i < shape[axis]; i++)
            {
                text.Append('\n').Append(pad).Append("  ");
                Level(axis + 1, pad + "  ");
                if (i < shape[axis] - 1) text.Append(',');
            }
            text.Append('\n').Append(pad).Append(close);
        }
    }
}
