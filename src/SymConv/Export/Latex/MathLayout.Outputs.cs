using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Latex;

// y' as a column or a list of equations, and y.
internal sealed partial class MathLayout
{
    private string OutputLabel => _report.OutputSum;

    // p, the padding term: one entry per row of M, shown for the rows y' shows.
    private MathBlock PaddingVector()
    {
        var label = _report.AllRows ? "p" : MatrixLabel("p");
        return Fitted(label + " = " + LatexArray.Build(Rows, [0L], (row, _) => Printer.Format(_report.Matrix.PaddingTerm(row)), _report.RowBlock, 0, _display.Highlight));
    }

    private MathBlock OutputVector()
    {
        var rows = Rows;
        var narrow = rows.All(r => r is not { } row || Printer.Width(_report.Output(row)) <= ColumnEntryWidth);
        if (narrow)
        {
            var label = _report.AllRows ? "y' = " + OutputLabel : MatrixLabel("y'") + " = " + MatrixLabel("(" + OutputLabel + ")");
            // The highlighted entry carries its row number, which a zero row shows nowhere else.
            string Entry(long row, long _) => row == _display.Highlight
                ? $"y'_{{{Integer(row)}}} = {Printer.Format(_report.Output(row))}"
                : Printer.Format(_report.Output(row));
            return Fitted(label + " = " + LatexArray.Build(rows, [0L], Entry, _report.RowBlock, 0, _display.Highlight));
        }
        // Long sums: one equation per neuron, broken between terms, free to break across pages.
        var lines = new List<string>();
        var gaps = new List<bool>();
        long? previous = null;
        foreach (var row in rows)
        {
            if (row is not { } r)
            {
                lines.Add("\\vdots &");
                gaps.Add(false);
                previous = null;
                continue;
            }
            var coloured = r == _display.Highlight;
            var value = _report.Output(r);
            var terms = Printer.Terms(value);
            var valueTerms = value.Terms;
            var chunk = new System.Text.StringBuilder();
            var width = 0.0;
            var first = true;
            for (var t = 0; t < terms.Count; t++)
            {
                var termWidth = valueTerms.Length == 0 ? 0.5 : Printer.TermWidth(valueTerms[t], t == 0);
                if (chunk.Length > 0 && width + termWidth > LineWidth - 6)
                {
                    Flush();
                    first = false;
                }
                chunk.Append(terms[t]);
                width += termWidth;
            }
            Flush();
            previous = r;

            void Flush()
            {
                var body = (first ? "" : "{}") + chunk;
                if (coloured) body = $"\\textcolor{{{LatexArray.HighlightColour}}}{{{body}}}";
                var name = coloured ? $"\\textcolor{{{LatexArray.HighlightColour}}}{{y'_{{{Integer(r)}}}}}" : $"y'_{{{Integer(r)}}}";
                lines.Add(first ? $"{name} &= {body}" : $"&\\quad {body}");
                gaps.Add(first && previous is { } p && LatexArray.RuleBetween(p, r, _report.RowBlock));
                chunk.Clear();
                width = 0;
            }
        }
        return new MathBlock(MathBlockKind.Aligned, lines, gaps);
    }

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
