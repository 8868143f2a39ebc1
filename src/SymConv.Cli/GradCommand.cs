using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// symconv grad: the layer's backward pass — dL/dy, dL/dx', dL/dx, dL/dK, dL/db and the layer
/// that maps g to dL/dx — for an upstream gradient given by --upstream or of fresh symbols.
/// </summary>
internal static class GradCommand
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "latex", "markdown", "svg", "tikz"];

    /// <summary>What a refused --format adds after the formats grad writes.</summary>
    public const string FormatNote = " (symconv grad writes these six)";

    private static readonly string[] Written = ["text", "json", "latex", "markdown"];
    private static readonly string[] LatexAndMarkdown = ["latex", "markdown"];

    /// <summary>
    /// The formats in which each of grad's options that depends on the format does something; the
    /// rest act in every format. The pictures draw Mᵀ and U(x), which do not depend on g, so the
    /// upstream options do nothing there.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> OptionFormats = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["upstream"] = Written,
        ["upstream-symbols"] = Written,
        ["hide-unit-coefficients"] = ["text", "json"],
        ["text-layout"] = ["text"],
        ["unit-coefficients"] = LatexAndMarkdown,
        ["max-rows"] = LatexAndMarkdown,
        ["max-cols"] = LatexAndMarkdown,
        ["zeros"] = LatexAndMarkdown,
        ["standalone"] = ["latex", "tikz"],
    };

    private const string UpstreamSymbolsWithTensor =
        "--upstream-symbols names fresh upstream symbols, but --upstream gives the upstream gradient itself: give one of the two";

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (!Formats.Contains(format))
            throw new InputException(ErrorMessages.BadChoice("--format", format, Formats) + FormatNote, invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix(stderr);
        if (format is "svg" or "tikz") return Pictures(invocation, matrix, format, stdout);
        var (gradient, fresh) = Gradient(invocation, matrix);
        var layerOptions = invocation.ReportOptions(layerSections: false);
        var options = new GradientOptions
        {
            Sections = invocation.Last("show") is { } show ? GradientSectionNames.ReadList(show.Text, show.At) : null,
            UnitCoefficients = layerOptions.UnitCoefficients,
            Numbers = layerOptions.Numbers,
            TextLayout = layerOptions.TextLayout,
            MaxRows = layerOptions.Display.MaxRows,
            Standalone = layerOptions.Display.Standalone,
            Display = layerOptions.Display,
        };
        var report = new GradientReport(gradient, options, fresh);
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            switch (format)
            {
                case "json": new GradientJsonWriter().Write(report, output); break;
                case "latex": new GradientLatexWriter().Write(report, output); break;
                case "markdown": new GradientLatexWriter { Markdown = true }.Write(report, output); break;
                default: new GradientTextWriter().Write(report, output); break;
            }
        });
        return 0;
    }

    // Mᵀ and U(x) as pictures: they do not depend on g, so no upstream gradient is made.
    private static int Pictures(Invocation invocation, ConvolutionMatrix matrix, string format, TextWriter stdout)
    {
        var show = invocation.Last("show");
        var sections = GradientPictures.Sections(show is null ? null : GradientSectionNames.ReadList(show.Text, show.At), format, show?.At);
        var options = invocation.ReportOptions(layerSections: false);
        var maxBins = format == "tikz" ? Export.Pictures.TikzMatrix.MaxBins : Export.Pictures.MatrixDensity.MaxBins;
        var pictures = GradientPictures.Of(matrix, sections, options.Numbers, maxBins);
        var title = GradientPictures.Title(matrix);
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            if (format == "tikz") GradientTikzWriter.Write(title, pictures, matrix.Layer.Symbols, options.Numbers, options.Display.Standalone, output);
            else GradientSvgWriter.Write(title, pictures, output);
        });
        return 0;
    }

    /// <summary>The backward pass under --upstream (a tensor, or auto) or fresh symbols, and whether they are fresh.</summary>
    public static (LayerGradient Gradient, bool Fresh) Gradient(Invocation invocation, ConvolutionMatrix matrix)
    {
        var word = invocation.Last("upstream-symbols");
        if (word is not null && !IndexedSymbols.IsWord(word.Text.Trim()))
            throw new InputException(GradientMessages.UpstreamWordNotAWord(word.Text.Trim()), word.At);
        if (invocation.Last("upstream") is { } entry && entry.Text.Trim() != "auto")
        {
            if (word is not null)
                throw new InputException(UpstreamSymbolsWithTensor, word.KeyAt ?? word.At, CliMessages.HelpHint);
            var upstream = TensorReader.Read(entry.At, entry.Text.Length, matrix.Layer.Symbols);
            var shape = matrix.Geometry.OutputShape;
            if (!upstream.Shape.Equals(shape))
                throw new InputException(GradientMessages.UpstreamShape(upstream.Shape, shape), entry.At,
                    GradientMessages.UpstreamShapeHint(shape) + ", or --upstream auto for fresh symbols");
            return (LayerGradient.Of(matrix, upstream), false);
        }
        try
        {
            return (LayerGradient.Of(matrix, UpstreamSymbols.Of(matrix, word?.Text.Trim())), true);
        }
        catch (InputException e) when (word is not null && e.At is null)
        {
            throw new InputException(e.Message, word.At, e.Hint);
        }
    }
}
