using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Latex;

/// <summary>
/// Lays a report out as typeset math, section by section, for LaTeX and Markdown alike: which
/// rows and columns are shown, where rules fall, where long sums break. Widths are estimated in
/// ems against the text width of a standard article.
/// </summary>
public sealed class MathLayout
{
    /// <summary>About the width of a line of display math in an article, in ems.</summary>
    public const double LineWidth = 32;

    // M and x' are elided to fit this width: wider than the line, since the document sets a wide
    // display a size or two smaller, and a whole matrix in script size (Dumoulin and Visin's 4×16)
    // reads better than one with its middle elided.
    private const double FitWidth = LineWidth * 1.5;

    // A y' entry longer than this is listed as an equation of its own rather than in a column.
    private const double ColumnEntryWidth = 14;

    // A y entry longer than this is shown by its place in y' (y'_{k}) rather than written out.
    private const double TensorEntryWidth = 12;

    private readonly Report _report;
    private readonly DisplayOptions _display;
    private IReadOnlyList<long?>? _rows;
    private IReadOnlyList<long?>? _columns;

    /// <summary>Lays out a report.</summary>
    public MathLayout(Report report)
    {
        _report = report;
        _display = report.Options.Display;
        if (_display.Highlight is { } row && (row < 0 || row >= report.Matrix.Rows))
            throw new InputException(ErrorMessages.HighlightOutOfRange(row, report.Matrix.Rows));
        Printer = new LatexPolynomial(report.Symbols, _display.UnitCoefficients);
    }

    /// <summary>The polynomial printer.</summary>
    public LatexPolynomial Printer { get; }

    /// <summary>The rows of M and y' shown; null where some are left out.</summary>
    public IReadOnlyList<long?> Rows => _rows ??= PickRows();

    /// <summary>The columns of M and x' shown; null where some are left out.</summary>
    public IReadOnlyList<long?> Columns => _columns ??= PickColumns();

    /// <summary>The math of one section.</summary>
    public MathBlock Section(Section section)
    {
        var layer = _report.Layer;
        return section switch
        {
            Export.Section.Kernel => Tensor("K", layer.Kernel.Shape, i => Printer.Format(layer.Kernel[i]), i => Printer.Width(layer.Kernel[i])),
            Export.Section.Input => Tensor("x", layer.Input.Shape, i => Printer.Format(layer.Input[i]), i => Printer.Width(layer.Input[i])),
            Export.Section.Bias => Tensor("b", layer.Bias!.Shape, i => Printer.Format(layer.Bias[i]), i => Printer.Width(layer.Bias[i])),
            Export.Section.InputVector => InputVector(),
            Export.Section.Matrix => Fitted(MatrixLabel("M") + " = " + Matrix()),
            Export.Section.ForwardMatrix => Fitted("C = " + ForwardMatrix()),
            Export.Section.OutputVector => OutputVector(),
            Export.Section.Output => OutputTensor(),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
    }

    /// <summary>The TeX of a zero entry in M.</summary>
    public string Zero => _display.Zeros switch
    {
        ZeroStyle.Dot => "\\cdot",
        ZeroStyle.Blank => "",
        _ => "0",
    };

    private static MathBlock Fitted(params string[] lines) => new(MathBlockKind.Fitted, lines, []);

    private string MatrixLabel(string label) =>
        _report.AllRows ? label : label + "_{\\text{rows } " + string.Join(",\\,", _report.RowRanges.Select(r =>
            r.First == r.Last ? Integer(r.First) : Integer(r.First) + "\\text{ to }" + Integer(r.Last))) + "}";

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<long?> PickRows()
    {
        var ranges = _report.RowRanges;
        return Elision.Pick(_report.SelectedRowCount, position =>
        {
            foreach (var range in ranges)
            {
                var length = range.Last - range.First + 1;
                if (position < length) return range.First + position;
                position -= length;
            }
            throw new ArgumentOutOfRangeException(nameof(position));
        }, _display.MaxRows, _display.Highlight);
    }

    private IReadOnlyList<long?> PickColumns() => PickColumns(_report.Matrix.Columns, Rows, _report.Matrix.Row);

    private IReadOnlyList<long?> PickColumns(long count, IReadOnlyList<long?> rows, Func<long, IReadOnlyList<Convolution.MatrixEntry>> rowOf)
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
        return Elision.Fit(count, c => Math.Max(zero, widths.GetValueOrDefault(c)) + 1.0, FitWidth, 2.0);
    }

    /// <summary>
    /// x' as a transposed row; when it is too long for one line even after eliding (--max-cols 0),
    /// it continues over several lines, broken between blocks where it can be.
    /// </summary>
    private MathBlock InputVector()
    {
        var input = _report.Layer.Input;
        var columns = InputColumns();
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
        var lines = new List<List<long?>>();
        var width = 0.0;
        foreach (var block in blocks)
        {
            var blockWidth = block.Sum(Width);
            if (lines.Count > 0 && width + blockWidth <= LineWidth - 6) { lines[^1].AddRange(block); width += blockWidth; continue; }
            lines.Add([]);
            width = 0;
            foreach (var column in block)
            {
                if (lines[^1].Count > 0 && width + Width(column) > LineWidth - 6) { lines.Add([]); width = 0; }
                lines[^1].Add(column);
                width += Width(column);
            }
        }
        var text = new System.Text.StringBuilder("\\begin{aligned}\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var array = LatexArray.Build([0L], lines[i], Entry, 0, _report.ColumnBlock);
            // Each piece is its own array: open the bracket on the first, close it on the last,
            // and draw the block rule at a break as a bar at the end of the line.
            if (i > 0) array = "\\left." + array["\\left[".Length..];
            if (i < lines.Count - 1)
            {
                var rule = LatexArray.RuleBetween(lines[i][^1], lines[i + 1][0], _report.ColumnBlock);
                array = array[..^"\\right]".Length] + (rule ? "\\right|" : "\\right.");
            }
            text.Append(i == 0 ? "x' = {} & " : " \\\\\n& ").Append(array).Append(i == lines.Count - 1 ? "^{\\top}" : "");
        }
        return Fitted(text.Append("\n\\end{aligned}").ToString());
    }

    // x' is elided on its own: its entries are usually wider than M's.
    private IReadOnlyList<long?> InputColumns()
    {
        var input = _report.Layer.Input;
        if (_display.MaxColumns is { } max) return Elision.Pick(input.Shape.Size, c => c, max);
        return Elision.Fit(input.Shape.Size, c => Printer.Width(input[c]) + 1.0, FitWidth, 2.0);
    }

    private string Matrix() =>
        Matrix(Rows, Columns, _report.Matrix.Row, _report.RowBlock, _report.ColumnBlock, _display.Highlight);

    /// <summary>The rows of C, the forward matrix of a transposed layer, that are shown.</summary>
    public IReadOnlyList<long?> ForwardRows => _forwardRows ??= Elision.Pick(_report.Twin!.Rows, r => r, _display.MaxRows);

    private IReadOnlyList<long?>? _forwardRows;

    // C's rows are x's entries and its columns y's, so its rules fall between x's channels and
    // after every block of the output's last dimension.
    private string ForwardMatrix()
    {
        var twin = _report.Twin!;
        var columns = PickColumns(twin.Columns, ForwardRows, twin.Row);
        return Matrix(ForwardRows, columns, twin.Row, _report.Geometry.InputPlane, _report.Geometry.OutputSize[^1], null);
    }

    private string Matrix(IReadOnlyList<long?> rows, IReadOnlyList<long?> columns, Func<long, IReadOnlyList<Convolution.MatrixEntry>> rowOf,
        long rowBlock, long columnBlock, long? highlight)
    {
        var cache = new Dictionary<long, IReadOnlyList<Convolution.MatrixEntry>>();
        return LatexArray.Build(rows, columns, (row, column) =>
        {
            if (!cache.TryGetValue(row, out var entries)) cache[row] = entries = rowOf(row);
            var found = BinarySearch(entries, column);
            return found is null ? Zero : Printer.Format(found);
        }, rowBlock, columnBlock, highlight);
    }

    private static Polynomial? BinarySearch(IReadOnlyList<Convolution.MatrixEntry> entries, long column)
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

    private string OutputLabel => _report.Layer.Bias is null ? "M x'" : "M x' + b";

    private MathBlock OutputVector()
    {
        var rows = Rows;
        var narrow = rows.All(r => r is not { } row || Printer.Width(_report.Output(row)) <= ColumnEntryWidth);
        if (narrow)
        {
            var label = _report.AllRows ? "y' = " + OutputLabel : MatrixLabel("y'") + " = " + MatrixLabel("(" + OutputLabel + ")");
            return Fitted(label + " = " + LatexArray.Build(rows, [0L], (row, _) => Printer.Format(_report.Output(row)), _report.RowBlock, 0, _display.Highlight));
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
        // Sums too long for a grid are shown by where they sit in y': y is y' reshaped.
        return wide
            ? Tensor("y", shape, i => $"y'_{{{Integer(i)}}}", i => 1.2 + 0.4 * Integer(i).Length)
            : Tensor("y", shape, i => Printer.Format(_report.Output(i)), i => Printer.Width(_report.Output(i)));
    }

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
