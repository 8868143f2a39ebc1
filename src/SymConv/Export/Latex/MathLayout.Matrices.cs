using System.Globalization;
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
        return _sections.PickColumns(_report.Matrix.Columns, Rows, MatrixRow, c => Printer.Width(input[c]));
    }

    // Rows of M and C are read twice, to size the columns and to fill the cells: computed once.
    private Func<long, IReadOnlyList<MatrixEntry>>? _matrixRow;
    private Func<long, IReadOnlyList<MatrixEntry>>? _forwardRow;

    private Func<long, IReadOnlyList<MatrixEntry>> MatrixRow => _matrixRow ??= MathSections.Cached(_report.Matrix);

    private Func<long, IReadOnlyList<MatrixEntry>> ForwardRow => _forwardRow ??= MathSections.Cached(_report.Twin!);

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
        _sections.Matrix(Rows, Columns, MatrixRow, _report.MatrixSection.RowBlock, _report.MatrixSection.ColumnBlock, _display.Highlight);

    private Func<long, IReadOnlyList<MatrixEntry>>? _patchRow;

    private Func<long, IReadOnlyList<MatrixEntry>> PatchRow => _patchRow ??= MathSections.Cached(_report.PatchSection.Map);

    /// <summary>The columns of U(x) shown: its own, kernel entries, which nothing is set beside.</summary>
    public IReadOnlyList<long?> PatchColumns => _patchColumns ??= _sections.PickColumns(_report.PatchSection.Map.Columns, Rows, PatchRow);

    private IReadOnlyList<long?>? _patchColumns;

    // U(x) shows M's rows (row s of both is neuron s, highlighted alike), its rules between y's
    // channels and its bars after each kernel row (the report's PatchSection says so).
    private string PatchMatrix()
    {
        var patches = _report.PatchSection;
        return _sections.Matrix(Rows, PatchColumns, PatchRow, patches.RowBlock, patches.ColumnBlock, _display.Highlight);
    }

    /// <summary>The rows of C, the forward matrix of a transposed layer, that are shown.</summary>
    public IReadOnlyList<long?> ForwardRows => _forwardRows ??= _sections.PickRows(_report.ForwardSection!.RowRanges, null);

    private IReadOnlyList<long?>? _forwardRows;

    // C's rows are x's entries and its columns y's, so its rules fall between x's channels and
    // after every block of the output's last dimension (the report's ForwardSection says so).
    private string ForwardMatrix()
    {
        var forward = _report.ForwardSection!;
        var columns = _sections.PickColumns(forward.Map.Columns, ForwardRows, ForwardRow);
        return _sections.Matrix(ForwardRows, columns, ForwardRow, forward.RowBlock, forward.ColumnBlock, null);
    }
}
