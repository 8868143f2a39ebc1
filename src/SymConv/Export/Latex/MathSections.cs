using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.LinearMaps;
using SymConv.Parsing;

namespace SymConv.Export.Latex;

/// <summary>
/// The typeset math of a matrix or a vector of any linear map, for LaTeX and Markdown alike: which
/// rows and columns fit, the array with its rules, and long entries listed as equations. The layer's
/// layout sets its M, C and y' through here, and so does <see cref="LatexSectionWriter"/> any other map.
/// </summary>
internal sealed class MathSections(LatexPolynomial printer, DisplayOptions display)
{
    public LatexPolynomial Printer => printer;

    /// <summary>The TeX of a zero entry.</summary>
    public string Zero => display.Zeros switch
    {
        ZeroStyle.Dot => "\\cdot",
        ZeroStyle.Blank => "",
        _ => "0",
    };

    /// <summary>The rows shown of some ranges, elided past --max-rows; null where some are left out.</summary>
    public IReadOnlyList<long?> PickRows(IReadOnlyList<RowRange> ranges, long? keep)
    {
        var rows = new RowSequence(ranges);
        return Elision.Pick(rows.Count, position => rows.At(position).Row, display.MaxRows, keep);
    }

    /// <summary>A map's rows, each computed once: they are read twice, to size the columns and to fill the cells.</summary>
    public static Func<long, IReadOnlyList<MatrixEntry>> Cached(ILinearMap map)
    {
        var cache = new Dictionary<long, IReadOnlyList<MatrixEntry>>();
        return row =>
        {
            if (!cache.TryGetValue(row, out var entries)) cache[row] = entries = map.Row(row);
            return entries;
        };
    }

    /// <summary>
    /// The columns shown: as --max-cols asks, else as many as fit the page, a column as wide as its
    /// widest shown entry (or what is set beside it, x' under M) plus the column gap.
    /// </summary>
    public IReadOnlyList<long?> PickColumns(long count, IReadOnlyList<long?> rows, Func<long, IReadOnlyList<MatrixEntry>> rowOf,
        Func<long, double>? alongside = null)
    {
        if (display.MaxColumns is { } max) return Elision.Pick(count, c => c, max);
        var widths = new Dictionary<long, double>();
        foreach (var row in rows)
        {
            if (row is not { } r) continue;
            foreach (var entry in rowOf(r))
                widths[entry.Column] = Math.Max(widths.GetValueOrDefault(entry.Column), printer.Width(entry.Value));
        }
        var zero = display.Zeros == ZeroStyle.Blank ? 0.0 : 0.5;
        return Elision.Fit(count, c => Math.Max(Math.Max(zero, widths.GetValueOrDefault(c)), alongside?.Invoke(c) ?? 0) + 1.0, MathLayout.FitWidth, 2.0);
    }

    /// <summary>The array of the shown rows and columns, rules between blocks.</summary>
    public string Matrix(IReadOnlyList<long?> rows, IReadOnlyList<long?> columns, Func<long, IReadOnlyList<MatrixEntry>> rowOf,
        long rowBlock, long columnBlock, long? highlight) =>
        LatexArray.Build(rows, columns, (row, column) =>
        {
            var found = BinarySearch(rowOf(row), column);
            return found is null ? Zero : printer.Format(found);
        }, rowBlock, columnBlock, highlight);

    /// <summary>A label with the rows shown, when not all are: M_{\text{rows } 0\text{ to }3,\,7}.</summary>
    public static string RowsLabel(string label, IReadOnlyList<RowRange>? rows) =>
        rows is null ? label : label + "_{\\text{rows } " + string.Join(",\\,", rows.Select(r =>
            r.First == r.Last ? Integer(r.First) : Integer(r.First) + "\\text{ to }" + Integer(r.Last))) + "}";

    /// <summary>
    /// A vector as a column, or, when some entry is too long for one, as a list of equations broken
    /// between terms (y'_{3} &amp;= …), free to break across pages.
    /// </summary>
    public MathBlock Vector(AffineVectorSection vector, IReadOnlyList<long?> rows, Func<long, Polynomial> entryOf, long? highlight)
    {
        var name = LatexSectionWriter.Tex(vector.Label);
        var narrow = rows.All(r => r is not { } row || printer.Width(entryOf(row)) <= MathLayout.ColumnEntryWidth);
        if (narrow)
        {
            var label = vector.Sum is not { } sum ? RowsLabel(name, vector.Rows)
                : vector.AllRows ? name + " = " + sum
                : RowsLabel(name, vector.Rows) + " = " + RowsLabel("(" + sum + ")", vector.Rows);
            // The highlighted entry carries its row number, which a zero row shows nowhere else.
            string Entry(long row, long _) => row == highlight
                ? $"{name}_{{{Integer(row)}}} = {printer.Format(entryOf(row))}"
                : printer.Format(entryOf(row));
            return new MathBlock(MathBlockKind.Fitted, [label + " = " + LatexArray.Build(rows, [0L], Entry, vector.RowBlock, 0, highlight)], []);
        }
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
            var coloured = r == highlight;
            var value = entryOf(r);
            var terms = printer.Terms(value);
            var valueTerms = value.Terms;
            var chunk = new StringBuilder();
            var width = 0.0;
            var first = true;
            for (var t = 0; t < terms.Count; t++)
            {
                var termWidth = valueTerms.Length == 0 ? 0.5 : printer.TermWidth(valueTerms[t], t == 0);
                if (chunk.Length > 0 && width + termWidth > MathLayout.LineWidth - 6)
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
                var entryName = coloured ? $"\\textcolor{{{LatexArray.HighlightColour}}}{{{name}_{{{Integer(r)}}}}}" : $"{name}_{{{Integer(r)}}}";
                lines.Add(first ? $"{entryName} &= {body}" : $"&\\quad {body}");
                gaps.Add(first && previous is { } p && LatexArray.RuleBetween(p, r, vector.RowBlock));
                chunk.Clear();
                width = 0;
            }
        }
        return new MathBlock(MathBlockKind.Aligned, lines, gaps);
    }

    private static Polynomial? BinarySearch(IReadOnlyList<MatrixEntry> entries, long column)
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

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
}
