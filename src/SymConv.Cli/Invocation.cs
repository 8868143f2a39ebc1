using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Model;
using SymConv.Onnx;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Everything one run was asked for: the spec file's lines then the command line's options (the
/// later overriding), the layer they describe, and how to show it.
/// </summary>
internal sealed class Invocation
{
    private readonly Dictionary<string, SpecEntry> _last = new(StringComparer.Ordinal);

    private Invocation(IReadOnlyList<SpecEntry> entries, OnnxModel? model, string? specPath)
    {
        Model = model;
        Entries = entries;
        SpecPath = specPath;
        foreach (var entry in entries)
            _last[entry.Key] = entry;
    }

    public IReadOnlyList<SpecEntry> Entries { get; }

    /// <summary>The spec file (or ONNX model) read, if any; not the built-in seed.</summary>
    public string? SpecPath { get; }

    /// <summary>The ONNX model the layer comes from, when one was named instead of a spec file.</summary>
    public OnnxModel? Model { get; }

    /// <param name="arguments">The command line.</param>
    /// <param name="specText">The spec file's text, or the seed's.</param>
    /// <param name="specName">What errors call the spec.</param>
    /// <param name="model">The ONNX model named instead of a spec file.</param>
    /// <param name="specPath">The spec file or model, when one was read: files a spec names are relative to its folder.</param>
    public static Invocation From(Arguments arguments, string? specText, string? specName, OnnxModel? model = null, string? specPath = null)
    {
        var entries = new List<SpecEntry>();
        if (specText is not null)
        {
            foreach (var entry in SpecGrammar.Read(specName ?? "spec", specText))
            {
                // A stack's per-layer tensors, kernel[0] = …, have keys of their own.
                if (Networks.StackReader.IsParameterKey(entry.Key))
                {
                    entries.Add(entry);
                    continue;
                }
                var option = OptionCatalog.Find(entry.Key);
                if (option is null || option.Group == OptionCatalog.GeneralGroup)
                    throw new InputException(CliMessages.UnknownKey(entry.Key, OptionCatalog.Suggest(entry.Key)), entry.KeyAt ?? entry.At, CliMessages.UnknownKeyHint);
                // A spec file describes a layer of its own; a model's options go with the model.
                if (option.Group == OptionCatalog.ModelGroup)
                    throw new InputException(CliMessages.ModelKeyInSpec(entry.Key), entry.KeyAt ?? entry.At, CliMessages.HelpHint);
                // A spec describes a layer; a downloaded one must not choose which file is overwritten.
                if (option.Name == "output")
                    throw new InputException(CliMessages.OutputInSpec, entry.KeyAt ?? entry.At, CliMessages.OutputInSpecHint);
                entries.Add(entry);
            }
        }
        entries.AddRange(arguments.Entries);
        return new Invocation(entries, model, specPath);
    }

    /// <summary>
    /// The same run without <paramref name="unread"/>, a spec's lines that another command or
    /// format reads, and with the lines of which only some words are read <paramref name="narrowed"/> to those.
    /// </summary>
    public Invocation Without(IReadOnlySet<SpecEntry> unread, IReadOnlyDictionary<SpecEntry, SpecEntry> narrowed) =>
        new([.. Entries.Where(e => !unread.Contains(e)).Select(e => narrowed.GetValueOrDefault(e, e))], Model, SpecPath);

    /// <summary>True when the entry is a line of the spec file rather than an option on the command line.</summary>
    public static bool IsFromSpec(SpecEntry entry) => entry.KeyAt is not null;

    /// <summary>
    /// The file an entry names: as given on the command line; relative to the spec's folder for
    /// a spec's line, so a spec and the claims beside it work from any folder.
    /// </summary>
    public string PathOf(SpecEntry entry) =>
        IsFromSpec(entry) && SpecPath is not null ? Path.Combine(Path.GetDirectoryName(SpecPath) ?? "", entry.Text) : entry.Text;

    /// <summary>The files the command reads, which its output must not overwrite.</summary>
    public IEnumerable<InputPath> InputFiles(string? command)
    {
        if (SpecPath is not null) yield return new InputPath(SpecPath, Model is null ? "spec file" : "model");
        if (command != "check") yield break;
        foreach (var entry in Entries.Where(e => e.Key == "claims"))
            yield return new InputPath(PathOf(entry), "claims file");
    }

    public SpecEntry? Last(string key) => _last.GetValueOrDefault(key);

    public bool Switch(string key) => Last(key) is { } entry && OptionGrammar.ReadSwitch(entry);

    /// <summary>The layer's matrix; what reading it assumed is written to <paramref name="notes"/> (standard error).</summary>
    public ConvolutionMatrix BuildMatrix(TextWriter notes)
    {
        var layer = Model is null ? LayerReader.Read(Entries) : ModelLayer.Read(Model, this);
        foreach (var note in layer.Notes)
            notes.Write("symconv: note: " + ParameterNames.Words(note, CliMessages.Flag) + "\n");
        return new ConvolutionMatrix(layer);
    }

    public string Format => Last("format")?.Text.Trim() ?? "text";

    public IReportWriter Writer()
    {
        var entry = Last("format");
        return ReportFormats.Find(Format)
            ?? throw new InputException(ErrorMessages.BadChoice("--format", Format, ReportFormats.Names), entry?.At);
    }

    /// <param name="layerSections">False when --show names another command's sections (symconv grad's), read by that command.</param>
    public ReportOptions ReportOptions(bool layerSections = true) => ReportOptionsReader.Read(Last, DefaultNotation, layerSections);

    // A model's float weights read as their shortest decimals (0.1f as 1/10) show as those
    // decimals, the numbers the framework printed; --weights exact asks for binary values, which
    // read best as p/2^k. A typed layer keeps the seed's fractions, byte for byte.
    private NumberNotation DefaultNotation =>
        Model is not null && Last("weights")?.Text.Trim() != "exact" ? NumberNotation.Decimal : NumberNotation.Fraction;

    /// <summary>The one unit-coefficient setting the run's flags spell (<see cref="ReportOptionsReader.UnitCoefficientsOf"/>).</summary>
    public UnitCoefficients? UnitCoefficients => ReportOptionsReader.UnitCoefficientsOf(Last);

    public string? OutputPath => Last("output")?.Text;
}
