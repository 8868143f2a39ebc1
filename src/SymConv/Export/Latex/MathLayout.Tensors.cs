using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Latex;

// K, x, b and y: tensors as vectors, matrices, or labelled slices of matrices.
internal sealed partial class MathLayout
{
    /// <summary>
    /// A tensor as vectors and matrices: rank 1 and 2 directly, higher ranks as the matrices of
    /// their last two dimensions labelled by the leading indices (K_{0,0}, K_{0,1}, …), a new line
    /// for each value of the first index.
    /// </summary>
    private MathBlock Tensor(string label, Shape shape, Func<long, string> entry, Func<long, double> width)
    {
        // Columns: as asked, or as many as fit the line, judged by the first slice's shown rows
        // (the entries of a tensor are alike from slice to slice).
        IReadOnlyList<long?> PickColumns(int count, IReadOnlyList<long?> rowsShown, long rowStride) =>
            _display.MaxColumns is { } max
                ? Elision.Pick(count, i => i, max)
                : Elision.Fit(count, c => rowsShown.Where(r => r is not null).Max(r => width(r!.Value * rowStride + c)) + 1.0, LineWidth - 6, 2.0);
        if (shape.Rank == 1)
            return Fitted(label + " = " + LatexArray.Build([0L], PickColumns(shape[0], [0L], 0), (_, c) => entry(c), 0, 0));
        var rows = shape[shape.Rank - 2];
        var columns = shape[shape.Rank - 1];
        var plane = (long)rows * columns;
        var shownRows = Elision.Pick(rows, i => i, _display.MaxRows);
        var shownColumns = PickColumns(columns, shownRows, columns);
        string Slice(long slice) => LatexArray.Build(shownRows, shownColumns, (r, c) => entry(slice * plane + r * columns + c), 0, 0);
        if (shape.Rank == 2)
            return Fitted(label + " = " + Slice(0));

        var slices = shape.Size / plane;
        var leading = new Shape(shape.Dims.Take(shape.Rank - 2).ToArray());
        double SliceWidth(long slice) => shownColumns.Sum(c => c is { } column ? shownRows.Where(r => r is not null).Max(r => width(slice * plane + r!.Value * columns + column)) + 1.0 : 1.5) + 4;
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var lineWidth = 0.0;
        var firstIndex = -1;
        // Start a line for each value of the first index (each output channel of K) only when
        // it holds several slices; a single slice each flows along the line.
        var grouped = slices > leading[0];
        foreach (var slice in Elision.Pick(slices, i => i, _display.MaxRows))
        {
            string piece;
            var index = slice is { } s ? leading.Unflatten(s) : null;
            if (index is null) piece = "\\cdots";
            else piece = $"{label}_{{{string.Join(",", index.Select(i => i.ToString(CultureInfo.InvariantCulture)))}}} = {Slice(slice!.Value)}";
            var sliceWidth = slice is { } shown ? SliceWidth(shown) : 1.5;
            var newLine = line.Length > 0 && ((grouped && index is not null && index[0] != firstIndex) || lineWidth + sliceWidth > LineWidth);
            if (newLine)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            if (line.Length > 0) line.Append(",\\quad ");
            line.Append(piece);
            lineWidth += sliceWidth;
            if (index is not null) firstIndex = index[0];
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return new MathBlock(MathBlockKind.Fitted, lines, lines.Select((_, i) => i > 0).ToList());
    }
}
