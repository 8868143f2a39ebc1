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
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "latex", "markdown"];

    private const string UpstreamSymbolsWithTensor =
        "--upstream-symbols names fresh upstream symbols, but --upstream gives the upstream gradient itself: give one of the two";

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        var format = invocation.Format;
        if (!Formats.Contains(format))
            throw new InputException(ErrorMessages.BadChoice("--format", format, Formats) + " (symconv grad writes these four)", invocation.Last("format")?.At);
        var matrix = invocation.BuildMatrix(stderr);
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
