using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Latex;

namespace SymConv.Export.Pictures;

/// <summary>
/// What the TikZ pictures share: numbers, colours, the frame that scales a picture wider than the
/// line (or taller than the page) down to fit with the LaTeX kernel's own box scaling, and the
/// header or document around it. A fragment needs only \usepackage{tikz} and may be \input any
/// number of times: it defines its macro globally each time and allocates its box once.
/// </summary>
internal static class Tikz
{
    internal const string FitMacro =
        "\\ifdefined\\symconvpicturebox\\else\\newsavebox\\symconvpicturebox\\fi\n" +
        "\\ExplSyntaxOn\n" +
        "\\cs_gset_protected:Npn \\symconvfitpicture\n" +
        "  {\n" +
        "    \\dim_compare:nNnT { \\wd\\symconvpicturebox } > { \\linewidth }\n" +
        "      { \\box_resize_to_wd:Nn \\symconvpicturebox { \\linewidth } }\n" +
        "    \\dim_compare:nNnT { \\ht\\symconvpicturebox + \\dp\\symconvpicturebox } > { 0.85\\textheight }\n" +
        "      { \\box_resize_to_ht_plus_dp:Nn \\symconvpicturebox { 0.85\\textheight } }\n" +
        "    \\usebox\\symconvpicturebox\n" +
        "  }\n" +
        "\\ExplSyntaxOff\n";

    /// <summary>A length or coordinate, invariant, at most three decimals.</summary>
    public static string N(double value) => System.Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The TikZ name of a colour given as #rrggbb, defined by <see cref="Colours"/>.</summary>
    public static string ColourName(string hex) => "symconv" + hex.TrimStart('#').ToUpperInvariant();

    /// <summary>\definecolor lines for colours given as #rrggbb (local to the picture they are put in).</summary>
    public static string Colours(IEnumerable<string> hexes) =>
        string.Concat(hexes.Distinct().Select(h => $"\\definecolor{{{ColourName(h)}}}{{HTML}}{{{h.TrimStart('#').ToUpperInvariant()}}}\n"));

    /// <summary>Text set in TikZ: the characters TeX treats specially are escaped.</summary>
    public static string Text(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}", '{' => "\\{", '}' => "\\}", '_' => "\\_", '^' => "\\^{}", '&' => "\\&", '%' => "\\%", '$' => "\\$", '#' => "\\#", '~' => "\\~{}",
                '×' => "$\\times$", '…' => "\\ldots{}", 'ᵀ' => "$^{\\mathsf{T}}$", '\'' => "'", _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>The whole output: a document when <paramref name="standalone"/>, else a fragment that says what it needs.</summary>
    public static string Wrap(string title, IEnumerable<string> pictures, bool standalone)
    {
        var text = new StringBuilder("% " + title + "\n");
        if (standalone)
            text.Append("\\documentclass{article}\n\\usepackage{tikz}\n\\pagestyle{empty}\n\\begin{document}\n");
        else
            text.Append("% A fragment written by symconv: it needs \\usepackage{tikz} in the preamble (and LaTeX 2020 or later);\n" +
                "% \\input it as often as you like. A picture wider than the line is scaled to fit it.\n");
        text.Append(FitMacro);
        foreach (var picture in pictures)
            text.Append("\\begin{center}\n\\sbox\\symconvpicturebox{%\n").Append(picture).Append("}%\n\\symconvfitpicture\n\\end{center}\n");
        if (standalone) text.Append("\\end{document}\n");
        return text.ToString();
    }
}
