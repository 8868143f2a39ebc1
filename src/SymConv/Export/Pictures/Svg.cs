using System.Globalization;
using System.Text;

namespace SymConv.Export.Pictures;

/// <summary>The small pieces every SVG picture is written with: culture-invariant numbers and escaped text.</summary>
internal static class Svg
{
    /// <summary>A coordinate with at most two decimals, invariant, without a trailing zero.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer, invariant.</summary>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text made safe for an element's content or a quoted attribute.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return escaped.ToString();
    }

    /// <summary>The opening tag of a standalone SVG document of a size.</summary>
    public static string Open(double width, double height) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" " +
        "font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\">\n";

    /// <summary>A text element.</summary>
    public static string Text(double x, double y, string text, double size, string anchor = "start", string extra = "") =>
        $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\"{(anchor == "start" ? "" : $" text-anchor=\"{anchor}\"")}{extra}>{Escape(text)}</text>\n";
}
