using SymConv.Export.Sections;

namespace SymConv.Networks;

/// <summary>
/// A stack in the formats of the section writers (LaTeX, Markdown, SymPy, Mathematica, CSV):
/// M_total as a matrix section, and x', c, y' and the activations asked for as vector sections,
/// each written as the layer report writes M and y'. Without <c>--show</c> it writes M_total and y'.
/// </summary>
internal static class StackSectionWriter
{
    /// <summary>The formats written this way.</summary>
    public static IReadOnlyList<string> Formats => [.. SectionWriters.Names.Where(n => n is not "text" and not "json")];

    /// <summary>Writes the report in <paramref name="format"/>, one of <see cref="Formats"/>.</summary>
    public static void Write(StackReport report, string format, bool sectionsGiven, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var writer = SectionWriters.Find(format, report.DisplaySymbols, report.Options)
            ?? throw new ArgumentException($"no section writer for {format}", nameof(format));
        var stack = report.Stack;
        var sections = report.Sections;
        if (sectionsGiven && sections.Input)
            writer.WriteVector(report.InputSection, output);
        if (report.MatrixSection is not { } matrix) return;
        // M_total's rows are shown as M's, and y' = M x' + c with it.
        if (!sectionsGiven || sections.Matrix || format == "csv")
            writer.WriteMatrix(matrix, output);
        // CSV holds one matrix, as for a layer.
        if (format == "csv") return;
        if (sectionsGiven && sections.Offset)
            writer.WriteVector(report.OffsetSection!, output);
        foreach (var layer in sections.Activations.Where(l => l < stack.LinearCount))
            writer.WriteVector(report.ActivationSection(layer), output);
        if (!sectionsGiven || sections.Output)
            writer.WriteVector(report.OutputSection!, output);
    }
}
