using System.Globalization;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Export.Latex;

// M, C and x': which columns fit, and the arrays themselves.
internal sealed partial class MathLayout
{
    // M and x' show the same columns, so that they line up: a column is as wide as its widest
    // shown entry of M or its entry of x'.
    private IReadOnlyList<long?> PickColumns()
    {
        var input = _report.Layer.Input;
        return PickColumns(_report.Matrix.Columns, Rows, MatrixRow, c => Printer.Width(input[c]));
    }

    // Rows of M and C are read twice, to size the columns and to fill the cells: computed once.
    private Func<long, IReadOnlyList<LinearMaps.MatrixEntry>>? _matrixRow;
    private Func<long, IReadOnlyList<LinearMaps.MatrixEntry>>? _forwardRow;

    private Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> MatrixRow => _matrixRow ??= Cached(_report.Matrix.Row);

    private Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> ForwardRow => _forwardRow ??= Cached(_report.Twin!.Row);

    private static Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> Cached(Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> rowOf)
    {
        var cache = new Dictionary<long, IReadOnlyList<LinearMaps.MatrixEntry>>();
        return row =>
        {
            if (!cache.TryGetValue(row, out var entries)) cache[row] = entries = rowOf(row);
            return entries;
        };
    }

    private IReadOnlyList<long?> PickColumns(long count, IReadOnlyList<long?> rows, Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> rowOf,
        Func<long, double>? alongside = null)
    {
        if (_display.MaxColumns is { } max) return Elision.Pick(count, c => c, max);
        // Fit the page: a column is as wide as its widest shown entry plus the column gap.
        var widths = new Dictionary<long, double>();
        foreach (var row in rows)
        {
            if (row is not { } r) continue;
            foreach (var entry in rowOf(r))
                widths[entry.Column] = Math.Max(widths.GetValueOrDefault(entry.Column), Printer.Width(entry.Value));
        }
        var zero = _display.Zeros == ZeroStyle.Blank ? 0.0 : 0.5;
        return Elision.Fit(count, c => Math.Max(Math.Max(zero, widths.GetValueOrDefault(c)), alongside?.Invoke(c) ?? 0) + 1.0, FitWidth, 2.0);
    }

    /// <summary>
    /// x' as a transposed row, with the columns M shows. When it is too long for one line even so
    /// (--max-cols 0 on a big input), it is cut into pieces, each a display of its own labelled by
    /// the indices it holds (x'_{0 \ldots 11} = […]ᵀ), so the pieces cannot be read as rows of a
    /// matrix; cuts fall between blocks where they can.
    /// </summary>
    private MathBlock InputVector()
    {
        var input = _report.Layer.Input;
        var columns = Columns;
        double Width(long? c) => c is { } column ? Printer.Width(input[column]) + 1.0 : 1.5;
        string Entry(long _, long c) => Printer.Format(input[c]);
        if (columns.Sum(Width) <= FitWidth)
            return Fitted("x' = " + LatexArray.Build([0L], columns, Entry, 0, _report.ColumnBlock) + "^{\\top}");

        // Blocks: runs of shown entries between rules or ellipses.
        var blocks = new List<List<long?>>();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i == 0 || columns[i] is null || columns[i - 1] is null || LatexArray.RuleBetween(columns[i - 1], columns[i], _report.ColumnBlock))
                blocks.Add([]);
            blocks[^1].Add(columns[i]);
        }
        // As wide as M may be before it is scaled, so the pieces are set at M's size.
        const double PieceWidth = FitWidth - 6;
        var pieces = new List<List<long?>>();
        var width = 0.0;
        foreach (var block in blocks)
        {
            var blockWidth = block.Sum(Width);
            if (pieces.Count > 0 && width + blockWidth <= PieceWidth) { pieces[^1].AddRange(block); width += blockWidth; continue; }
            pieces.Add([]);
            width = 0;
            foreach (var column in block)
            {
                if (pieces[^1].Count > 0 && width + Width(column) > PieceWidth) { pieces.Add([]); width = 0; }
                pieces[^1].Add(column);
                width += Width(column);
            }
        }
        // A last piece of one or two entries joins the one before rather than stand alone.
        if (pieces.Count > 1 && pieces[^1].Count < Elision.LeastElided)
        {
            pieces[^2].AddRange(pieces[^1]);
            pieces.RemoveAt(pieces.Count - 1);
        }
        var lines = new List<string>();
        foreach (var piece in pieces)
        {
            var shown = piece.Where(c => c is not null).Select(c => c!.Value).ToList();
            if (shown.Count == 0) continue;
            var label = shown[0] == shown[^1] ? Integer(shown[0]) : Integer(shown[0]) + " \\ldots " + Integer(shown[^1]);
            lines.Add($"x'_{{{label}}} = " + LatexArray.Build([0L], piece, Entry, 0, _report.ColumnBlock) + "^{\\top}");
        }
        return new MathBlock(MathBlockKind.Fitted, lines, lines.Select(_ => false).ToList());
    }

    private string Matrix() =>
        Matrix(Rows, Columns, MatrixRow, _report.RowBlock, _report.ColumnBlock, _display.Highlight);

    /// <summary>The rows of C, the forward matrix of a transposed layer, that are shown.</summary>
    public IReadOnlyList<long?> ForwardRows => _forwardRows ??= Elision.Pick(_report.Twin!.Rows, r => r, _display.MaxRows);

    private IReadOnlyList<long?>? _forwardRows;

    // C's rows are x's entries and its columns y's, so its rules fall between x's channels and
    // after every block of the output's last dimension.
    private string ForwardMatrix()
    {
        var columns = PickColumns(_report.Twin!.Columns, ForwardRows, ForwardRow);
        return Matrix(ForwardRows, columns, ForwardRow, _report.Geometry.InputShape.Size / _report.Geometry.InputShape[0], _report.OutputColumnBlock, null);
    }

    private string Matrix(IReadOnlyList<long?> rows, IReadOnlyList<long?> columns, Func<long, IReadOnlyList<LinearMaps.MatrixEntry>> rowOf,
        long rowBlock, long columnBlock, long? highlight)
    {
        return LatexArray.Build(rows, columns, (row, column) =>
        {
            var found = BinarySearch(rowOf(row), column);
            return found is null ? Zero : Printer.Format(found);
        }, rowBlock, columnBlock, highlight);
    }

    private static Polynomial? BinarySearch(IReadOnlyList<LinearMaps.MatrixEntry> entries, long column)
    {
        int low = 0, high = entries.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var c = entries[middle].Column;
            if (c == column) return entries[middle].Value;
            if (c < column) low = middle + 1; else high = middle - 1;
        }
        return null;
    }
}
