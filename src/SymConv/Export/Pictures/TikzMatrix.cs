using System.Text;
using SymConv.Export.Latex;

namespace SymConv.Export.Pictures;

/// <summary>
/// The matrix pictures as TikZ: the same cells, colours, bands, rules, numbers and legend as the
/// SVG (a sum's cell split into strips of its terms' colours), or the density picture at most
/// <see cref="MaxBins"/> bins a side, which pdflatex sets in seconds.
/// </summary>
internal static class TikzMatrix
{
    /// <summary>The most bins a side of a density picture in TikZ.</summary>
    public const int MaxBins = 160;

    public static string Cells(MatrixCells m, string caption, LatexPolynomial printer)
    {
        var rows = m.Rows.Count;
        var columns = m.Axes.Map.Columns;
        var unit = Math.Min(0.55, 13.0 / Math.Max(1, Math.Max(rows, columns)));
        var tikz = new StringBuilder($"\\begin{{tikzpicture}}[x={Tikz.N(unit)}cm,y=-{Tikz.N(unit)}cm,font=\\sffamily]\n");
        tikz.Append(Tikz.Colours(m.Colours.Legend.SelectMany(e => e.Colours).Concat(m.Colours.Taps?.Select(t => t.Colour) ?? [])));
        tikz.Append($"\\node[anchor=south west,inner sep=0pt] at (0,-{Tikz.N(0.9 / unit)}) {{\\small {Tikz.Text(caption)}}};\n");
        if (m.Axes.RowBand > 0)
            foreach (var (first, last, band) in SvgMatrixCells.Bands(m.Rows, m.Axes.RowBand))
                if (band % 2 == 1) tikz.Append($"\\fill[blue!4] (0,{first}) rectangle ({columns},{last + 1});\n");
        if (unit >= 0.2) tikz.Append($"\\draw[black!10,line width=0.2pt] (0,0) grid ({columns},{rows});\n");
        foreach (var (row, column, entry) in m.Cells)
        {
            var colours = m.Colours.Legend[entry].Colours;
            for (var i = 0; i < colours.Count; i++)
                tikz.Append($"\\fill[{Tikz.ColourName(colours[i])}] ({Tikz.N(column + (double)i / colours.Count)},{row}) rectangle ({Tikz.N(column + (double)(i + 1) / colours.Count)},{row + 1});\n");
        }
        if (unit >= 0.45)
            foreach (var (row, column, entry) in m.Cells)
            {
                var text = m.Colours.Legend[entry].Text;
                if (text.Length <= 2)
                    tikz.Append($"\\node[text=white,font=\\scriptsize\\bfseries] at ({Tikz.N(column + 0.5)},{Tikz.N(row + 0.5)}) {{${printer.Format(m.Colours.Legend[entry].Value)}$}};\n");
            }
        tikz.Append($"\\draw[black!45] (0,0) rectangle ({columns},{rows});\n");
        var axes = m.Axes;
        for (long c = 1; c < columns; c++)
        {
            if (axes.ColumnChannel > 0 && c % axes.ColumnChannel == 0) tikz.Append($"\\draw[black,line width=0.8pt] ({c},-0.2) -- ({c},{Tikz.N(rows + 0.2)});\n");
            else if (axes.ColumnBlock > 0 && c % axes.ColumnBlock == 0) tikz.Append($"\\draw[black!50,line width=0.4pt] ({c},0) -- ({c},{rows});\n");
        }
        if (axes.RowBand > 0)
            foreach (var (first, _, _) in SvgMatrixCells.Bands(m.Rows, axes.RowBand).Skip(1))
                tikz.Append($"\\draw[black,line width=0.8pt] (-0.2,{first}) -- ({Tikz.N(columns + 0.2)},{first});\n");
        var rowStep = AxisTicks.Step(unit, 0.3);
        for (var i = 0; i < rows; i++)
            if (m.Rows[i] % rowStep == 0 || (i > 0 && m.Rows[i] != m.Rows[i - 1] + 1))
                tikz.Append($"\\node[anchor=east,font=\\tiny,text=black!60] at (-0.1,{Tikz.N(i + 0.5)}) {{{m.Rows[i]}}};\n");
        var columnStep = AxisTicks.Step(unit, 0.1 * Svg.N(columns).Length + 0.2);
        for (long c = 0; c < columns; c += columnStep)
            tikz.Append($"\\node[anchor=south,font=\\tiny,text=black!60] at ({Tikz.N(c + 0.5)},-0.05) {{{c}}};\n");
        Legend(tikz, m.Colours, columns + 0.6 / unit, unit, printer);
        return tikz.Append("\\end{tikzpicture}").ToString();
    }

    private static void Legend(StringBuilder tikz, WeightColours colours, double x, double unit, LatexPolynomial printer)
    {
        var step = 0.5 / unit;
        var size = 0.35 / unit;
        var line = 0;
        tikz.Append($"\\node[anchor=west,font=\\small\\bfseries] at ({Tikz.N(x)},{Tikz.N(size / 2)}) {{{Tikz.Text(colours.Heading)}}};\n");
        line++;
        IEnumerable<(IReadOnlyList<string> Colours, string Label)> items = colours.Taps is { } taps
            ? taps.Select(t => ((IReadOnlyList<string>)[t.Colour], Tikz.Text(t.Name))).Concat(colours.Ordered().Where(e => e.Colours.Count > 1).Select(e => (e.Colours, "$" + printer.Format(e.Value) + "$")))
            : colours.Ordered().Select(e => (e.Colours, "$" + printer.Format(e.Value) + "$"));
        var list = items.ToList();
        foreach (var (swatch, label) in list.Take(30))
        {
            var y = line * step;
            for (var i = 0; i < swatch.Count; i++)
                tikz.Append($"\\fill[{Tikz.ColourName(swatch[i])}] ({Tikz.N(x + i * size / swatch.Count)},{Tikz.N(y)}) rectangle ({Tikz.N(x + (i + 1) * size / swatch.Count)},{Tikz.N(y + size)});\n");
            tikz.Append($"\\node[anchor=west,font=\\footnotesize] at ({Tikz.N(x + size * 1.3)},{Tikz.N(y + size / 2)}) {{{label}}};\n");
            line++;
        }
        if (list.Count > 30)
            tikz.Append($"\\node[anchor=west,font=\\footnotesize] at ({Tikz.N(x)},{Tikz.N(line * step + size / 2)}) {{\\ldots{{}} and {list.Count - 30} more}};\n");
    }

    public static string Density(MatrixDensity d, string caption)
    {
        var unit = 12.0 / Math.Max(d.BinRows, d.BinColumns);
        var tikz = new StringBuilder($"\\begin{{tikzpicture}}[x={Tikz.N(unit)}cm,y=-{Tikz.N(unit)}cm,font=\\sffamily]\n");
        tikz.Append(Tikz.Colours(SvgMatrixDensity.Shades));
        tikz.Append($"\\node[anchor=south west,inner sep=0pt,align=left] at (0,-{Tikz.N(0.9 / unit)}) {{\\small {Tikz.Text(caption)}\\\\\\scriptsize density picture: one cell is {d.RowsPerBin} rows $\\times$ {d.ColumnsPerBin} columns, darker where more entries are nonzero}};\n");
        var fullest = SvgMatrixDensity.Fullest(d);
        for (var r = 0; r < d.BinRows; r++)
        {
            var c = 0;
            while (c < d.BinColumns)
            {
                var shade = SvgMatrixDensity.Shade(d, r, c, fullest);
                var end = c + 1;
                while (end < d.BinColumns && SvgMatrixDensity.Shade(d, r, end, fullest) == shade) end++;
                if (shade > 0) tikz.Append($"\\fill[{Tikz.ColourName(SvgMatrixDensity.Shades[shade - 1])}] ({c},{r}) rectangle ({end},{r + 1});\n");
                c = end;
            }
        }
        tikz.Append($"\\draw[black!45] (0,0) rectangle ({d.BinColumns},{d.BinRows});\n");
        var rowsPerUnit = 1.0 / d.RowsPerBin;
        var columnsPerUnit = 1.0 / d.ColumnsPerBin;
        if (d.Axes.ColumnChannel > 0 && d.Axes.ColumnChannel * columnsPerUnit * unit >= 0.1)
            for (var c = d.Axes.ColumnChannel; c < d.Axes.Map.Columns; c += d.Axes.ColumnChannel)
                tikz.Append($"\\draw[black!60,line width=0.3pt] ({Tikz.N(c * columnsPerUnit)},0) -- ({Tikz.N(c * columnsPerUnit)},{d.BinRows});\n");
        if (d.Axes.RowBand > 0 && d.Axes.RowBand * rowsPerUnit * unit >= 0.1)
            foreach (var (first, _, _) in SvgMatrixCells.Bands(d.Rows, d.Axes.RowBand).Skip(1))
                tikz.Append($"\\draw[black!60,line width=0.3pt] (0,{Tikz.N(first * rowsPerUnit)}) -- ({d.BinColumns},{Tikz.N(first * rowsPerUnit)});\n");
        var rowStep = AxisTicks.Step(rowsPerUnit * unit, 0.4);
        for (var i = 0; i < d.Rows.Count; i++)
            if (d.Rows[i] % rowStep == 0)
                tikz.Append($"\\node[anchor=east,font=\\tiny,text=black!60] at (-0.1,{Tikz.N(i * rowsPerUnit)}) {{{d.Rows[i]}}};\n");
        var columnStep = AxisTicks.Step(columnsPerUnit * unit, 0.12 * Svg.N(d.Axes.Map.Columns).Length + 0.3);
        for (long c = 0; c < d.Axes.Map.Columns; c += columnStep)
            tikz.Append($"\\node[anchor=south,font=\\tiny,text=black!60] at ({Tikz.N(c * columnsPerUnit)},-0.05) {{{c}}};\n");
        return tikz.Append("\\end{tikzpicture}").ToString();
    }
}
