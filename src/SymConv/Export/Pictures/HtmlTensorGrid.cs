using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Pictures;

/// <summary>
/// A tensor as HTML tables, one per plane of its last two axes (one row for a vector), labelled by the
/// leading indices: K by (out, in), x and y by channel. Each cell carries the flat index the page's
/// script looks it up by (data-col for x', data-row for y').
/// </summary>
internal static class HtmlTensorGrid
{
    /// <summary>
    /// Tables of a tensor whose index is (leading…, rows, columns) in display order; <paramref name="flat"/>
    /// maps a display index to the cell's flat index, <paramref name="text"/> gives its content.
    /// </summary>
    public static string Tables(string name, IReadOnlyList<int> shape, Func<int[], long> flat, Func<long, string> text, string attribute)
    {
        var html = new StringBuilder();
        var rank = shape.Count;
        var leadingRank = Math.Max(0, rank - 2);
        var leadingShape = new Shape([.. shape.Take(leadingRank)]);
        var rows = rank >= 2 ? shape[^2] : 1;
        var columns = shape[^1];
        for (long p = 0; p < (leadingRank == 0 ? 1 : leadingShape.Size); p++)
        {
            var leading = leadingRank == 0 ? [] : leadingShape.Unflatten(p);
            var label = name + "[" + string.Join(",", leading.Select(i => Svg.N(i)).Concat(Enumerable.Repeat(":", Math.Min(rank, 2)))) + "]";
            html.Append("<table class=\"grid\"><caption>").Append(Svg.Escape(label)).Append("</caption>\n");
            for (var r = 0; r < rows; r++)
            {
                html.Append("<tr>");
                for (var c = 0; c < columns; c++)
                {
                    int[] index = rank >= 2 ? [.. leading, r, c] : [c];
                    var at = flat(index);
                    html.Append($"<td {attribute}=\"{at}\" title=\"{Svg.Escape(name)}[{string.Join(",", index)}]\">{Svg.Escape(text(at))}</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }
        return html.ToString();
    }

    /// <summary>The tables of a layer's tensor in channel-first display order, whatever its layout.</summary>
    public static string Layout(string name, Shape shape, bool channelsLast, Func<long, string> text, string attribute)
    {
        int[] display = channelsLast ? [shape[shape.Rank - 1], .. shape.Dims.Take(shape.Rank - 1)] : [.. shape.Dims];
        return Tables(name, display, index => shape.Flatten(channelsLast ? [.. index[1..], index[0]] : index), text, attribute);
    }

    /// <summary>The text of an entry, short enough for a cell.</summary>
    public static string Short(string text) => text.Length <= 14 ? text : text[..12] + "…";

    /// <summary>The plain text of a polynomial as the page shows it.</summary>
    public static Func<long, string> Entries(Tensor<Polynomial> tensor, Func<Polynomial, string> text) => i => Short(text(tensor[i]));
}
