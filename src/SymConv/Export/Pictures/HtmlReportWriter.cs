using System.Text;
using SymConv.Model;

namespace SymConv.Export.Pictures;

/// <summary>
/// --format html: one self-contained page (no network: style, script and math inline) showing K, x,
/// M and y. Hovering or clicking an output neuron (in y or on its row of M) lights up its receptive
/// field on x with each input's weight, its row of M, and shows its exact value as MathML; clicking
/// an input shows its column of M: which outputs read it and with which weight. A layer whose M is
/// drawn as a density picture gets that picture with zoom, and the bin under the pointer is named.
/// The page lives inside one element with no ids, so it can be framed or put in a notebook cell.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The most entries of x or y drawn as grids.</summary>
    public const int MaxGridEntries = 4096;

    /// <summary>
    /// The most nonzeros of M whose rows a density page carries, so hovering y still shows a row
    /// (about 20 bytes a nonzero with each row's value as text: a page of a few megabytes at most).
    /// </summary>
    public const int MaxRowDataEntries = 100_000;

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        // The page's lookups go from y' and x' to M's rows and columns: it is of the whole layer.
        if (!report.AllRows)
            throw new InputException("`rows` cannot be used with `format` html, which shows the whole layer: leave `rows` out, or use `format` svg for some rows");
        var pictures = MatrixPictures.Of(report);
        var g = report.Geometry;
        var channelsLast = g.Layout == DataLayout.ChannelsLast;
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Svg.Escape(report.Title)).Append("</title>\n</head>\n<body>\n");
        html.Append("<div class=\"symconv\">\n<style>\n").Append(HtmlPageScript.Style).Append(ScopedPictureStyle(pictures)).Append("</style>\n");
        html.Append("<h1>").Append(Svg.Escape(report.Title)).Append("</h1>\n");
        foreach (var note in report.Notes) html.Append("<p class=\"note\">").Append(Svg.Escape(note)).Append("</p>\n");
        var density = pictures.Pictures[0] as MatrixDensity;
        var rows = density is null ? null : RowsOf(report, density);
        var interactive = density is null || rows is not null;
        const string Hover = "Hover over (or click) an output y to see its receptive field on x, its row of M and its value; click an input x to see its column of M.";
        html.Append("<p class=\"note\">").Append(density is null ? Hover
            : "M is too large to draw entry by entry: it is a density picture. Zoom in with the buttons; the pointer names the rows and columns under it." +
                (interactive ? " " + Hover + " The band of bins holding the row (or column) is marked." : "")).Append("</p>\n");

        html.Append("<div class=\"panels\">\n");
        var kernel = report.Layer.Kernel;
        if (kernel.Shape.Size <= MaxGridEntries)
            html.Append("<section class=\"kernel\"><h2>K ").Append(Svg.Escape(kernel.Shape.ToString())).Append("</h2>\n")
                .Append(HtmlTensorGrid.Tables("K", [.. kernel.Shape.Dims], index => kernel.Shape.Flatten(index), HtmlTensorGrid.Entries(kernel, report.Text), "data-k"))
                .Append("</section>\n");
        if (g.InputShape.Size <= MaxGridEntries)
            html.Append("<section class=\"input\"><h2>x ").Append(Svg.Escape(g.InputShape.ToString())).Append(" (cells numbered by x′)</h2>\n")
                .Append(HtmlTensorGrid.Layout("x", g.InputShape, channelsLast, HtmlTensorGrid.Entries(report.Layer.Input, report.Text), "data-col"))
                .Append("</section>\n");
        if (g.OutputShape.Size <= MaxGridEntries)
            html.Append("<section class=\"output\"><h2>y ").Append(Svg.Escape(g.OutputShape.ToString())).Append(" (cells numbered by y′)</h2>\n")
                .Append(HtmlTensorGrid.Layout("y", g.OutputShape, channelsLast, row => "y′" + row.ToString(System.Globalization.CultureInfo.InvariantCulture), "data-row"))
                .Append("</section>\n");
        html.Append("</div>\n");
        html.Append("<div class=\"expression\" aria-live=\"polite\">").Append(interactive ? "Hover over an output to see its value." : "").Append("</div>\n");
        if (density is not null) html.Append("<div class=\"zoom\"><button type=\"button\" value=\"in\">zoom in</button><button type=\"button\" value=\"out\">zoom out</button><button type=\"button\" value=\"reset\">whole matrix</button></div>\n");
        html.Append("<div class=\"matrix\">\n").Append(MatrixSvg(report, pictures)).Append("</div>\n");
        html.Append("<script type=\"application/json\" class=\"symconv-data\">").Append(Data(report, pictures, rows)).Append("</script>\n");
        html.Append("<script>\n").Append(HtmlPageScript.Script).Append("</script>\n</div>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    // The picture's entry colours, under the page's root so two pages in one notebook keep their own.
    private static string ScopedPictureStyle(MatrixPictures pictures) =>
        string.Concat((SvgMatrixCells.Styles(pictures.Colours) + SvgMatrixDensity.Styles()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(rule => ".symconv " + rule + "\n")) +
        ".symconv g.cells rect.hl{stroke:#000;stroke-width:0.12;}\n";

    private static string MatrixSvg(Report report, MatrixPictures pictures)
    {
        var parts = pictures.Pictures.Select(p => p switch
        {
            MatrixCells cells => SvgMatrixCells.Draw(cells, MatrixPictures.Caption(p)),
            MatrixDensity density => SvgMatrixDensity.Draw(density, MatrixPictures.Caption(p)),
            _ => throw new InvalidOperationException("unknown picture"),
        }).ToList();
        var svg = SvgFragment.Document(report.Title, parts, "", SvgMatrixCells.Patterns(pictures.Colours));
        if (pictures.Pictures[0] is MatrixCells m)
        {
            // The marks of a chosen row and column, in M's cell units, hidden until something is chosen.
            var marks = $"<rect class=\"rowmark\" x=\"0\" y=\"0\" width=\"{m.Axes.Map.Columns}\" height=\"1\" fill=\"#ffeb3b\" fill-opacity=\"0.35\" stroke=\"#e65100\" stroke-width=\"0.08\" visibility=\"hidden\" pointer-events=\"none\"/>" +
                $"<rect class=\"columnmark\" x=\"0\" y=\"0\" width=\"1\" height=\"{m.Rows.Count}\" fill=\"#ffeb3b\" fill-opacity=\"0.35\" stroke=\"#e65100\" stroke-width=\"0.08\" visibility=\"hidden\" pointer-events=\"none\"/>\n";
            var cells = svg.IndexOf("<g class=\"cells\" data-map=\"M\"", StringComparison.Ordinal);
            var end = svg.IndexOf("</g>", cells, StringComparison.Ordinal);
            svg = svg[..end] + marks + svg[end..];
        }
        else if (pictures.Pictures[0] is MatrixDensity d)
        {
            // The same marks in bin units: the band of bins that holds the chosen row or column.
            var marks = $"<rect class=\"rowmark\" x=\"0\" y=\"0\" width=\"{d.BinColumns}\" height=\"1\" fill=\"#ffeb3b\" fill-opacity=\"0.45\" stroke=\"#e65100\" stroke-width=\"0.15\" visibility=\"hidden\" pointer-events=\"none\"/>" +
                $"<rect class=\"columnmark\" x=\"0\" y=\"0\" width=\"1\" height=\"{d.BinRows}\" fill=\"#ffeb3b\" fill-opacity=\"0.45\" stroke=\"#e65100\" stroke-width=\"0.15\" visibility=\"hidden\" pointer-events=\"none\"/>\n";
            var bins = svg.IndexOf("<g class=\"bins\" data-map=\"M\"", StringComparison.Ordinal);
            var end = svg.IndexOf("</g>", bins, StringComparison.Ordinal);
            svg = svg[..end] + marks + svg[end..];
        }
        // Inline in HTML the document's own <title> would be a tooltip over all of M: dropped.
        var title = svg.IndexOf("<title>", StringComparison.Ordinal);
        return svg[..title] + svg[(svg.IndexOf("</title>\n", StringComparison.Ordinal) + "</title>\n".Length)..];
    }

    // A density page's rows of M as [column, text] pairs with the texts' table, when y is drawn as a
    // grid to hover and M has at most MaxRowDataEntries nonzeros; otherwise null.
    private static (List<List<(long Column, int Text)>> Rows, List<string> Texts)? RowsOf(Report report, MatrixDensity d)
    {
        if (report.Geometry.OutputShape.Size > MaxGridEntries || d.Rows.Count != d.Axes.Map.Rows) return null;
        var rows = new List<List<(long, int)>>();
        var texts = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        long entries = 0;
        foreach (var r in d.Rows)
        {
            var row = d.Axes.Map.Row(r);
            entries += row.Count;
            if (entries > MaxRowDataEntries) return null;
            rows.Add([.. row.Select(e =>
            {
                var text = report.Text(e.Value);
                if (!index.TryGetValue(text, out var i)) { i = texts.Count; index[text] = i; texts.Add(text); }
                return (e.Column, i);
            })]);
        }
        return (rows, texts);
    }

    private static string Data(Report report, MatrixPictures pictures, (List<List<(long Column, int Text)>> Rows, List<string> Texts)? density)
    {
        var json = new StringBuilder("{");
        if (density is { } d0)
        {
            json.Append("\"rows\":[").AppendJoin(',', d0.Rows.Select(row => "[" + string.Join(',', row.Select(c => $"[{c.Column},{c.Text}]")) + "]"));
            // Each row's value as text, not MathML: MathML of a wide row is some kilobytes, too many for every row.
            json.Append("],\"text\":[").AppendJoin(',', d0.Texts.Select(JsonText.String)).Append("],\"value\":[");
            for (var row = 0; row < d0.Rows.Count; row++)
            {
                if (row > 0) json.Append(',');
                json.Append(JsonText.String(report.Text(report.Output(row))));
            }
            json.Append("],");
        }
        if (pictures.Pictures[0] is MatrixCells m)
        {
            json.Append("\"rows\":[");
            var byRow = m.Cells.GroupBy(c => c.Row).ToDictionary(r => r.Key, r => r.ToList());
            for (var i = 0; i < m.Rows.Count; i++)
            {
                if (i > 0) json.Append(',');
                json.Append('[').AppendJoin(',', (byRow.GetValueOrDefault(i) ?? []).Select(c => $"[{c.Column},{c.Entry}]")).Append(']');
            }
            json.Append("],\"text\":[").AppendJoin(',', m.Colours.Legend.Select(e => JsonText.String(e.Text))).Append("],\"math\":[");
            for (var i = 0; i < m.Rows.Count; i++)
            {
                if (i > 0) json.Append(',');
                var row = m.Rows[i];
                json.Append(JsonText.String(MathMl.Equation(MathMl.Primed("y", row), report.Output(row), report.Symbols, report.Options.Numbers)));
            }
            json.Append(']');
        }
        else if (pictures.Pictures[0] is MatrixDensity d)
        {
            json.Append($"\"bins\":{{\"rows\":{d.BinRows},\"columns\":{d.BinColumns},\"rowsPerBin\":{d.RowsPerBin},\"columnsPerBin\":{d.ColumnsPerBin},")
                .Append($"\"totalRows\":{d.Rows.Count},\"totalColumns\":{d.Axes.Map.Columns},\"counts\":[").AppendJoin(',', d.Counts).Append("]}");
        }
        // A "</" inside the JSON would end the script element early.
        return json.Append('}').ToString().Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
