using System.Text;

namespace SymConv.Export.Pictures;

/// <summary>
/// The SVG of a matrix too large for one cell per entry: each bin of rows × columns shaded by
/// how many of its entries are nonzero (eight shades, the darkest for the fullest bin), runs of
/// one shade along a bin row drawn as one rectangle, so the file's size depends on the bins, never
/// on the layer. Output channels are bands, input channels ruled, as in the cell picture.
/// Bins are unit squares in a scaled group at x = bin column, y = bin row, of class d1…d8.
/// </summary>
internal static class SvgMatrixDensity
{
    /// <summary>The shades from the sparsest bin with a nonzero to the fullest.</summary>
    public static readonly string[] Shades = ["#dbe6f4", "#bcd2ea", "#9bbbdf", "#78a2d2", "#5788c3", "#3a6eb0", "#24548f", "#123a66"];

    /// <summary>The shade (1 to 8) of a bin, or 0 for one without a nonzero.</summary>
    public static int Shade(MatrixDensity d, int binRow, int binColumn, double fullest)
    {
        var count = d.Counts[binRow * d.BinColumns + binColumn];
        if (count == 0) return 0;
        // The square root lifts sparse bins (a convolution's are all sparse) off the white.
        var level = Math.Sqrt(count / (double)d.Area(binRow, binColumn) / fullest);
        return Math.Clamp(1 + (int)(level * Shades.Length), 1, Shades.Length);
    }

    /// <summary>The largest fraction of nonzeros in any bin.</summary>
    public static double Fullest(MatrixDensity d)
    {
        var fullest = 0.0;
        for (var r = 0; r < d.BinRows; r++)
            for (var c = 0; c < d.BinColumns; c++)
                fullest = Math.Max(fullest, d.Counts[r * d.BinColumns + c] / (double)d.Area(r, c));
        return fullest == 0 ? 1 : fullest;
    }

    public static SvgFragment Draw(MatrixDensity d, string caption)
    {
        const double font = 10, captionHeight = 36;
        var pixel = Math.Min(8, 640.0 / Math.Max(d.BinRows, d.BinColumns));
        var rowLabel = AxisTicks.LabelWidth(d.Rows.Count == 0 ? 0 : d.Rows.Max(), font) + 6;
        var left = (d.Axes.RowBand > 0 ? 18 : 0) + rowLabel;
        var top = captionHeight + 16;
        var width = d.BinColumns * pixel;
        var height = d.BinRows * pixel;
        var svg = new StringBuilder();
        svg.Append(Svg.Text(0, 12, caption, 12, extra: " fill=\"#333\""));
        svg.Append(Svg.Text(0, 28, $"density picture: one pixel is {Svg.N(d.RowsPerBin)} rows × {Svg.N(d.ColumnsPerBin)} columns, darker where more entries are nonzero", 10, extra: " fill=\"#666\""));

        var rowPixels = pixel / d.RowsPerBin;
        var columnPixels = pixel / d.ColumnsPerBin;
        if (d.Axes.RowBand > 0)
            foreach (var (first, last, band) in SvgMatrixCells.Bands(d.Rows, d.Axes.RowBand))
                if (band % 2 == 1)
                    svg.Append($"<rect class=\"band\" x=\"{Svg.N(left)}\" y=\"{Svg.N(top + first * rowPixels)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N((last - first + 1) * rowPixels)}\" fill=\"#f1f3f8\"/>\n");
        svg.Append($"<rect x=\"{Svg.N(left)}\" y=\"{Svg.N(top)}\" width=\"{Svg.N(width)}\" height=\"{Svg.N(height)}\" fill=\"none\" stroke=\"#999\"/>\n");

        var fullest = Fullest(d);
        svg.Append($"<g class=\"bins\" data-map=\"{Svg.Escape(d.Axes.Name)}\" data-rows-per-bin=\"{d.RowsPerBin}\" data-columns-per-bin=\"{d.ColumnsPerBin}\" " +
            $"transform=\"translate({Svg.N(left)},{Svg.N(top)}) scale({Svg.N(pixel)})\" shape-rendering=\"crispEdges\">\n");
        for (var r = 0; r < d.BinRows; r++)
        {
            var c = 0;
            while (c < d.BinColumns)
            {
                var shade = Shade(d, r, c, fullest);
                var end = c + 1;
                while (end < d.BinColumns && Shade(d, r, end, fullest) == shade) end++;
                if (shade > 0) svg.Append($"<rect class=\"d{shade}\" x=\"{c}\" y=\"{r}\" width=\"{end - c}\" height=\"1\"/>\n");
                c = end;
            }
        }
        svg.Append("</g>\n");

        // Rules only where they stay apart, or a layer of 64 channels would be painted over.
        var rules = new StringBuilder();
        var axes = d.Axes;
        if (axes.ColumnChannel > 0 && axes.ColumnChannel * columnPixels >= 4)
            for (var c = axes.ColumnChannel; c < axes.Map.Columns; c += axes.ColumnChannel)
                rules.Append($"M{Svg.N(left + c * columnPixels)} {Svg.N(top - 3)}v{Svg.N(height + 6)}");
        if (axes.RowBand > 0 && axes.RowBand * rowPixels >= 4)
            foreach (var (first, _, _) in SvgMatrixCells.Bands(d.Rows, axes.RowBand).Skip(1))
                rules.Append($"M{Svg.N(left - 3)} {Svg.N(top + first * rowPixels)}h{Svg.N(width + 6)}");
        if (rules.Length > 0) svg.Append($"<path class=\"channel-rules\" fill=\"none\" stroke=\"#333\" stroke-opacity=\"0.55\" stroke-width=\"0.8\" d=\"{rules}\"/>\n");

        svg.Append("<g class=\"axis\" fill=\"#555\">\n");
        var rowStep = AxisTicks.Step(rowPixels, font + 4);
        for (var i = 0; i < d.Rows.Count; i++)
            if (d.Rows[i] % rowStep == 0)
                svg.Append(Svg.Text(left - 4, top + i * rowPixels + font * 0.35, Svg.N(d.Rows[i]), font, "end"));
        var columnStep = AxisTicks.Step(columnPixels, AxisTicks.LabelWidth(axes.Map.Columns, font) + 8);
        for (long c = 0; c < axes.Map.Columns; c += columnStep)
            svg.Append(Svg.Text(left + c * columnPixels, top - 5, Svg.N(c), font, "middle"));
        svg.Append("</g>\n");

        // The key: the eight shades and what the darkest means.
        var x = left + width + 24;
        svg.Append("<g class=\"legend\">\n").Append(Svg.Text(x, top + 10, "nonzeros per pixel", 11, extra: " font-weight=\"bold\" fill=\"#333\""));
        for (var s = 0; s < Shades.Length; s++)
            svg.Append($"<rect class=\"d{Shades.Length - s}\" x=\"{Svg.N(x)}\" y=\"{Svg.N(top + 18 + s * 14)}\" width=\"14\" height=\"14\"/>\n");
        var most = (long)Math.Round(fullest * d.RowsPerBin * d.ColumnsPerBin);
        svg.Append(Svg.Text(x + 20, top + 29, $"most: {Svg.N(most)} of {Svg.N(d.RowsPerBin * d.ColumnsPerBin)}", 10));
        svg.Append(Svg.Text(x + 20, top + 18 + Shades.Length * 14 - 3, "fewest (at least one)", 10));
        svg.Append(Svg.Text(x, top + 18 + Shades.Length * 14 + 16, "white: all zero", 10, extra: " fill=\"#666\""));
        svg.Append("</g>\n");
        return new SvgFragment(svg.ToString(), x + 170, Math.Max(top + height + 8, top + 18 + Shades.Length * 14 + 24));
    }

    /// <summary>The CSS of the shades.</summary>
    public static string Styles() => string.Concat(Shades.Select((colour, i) => $".d{i + 1}{{fill:{colour}}}\n"));
}
