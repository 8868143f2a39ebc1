using SymConv.Algebra;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>symconv with layers = […] or --layers: a stack of layers, its total map, y' and its equivalent single layer.</summary>
internal static class StackCommand
{
    /// <summary>The formats a stack is written in.</summary>
    public static readonly IReadOnlyList<string> Formats = ["text", "json", .. StackSectionWriter.Formats, "svg", "tikz"];

    /// <summary>What a refusal of another format adds: the layer's html and animated-svg show one layer's sliding window.</summary>
    public const string FormatNote = " (html and animated-svg show one layer's sliding window, which a stack has not; svg and tikz draw M_total)";

    /// <summary>check and formula read one layer: a stack given to them is refused where its layers are written.</summary>
    public static InputException NotForStack(string command, Invocation invocation)
    {
        var layers = invocation.Last(StackReader.LayersKey);
        return new InputException($"symconv {command} reads one layer, not a stack of layers", layers?.KeyAt ?? layers?.At,
            "give one layer (--layer nn.Conv2d(…), or a spec of one layer); symconv and symconv neuron read a stack");
    }

    /// <summary>True when the run describes a stack rather than one layer.</summary>
    public static bool Describes(Invocation invocation) => StackReader.DescribesStack(invocation.Entries);

    // The output options a stack's report reads: those that shape how M and y' are written, read
    // as the layer report reads them. The others shape only the layer report (its tensors, a
    // neuron's highlight, a standalone document) and are refused rather than ignored.
    internal static readonly string[] Read =
        ["format", "show", "rows", "hide-unit-coefficients", "unit-coefficients", "numbers", "max-rows", "max-cols", "zeros", "csv-numbers", "standalone", "output"];

    /// <summary>Refuses an output option the stack's report does not read.</summary>
    public static void RefuseUnread(Invocation invocation, IReadOnlyCollection<string> read)
    {
        foreach (var entry in invocation.Entries)
        {
            var option = OptionCatalog.Find(entry.Key);
            if (option is null || option.Group == OptionCatalog.LayerGroup || option.Group == OptionCatalog.StackGroup || read.Contains(entry.Key)) continue;
            if (option.Group == OptionCatalog.OutputGroup || option.Group == OptionCatalog.NeuronGroup)
                throw new InputException($"--{entry.Key} is not read for a stack of layers; it reads {string.Join(", ", read.Select(r => "--" + r))}",
                    entry.KeyAt ?? entry.At, CliMessages.HelpHint);
        }
    }

    public static int Run(Invocation invocation, TextWriter stdout, TextWriter stderr)
    {
        RefuseUnread(invocation, Read);
        var format = invocation.Format;
        if (!Formats.Contains(format))
            throw new InputException(ErrorMessages.BadChoice("--format", format, Formats) + FormatNote, invocation.Last("format")?.At);
        var stack = StackReader.Read(invocation.Entries);
        foreach (var note in stack.Notes)
            stderr.Write("symconv: note: " + note + "\n");
        var sections = invocation.Last("show") is { } show
            ? StackSections.Read(show.Text, show.At, stack.Layers.Count)
            : new StackSections();
        // The picture is of M_total as it stands: sections, rows and the text's number forms do not change it.
        if (format is "svg" or "tikz")
            foreach (var unread in new[] { "show", "rows", "hide-unit-coefficients", "numbers" })
                if (invocation.Last(unread) is { } entry)
                    throw new InputException($"--{unread} does not change --format {format}, the picture of M_total", entry.KeyAt ?? entry.At, CliMessages.HelpHint);
        // A stack's LaTeX is its sections alone, with no document of the layer report's around them.
        if (format == "latex" && invocation.Last("standalone") is { } alone)
            throw new InputException("--standalone makes a document of one layer's LaTeX report; a stack's LaTeX is a fragment: \\input it in a document that loads amsmath, or draw M_total with --format tikz --standalone",
                alone.KeyAt ?? alone.At, CliMessages.HelpHint);
        // M_total and y' are written by the layer report's writers, so they read its options.
        var options = invocation.ReportOptions(layerSections: false);
        if (invocation.Last("rows") is { } rows)
        {
            if (stack.Total is not { } total)
                throw new InputException($"--rows picks rows of M_total and y', and this stack has none: its first layer ({stack.Layers[0].Layer.Written}) is not linear", rows.KeyAt ?? rows.At);
            Export.Sections.SectionRows.Check(options.Rows, total.Rows);
        }
        var report = new StackReport(stack, sections, options.UnitCoefficients, options.Numbers) { Options = options };
        OutputTarget.Write(invocation.OutputPath, stdout, output =>
        {
            if (format == "json") new StackJsonWriter().Write(report, output);
            else if (format == "text") new StackTextWriter().Write(report, output);
            else if (format == "svg") StackSvgWriter.Write(report, output);
            else if (format == "tikz") StackTikzWriter.Write(report, options.Display.Standalone, output);
            else StackSectionWriter.Write(report, format, invocation.Last("show") is not null, output);
        });
        return 0;
    }
}
