using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Latex;

// y' as a column or a list of equations, and y.
internal sealed partial class MathLayout
{
    // p, the padding term: one entry per row of M, shown for the rows y' shows.
    private MathBlock PaddingVector()
    {
        var label = _report.AllRows ? "p" : MatrixLabel("p");
        return Fitted(label + " = " + LatexArray.Build(Rows, [0L], (row, _) => Printer.Format(_report.Matrix.PaddingTerm(row)), _report.RowBlock, 0, _display.Highlight));
    }

    private MathBlock OutputVector() => _sections.Vector(_report.OutputSection, Rows, _report.Output, _display.Highlight);

    private MathBlock OutputTensor()
    {
        var shape = _report.Geometry.OutputShape;
        var wide = false;
        // The first thousand entries decide; y of a big layer is elided anyway.
        for (long i = 0; i < Math.Min(shape.Size, 1000) && !wide; i++)
            wide = Printer.Width(_report.Output(i)) > TensorEntryWidth;
        // Sums too long for a grid are written once, in y'; y is y' reshaped, so the rule that
        // finds each entry there says all a grid of placeholders would, in one line.
        return wide
            ? Fitted(ReshapeRule(shape))
            : Tensor("y", shape, i => Printer.Format(_report.Output(i)), i => Printer.Width(_report.Output(i)));
    }

    // y_{u,v,w} = y'_{16u + 4v + w}, \quad 0 \le u < 2, …: row-major, as y' flattens y.
    private static string ReshapeRule(Shape shape)
    {
        var letters = shape.Rank <= 3 ? new[] { "u", "v", "w" }[(3 - shape.Rank)..] : [.. Enumerable.Range(0, shape.Rank).Select(i => $"i_{{{i}}}")];
        var place = new List<string>();
        long stride = 1;
        for (var axis = shape.Rank - 1; axis >= 0; axis--)
        {
            if (shape[axis] > 1) place.Insert(0, (stride == 1 ? "" : Integer(stride) + (letters[axis].Length > 1 ? " " : "")) + letters[axis]);
            stride *= shape[axis];
        }
        var ranges = Enumerable.Range(0, shape.Rank).Select(axis => $"0 \\le {letters[axis]} < {Integer(shape[axis])}");
        return $"y_{{{string.Join(",", letters)}}} = y'_{{{(place.Count == 0 ? "0" : string.Join(" + ", place))}}}, \\quad " + string.Join(",\\ ", ranges);
    }
}
