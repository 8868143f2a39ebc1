namespace SymConv.Export.Pictures;

/// <summary>A finished piece of SVG and the size it takes, so pictures can be stacked into one document.</summary>
/// <param name="Body">The elements, drawn from (0, 0).</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
internal sealed record SvgFragment(string Body, double Width, double Height)
{
    /// <summary>For a cell picture: where its cell (0, 0) is and the size of a cell, for overlays in cell units.</summary>
    public (double Left, double Top, double Cell)? CellOrigin { get; init; }

    /// <summary>Fragments one under another as a whole SVG document, with a title line on top; <paramref name="style"/> is CSS and <paramref name="defs"/> the patterns they share.</summary>
    public static string Document(string title, IReadOnlyList<SvgFragment> parts, string style = "", string defs = "")
    {
        const double margin = 16, gap = 28;
        var width = Math.Max(parts.Count == 0 ? 0 : parts.Max(p => p.Width), 8 * title.Length) + 2 * margin;
        var height = margin + 22 + parts.Sum(p => p.Height) + gap * Math.Max(0, parts.Count - 1) + margin;
        var svg = new System.Text.StringBuilder(Svg.Open(width, height));
        svg.Append("<title>").Append(Svg.Escape(title)).Append("</title>\n");
        if (style.Length > 0) svg.Append("<style>\n").Append(style).Append("</style>\n");
        svg.Append(defs);
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.Append(Svg.Text(margin, margin + 12, title, 13, extra: " font-weight=\"bold\" fill=\"#222\""));
        var y = margin + 22;
        foreach (var part in parts)
        {
            svg.Append($"<g transform=\"translate({Svg.N(margin)},{Svg.N(y)})\">\n").Append(part.Body).Append("</g>\n");
            y += part.Height + gap;
        }
        return svg.Append("</svg>\n").ToString();
    }
}
