using System.Globalization;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Export.Latex;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// A backward pass as LaTeX for papers (and, with <see cref="Markdown"/>, as Markdown with $$
/// blocks): each gradient entry one equation, ∂L/∂K_{0,0,1,1} = 5g_{0,0,0} + …, indexed as its
/// tensor is, the middle of a long list elided with ⋮ as the layer report elides M; the
/// equivalent layer as a paragraph. Equations are set by the layer fragments' own macro, which
/// scales a line wider than the page to fit it.
/// </summary>
internal sealed class GradientLatexWriter
{
    /// <summary>True to write Markdown: a ### heading and a $$ block per section.</summary>
    public bool Markdown { get; init; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(GradientReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var tex = new LatexPolynomial(report.Symbols, report.Options.UnitCoefficients, report.Options.Numbers);
        if (Markdown)
        {
            output.Write("**" + MarkdownText(report.Title) + "**\n");
            foreach (var note in report.Notes) output.Write("\n" + MarkdownText(note) + "\n");
        }
        else
        {
            output.Write("% " + report.Title + "\n");
            foreach (var note in report.Notes) output.Write("% " + note + "\n");
            if (report.Options.Standalone)
            {
                output.Write("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n\n");
                output.Write("\\section*{" + LatexReportWriter.Escape("Backward pass of " + LayerTitle.Name(report.Matrix)) + "}\n");
                foreach (var note in report.LatexNotes) output.Write("\\noindent " + note + "\n\n");
            }
            else
            {
                output.Write("% A fragment written by symconv: it needs \\usepackage{amsmath} in the preamble.\n" +
                    "% Lines wider than the line width are scaled to fit it (this needs LaTeX 2020 or later).\n");
            }
            output.Write(LatexReportWriter.FitMacro);
        }

        foreach (var section in report.Sections)
        {
            var label = GradientSectionNames.Label(section);
            if (section is GradientSection.Transpose or GradientSection.Patches)
            {
                output.Write('\n');
                ISectionWriter writer = Markdown
                    ? new MarkdownSectionWriter(report.Symbols, report.SectionOptions)
                    : new LatexSectionWriter(report.Symbols, report.SectionOptions);
                writer.WriteMatrix(report.MatrixSection(section), output);
                continue;
            }
            if (section == GradientSection.Equivalent)
            {
                if (Markdown) output.Write("\n### " + label + "\n\n" + string.Join("\n", report.Equivalent.Lines.Select(MarkdownText)) + "\n");
                else output.Write("\n% " + label + "\n\\par\\medskip\n" + string.Join("\n\n", report.Equivalent.Lines.Select(l => "\\noindent " + LatexReportWriter.Escape(l))) + "\n");
                continue;
            }
            var (_, values) = report.Tensor(section)!.Value;
            var equations = Equations(report, section, values, tex).ToList();
            if (Markdown)
            {
                output.Write("\n### " + label + "\n\n$$\n");
                output.Write(GitHubMath.Protect("\\begin{aligned}\n" + string.Join(" \\\\\n", equations.Select(e => e.Replace(" = ", " &= ", StringComparison.Ordinal))) + "\n\\end{aligned}") + "\n");
                output.Write("$$\n");
            }
            else
            {
                output.Write("\n% " + label + "\n\\par\\medskip\n");
                foreach (var equation in equations) output.Write("\\symconvline{" + equation + "}\n");
                output.Write("\\medskip\n");
            }
        }
        if (!Markdown && report.Options.Standalone) output.Write("\n\\end{document}\n");
    }

    // One equation an entry, ⋮ standing for the entries between the first and the last few.
    private static IEnumerable<string> Equations(GradientReport report, GradientSection section, Tensor<Polynomial> values, LatexPolynomial tex)
    {
        var count = values.Shape.Size;
        var max = report.Options.MaxRows;
        // An ellipsis stands for at least three entries; fewer are shown.
        var elide = max > 0 && count > max + 2;
        var head = elide ? (max + 1) / 2 : count;
        var tail = elide ? max / 2 : 0;
        var shape = section == GradientSection.InputVector ? null : values.Shape;
        for (long i = 0; i < count; i++)
        {
            if (elide && i == head)
            {
                yield return "\\vdots";
                i = count - tail;
            }
            yield return Name(section, shape, i) + " = " + Value(tex, values[i]);
        }
    }

    private static string Value(LatexPolynomial tex, Polynomial value) => value.IsZero ? "0" : tex.Format(value);

    private static string Name(GradientSection section, Shape? shape, long flat)
    {
        var index = shape is null ? flat.ToString(CultureInfo.InvariantCulture)
            : string.Join(',', shape.Unflatten(flat).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var of = section switch
        {
            GradientSection.Upstream => "y",
            GradientSection.InputVector => "x'",
            GradientSection.Input => "x",
            GradientSection.Kernel => "K",
            _ => "b",
        };
        return "\\frac{\\partial L}{\\partial " + of + "_{" + index + "}}";
    }

    private static string MarkdownText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
