using System.Text;

namespace SymConv.Export.Pictures;

/// <summary>
/// The SVG of a matrix one cell per entry, as a teacher draws M on a slide: each nonzero filled
/// in its weight's colour (striped for a sum) and labelled with it when the cell is large enough,
/// output channels as shaded bands, a rule wherever the text writes | (a block of the input's
/// last dimension) and a heavier one between input channels, rows and columns numbered on the axes,
/// and a legend of the entries. Cells are unit squares in a scaled group, at x = column and
/// y = picture row, each of class e{legend id}, so a reader (or a test) finds M's nonzeros in it.
/// </summary>
internal static class SvgMatrixCells
{
    public static SvgFragment Draw(MatrixCells m, string caption, double width = 640)
    {
        var rows = m.Rows.Count;
        var columns = m.Axes.Map.Columns;
        var cell = Math.Clamp(Math.Floor(width / Math.Max(1, Math.Max(rows, columns))), 4, 30);
        const double font = 10, captionHeight = 22;
        var rowLabel = AxisTicks.LabelWidth(m.Rows.Count == 0 ? 0 : m.Rows.Max(), font) + 6;
        var bandLabel = m.Axes.RowBand > 0 ? 18 : 0;
        var left = bandLabel + rowLabel;
        var top = captionHeight + 16;
        var gridWidth = columns * cell;
        var height = rows * cell;
        var svg = new StringBuilder();
        svg.Append(Svg.Text(0, 12, caption, 12, extra: " fill=\"#333\""));

        // Output channels as bands, shaded on every other one, with the channel named beside it.
        if (m.Axes.RowBand > 0)
        {
            foreach (var (first, last, band) in Bands(m.Rows, m.Axes.RowBand))
            {
                var y = top + first * cell;
                var h = (last - first + 1) * cell;
                if (band % 2 == 1)
                    svg.Append($"<rect class=\"band\" x=\"{Svg.N(left)}\" y=\"{Svg.N(y)}\" width=\"{Svg.N(gridWidth)}\" height=\"{Svg.N(h)}\" fill=\"#eef1f8\"/>\n");
                if (h >= 28)
                    svg.Append($"<text x=\"{Svg.N(10)}\" y=\"{Svg.N(y + h / 2)}\" font-size=\"9\" fill=\"#667\" text-anchor=\"middle\" " +
                        $"transform=\"rotate(-90 10 {Svg.N(y + h / 2)})\">{Svg.Escape(m.Axes.BandName)} {Svg.N(band)}</text>\n");
            }
        }
        svg.Append($"<rect x=\"{Svg.N(left)}\" y=\"{Svg.N(top)}\" width=\"{Svg.N(gridWidth)}\" height=\"{Svg.N(height)}\" fill=\"none\" stroke=\"#999\"/>\n");
        if (cell >= 8) svg.Append(CellLines(left, top, rows, columns, cell));

        // Cells and stripes in cell units, so a cell's position is its row and column.
        svg.Append($"<g class=\"cells\" data-map=\"{Svg.Escape(m.Axes.Name)}\" transform=\"translate({Svg.N(left)},{Svg.N(top)}) scale({Svg.N(cell)})\">\n");
        foreach (var (row, column, entry) in m.Cells)
            svg.Append($"<rect class=\"e{entry}\" x=\"{column}\" y=\"{row}\" width=\"1\" height=\"1\"/>\n");
        svg.Append("</g>\n");
        if (cell >= 18) svg.Append(CellLabels(m, left, top, cell));

        svg.Append(BlockRules(m, left, top, gridWidth, height, cell));
        svg.Append(Numbers(m, left, top, cell, font));
        var (legend, legendWidth, legendHeight) = Legend(m.Colours, left + gridWidth + 24, top);
        svg.Append(legend);
        return new SvgFragment(svg.ToString(), left + gridWidth + 24 + legendWidth, Math.Max(top + height + 8, top + legendHeight)) { CellOrigin = (left, top, cell) };
    }

    /// <summary>The CSS of the legend's entries: a fill per entry, a stripe pattern's for a sum.</summary>
    /// <param name="colours">The entries.</param>
    /// <param name="scope">A class of an element around the picture, so pictures of different legends share one document; "" for none.</param>
    public static string Styles(WeightColours colours, string scope = "")
    {
        var css = new StringBuilder();
        var selector = scope.Length == 0 ? "" : "." + scope + " ";
        foreach (var entry in colours.Legend)
            css.Append($"{selector}.e{entry.Id}{{fill:{(entry.Colours.Count == 1 ? entry.Colours[0] : $"url(#{PatternId(entry, scope)})")}}}\n");
        return css.ToString();
    }

    /// <summary>Stripe patterns for the entries that are sums, in cell units (their ids scoped as <see cref="Styles"/> says).</summary>
    public static string Patterns(WeightColours colours, string scope = "")
    {
        var defs = new StringBuilder();
        foreach (var entry in colours.Legend.Where(e => e.Colours.Count > 1))
        {
            var n = entry.Colours.Count;
            var stripe = 0.25;
            defs.Append($"<pattern id=\"{PatternId(entry, scope)}\" patternUnits=\"userSpaceOnUse\" width=\"{Svg.N(stripe * n)}\" height=\"1\" patternTransform=\"rotate(45)\">");
            for (var i = 0; i < n; i++)
                defs.Append($"<rect x=\"{Svg.N(i * stripe)}\" width=\"{Svg.N(stripe)}\" height=\"1\" fill=\"{entry.Colours[i]}\"/>");
            defs.Append("</pattern>\n");
        }
        return defs.Length == 0 ? "" : "<defs>\n" + defs + "</defs>\n";
    }

    private static string PatternId(WeightColours.LegendEntry entry, string scope) => (scope.Length == 0 ? "" : scope + "-") + "sum" + entry.Id;

    // Runs of picture rows in one output channel: (first, last, channel).
    internal static IEnumerable<(int First, int Last, long Band)> Bands(IReadOnlyList<long> rows, long band)
    {
        var first = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count && rows[i] / band == rows[first] / band) continue;
            yield return (first, i - 1, rows[first] / band);
            first = i;
        }
    }

    private static string CellLines(double left, double top, int rows, long columns, double cell)
    {
        var path = new StringBuilder("<path fill=\"none\" stroke=\"#e4e4e4\" stroke-width=\"0.6\" d=\"");
        for (var c = 1; c < columns; c++) path.Append($"M{Svg.N(left + c * cell)} {Svg.N(top)}v{Svg.N(rows * cell)}");
        for (var r = 1; r < rows; r++) path.Append($"M{Svg.N(left)} {Svg.N(top + r * cell)}h{Svg.N(columns * cell)}");
        return path.Append("\"/>\n").ToString();
    }

    private static string CellLabels(MatrixCells m, double left, double top, double cell)
    {
        var labels = new StringBuilder("<g class=\"labels\" text-anchor=\"middle\" fill=\"#fff\" font-weight=\"bold\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"2\" paint-order=\"stroke\">\n");
        var size = Math.Min(14, cell * 0.5);
        foreach (var (row, column, entry) in m.Cells)
        {
            var text = m.Colours.Legend[entry].Text;
            var fit = text.Length * size * 0.6 <= cell - 2;
            if (!fit) continue;
            labels.Append(Svg.Text(left + (column + 0.5) * cell, top + (row + 0.5) * cell + size * 0.36, text, size, "middle"));
        }
        return labels.Append("</g>\n").ToString();
    }

    private static string BlockRules(MatrixCells m, double left, double top, double width, double height, double cell)
    {
        var rules = new StringBuilder();
        var axes = m.Axes;
        var columns = axes.Map.Columns;
        var light = new StringBuilder();
        var heavy = new StringBuilder();
        for (long c = 1; c < columns; c++)
        {
            if (axes.ColumnChannel > 0 && c % axes.ColumnChannel == 0) heavy.Append($"M{Svg.N(left + c * cell)} {Svg.N(top - 3)}v{Svg.N(height + 6)}");
            else if (axes.ColumnBlock > 0 && c % axes.ColumnBlock == 0) light.Append($"M{Svg.N(left + c * cell)} {Svg.N(top)}v{Svg.N(height)}");
        }
        if (axes.RowBand > 0)
            foreach (var (first, _, _) in Bands(m.Rows, axes.RowBand).Skip(1))
                heavy.Append($"M{Svg.N(left - 3)} {Svg.N(top + first * cell)}h{Svg.N(width + 6)}");
        // Rows left out by --rows: a dashed rule where the shown rows jump.
        var gaps = new StringBuilder();
        for (var i = 1; i < m.Rows.Count; i++)
            if (m.Rows[i] != m.Rows[i - 1] + 1) gaps.Append($"M{Svg.N(left - 3)} {Svg.N(top + i * cell)}h{Svg.N(width + 6)}");
        if (light.Length > 0) rules.Append($"<path class=\"block-rules\" fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"1\" d=\"{light}\"/>\n");
        if (heavy.Length > 0) rules.Append($"<path class=\"channel-rules\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.6\" d=\"{heavy}\"/>\n");
        if (gaps.Length > 0) rules.Append($"<path class=\"row-gaps\" fill=\"none\" stroke=\"#c00\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\" d=\"{gaps}\"/>\n");
        return rules.ToString();
    }

    private static string Numbers(MatrixCells m, double left, double top, double cell, double font)
    {
        var numbers = new StringBuilder("<g class=\"axis\" fill=\"#555\">\n");
        var rowStep = AxisTicks.Step(cell, font + 2);
        for (var i = 0; i < m.Rows.Count; i++)
            if (m.Rows[i] % rowStep == 0 || (i > 0 && m.Rows[i] != m.Rows[i - 1] + 1))
                numbers.Append(Svg.Text(left - 4, top + (i + 0.5) * cell + font * 0.35, Svg.N(m.Rows[i]), font, "end"));
        var columnStep = AxisTicks.Step(cell, AxisTicks.LabelWidth(m.Axes.Map.Columns, font) + 4);
        for (long c = 0; c < m.Axes.Map.Columns; c += columnStep)
            numbers.Append(Svg.Text(left + (c + 0.5) * cell, top - 5, Svg.N(c), font, "middle"));
        return numbers.Append("</g>\n").ToString();
    }

    /// <summary>The lines of a legend column before the legend continues in the next column.</summary>
    public const int LegendLines = 40;

    /// <summary>The columns a legend spreads over before its columns grow longer than <see cref="LegendLines"/>.</summary>
    public const int LegendColumns = 6;

    // A sum's swatch is its colours side by side: a stripe pattern is in cell units, too fine at this size.
    private static string Swatch(WeightColours.LegendEntry entry, double x, double top)
    {
        var swatch = new StringBuilder();
        var n = entry.Colours.Count;
        for (var i = 0; i < n; i++)
            swatch.Append($"<rect x=\"{Svg.N(x + i * 14.0 / n)}\" y=\"{Svg.N(top)}\" width=\"{Svg.N(14.0 / n)}\" height=\"14\" fill=\"{entry.Colours[i]}\"/>");
        return swatch.Append($"<rect class=\"swatch\" x=\"{Svg.N(x)}\" y=\"{Svg.N(top)}\" width=\"14\" height=\"14\" fill=\"none\" stroke=\"#666\" stroke-width=\"0.5\"/>").ToString();
    }

    /// <summary>
    /// The legend: a swatch and the entry's text, single weights first, then sums. Every entry
    /// drawn is listed, so a striped sum can always be read: past <see cref="LegendLines"/> lines
    /// the legend continues in further columns (at most <see cref="LegendColumns"/>, then the
    /// columns grow longer).
    /// </summary>
    public static (string Svg, double Width, double Height) Legend(WeightColours colours, double x, double y)
    {
        var legend = new StringBuilder($"<g class=\"legend\">\n");
        legend.Append(Svg.Text(x, y + 10, colours.Heading, 11, extra: " font-weight=\"bold\" fill=\"#333\""));
        // Coloured by tap: the taps, then the sums as they appear.
        var ordered = colours.Taps is null ? colours.Ordered().ToList() : [.. colours.Ordered().Where(e => e.Colours.Count > 1)];
        var line = 1;
        var widest = 60.0;
        if (colours.Taps is { } taps)
        {
            legend.Append(Svg.Text(x, y + 28, colours.TapsNote, 10, extra: " fill=\"#666\""));
            line++;
            foreach (var (name, colour) in taps)
            {
                var top = y + line++ * 18;
                legend.Append($"<rect x=\"{Svg.N(x)}\" y=\"{Svg.N(top)}\" width=\"14\" height=\"14\" fill=\"{colour}\" stroke=\"#666\" stroke-width=\"0.5\"/>");
                legend.Append(Svg.Text(x + 20, top + 11, name, 11));
            }
            widest = 190;
        }
        var perColumn = Math.Max(LegendLines, (ordered.Count + LegendColumns - 1) / LegendColumns);
        var columnLeft = x;
        var firstLine = line;
        for (var start = 0; start < ordered.Count; start += perColumn)
        {
            var columnWidest = start == 0 ? widest : 60.0;
            for (var k = start; k < Math.Min(ordered.Count, start + perColumn); k++)
            {
                var entry = ordered[k];
                var top = y + (firstLine + k - start) * 18;
                legend.Append(Swatch(entry, columnLeft, top));
                legend.Append(Svg.Text(columnLeft + 20, top + 11, entry.Text, 11, extra: $" data-entry=\"{entry.Id}\""));
                columnWidest = Math.Max(columnWidest, 20 + entry.Text.Length * 6.8);
            }
            line = Math.Max(line, firstLine + Math.Min(perColumn, ordered.Count - start));
            columnLeft += columnWidest + 16;
        }
        widest = Math.Max(widest, columnLeft - x - 16);
        // Coloured by tap, the legend does not list the single weights: they are kept, hidden, for whoever reads the file.
        if (colours.Taps is not null)
        {
            legend.Append("<g class=\"entries\" display=\"none\">");
            foreach (var entry in colours.Legend.Where(e => e.Colours.Count == 1))
                legend.Append($"<text data-entry=\"{entry.Id}\">{Svg.Escape(entry.Text)}</text>");
            legend.Append("</g>\n");
        }
        if (colours.Repeats)
            legend.Append(Svg.Text(x, y + line++ * 18 + 11, $"(more {colours.Noun} than colours: colours repeat)", 10, extra: " fill=\"#666\""));
        if (colours.Legend.Any(e => e.Colours.Count > 1))
            legend.Append(Svg.Text(x, y + line++ * 18 + 11, $"striped: a sum of {colours.Noun}", 10, extra: " fill=\"#666\""));
        legend.Append("</g>\n");
        return (legend.ToString(), Math.Max(widest, colours.Repeats ? 230 + 5.5 * (colours.Noun.Length - 7) : 130), line * 18 + 6);
    }
}
