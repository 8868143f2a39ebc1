using SymConv.Algebra;
using SymConv.Export;
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
        var options = new ReportOptions { UnitCoefficients = report.Units, Numbers = report.Numbers };
        var writer = SectionWriters.Find(format, report.DisplaySymbols, options)
            ?? throw new ArgumentException($"no section writer for {format}", nameof(format));
        var stack = report.Stack;
        var sections = report.Sections;
        var showMatrix = !sectionsGiven || sections.Matrix || format == "csv";
        var showOutput = !sectionsGiven || sections.Output;
        var x = stack.Input.Values;
        if (sectionsGiven && sections.Input)
            writer.WriteVector(new AffineVectorSection("x'", new AffineVector(new IdentityMap(stack.Input.Shape.Size), x)), output);
        if (stack.Total is not { } total) return;
        // M_total's rows are shown as M's, and y' = M x' + c with it.
        if (showMatrix)
            writer.WriteMatrix(new MatrixSection("M", total) { CodeName = "M_total", Note = ProductNote(stack) }, output);
        // CSV holds one matrix, as for a layer.
        if (format == "csv") return;
        if (sectionsGiven && sections.Offset)
            writer.WriteVector(new AffineVectorSection("c", new AffineVector(total, [.. Enumerable.Repeat(Polynomial.Zero, x.Count)])), output);
        foreach (var layer in sections.Activations.Where(l => l < stack.LinearCount))
            writer.WriteVector(new AffineVectorSection($"y{layer}'", new AffineVector(stack.Product(0, layer), x)), output);
        if (showOutput)
            writer.WriteVector(new AffineVectorSection("y'", new AffineVector(total, x)) { Sum = total.IsAffine ? "M x' + c" : "M x'" }, output);
    }

    private static string ProductNote(NetworkStack stack) =>
        "M_total = " + string.Join(" ", Enumerable.Range(0, stack.LinearCount).Reverse().Select(i => "M_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + (stack.FirstNonlinear is { } stop ? ", up to layer " + stop.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", which is not linear" : "");

    // x' itself, as the vector of the identity map.
    private sealed class IdentityMap(long size) : LinearMaps.ILinearMap
    {
        public long Rows => size;
        public long Columns => size;
        public bool IsAffine => false;
        public IReadOnlyList<LinearMaps.MatrixEntry> Row(long row) => [new(row, Polynomial.One)];
        public Polynomial Offset(long row) => Polynomial.Zero;
    }
}
