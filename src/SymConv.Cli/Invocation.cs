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

    private Invocation(IReadOnlyList<SpecEntry> entries, OnnxModel? model)
    {
        Model = model;
        Entries = entries;
        foreach (var entry in entries)
            _last[entry.Key] = entry;
    }

    public IReadOnlyList<SpecEntry> Entries { get; }

    /// <summary>The ONNX model the layer comes from, when one was named instead of a spec file.</summary>
    public OnnxModel? Model { get; }

    public static Invocation From(Arguments arguments, string? specText, string? specName, OnnxModel? model = null)
    {
        var entries = new List<SpecEntry>();
        if (specText is not null)
        {
            foreach (var entry in SpecGrammar.Read(specName ?? "spec", specText))
            {
                var option = OptionCatalog.Find(entry.Key);
                if (option is null || option.Group == OptionCatalog.GeneralGroup)
                    throw new InputException(CliMessages.UnknownKey(entry.Key, OptionCatalog.Suggest(entry.Key)), entry.KeyAt ?? entry.At, CliMessages.UnknownKeyHint);
                // A spec file describes a layer of its own; a model's options go with the model.
                if (option.Group == OptionCatalog.ModelGroup)
                    throw new InputException(CliMessages.ModelKeyInSpec(entry.Key), entry.KeyAt ?? entry.At, CliMessages.HelpHint);
                entries.Add(entry);
            }
        }
        entries.AddRange(arguments.Entries);
        return new Invocation(entries, model);
    }

    public SpecEntry? Last(string key) => _last.GetValueOrDefault(key);

    public bool Switch(string key) => Last(key) is { } entry && OptionGrammar.ReadSwitch(entry);

    public ConvolutionMatrix BuildMatrix() => new(Model is null ? LayerReader.Read(Entries) : ModelLayer.Read(Model, this));

    public string Format => Last("format")?.Text.Trim() ?? "text";

    public IReportWriter Writer()
    {
        var entry = Last("format");
        return ReportFormats.Find(Format)
            ?? throw new InputException(ErrorMessages.BadChoice("--format", Format, ReportFormats.Names), entry?.At);
    }

    public ReportOptions ReportOptions() => new()
    {
        Sections = Last("show") is { } show ? SectionNames.ReadList(show.Text, show.At) : null,
        Rows = Last("rows") is { } rows ? OptionGrammar.ReadRows(rows) : null,
        UnitCoefficients = Switch("hide-unit-coefficients") ? UnitCoefficients.Hidden : UnitCoefficients.Shown,
        CsvNumbers = Last("csv-numbers") is { } numbers ? OptionGrammar.ReadChoice(numbers, CsvForms) : CsvNumbers.Exact,
        Display = DisplayOptions(),
    };

    private static readonly Dictionary<string, CsvNumbers> CsvForms = new(StringComparer.Ordinal)
    {
        ["exact"] = CsvNumbers.Exact, ["decimal"] = CsvNumbers.Decimal,
    };

    private static readonly Dictionary<string, ZeroStyle> ZeroStyles = new(StringComparer.Ordinal)
    {
        ["0"] = ZeroStyle.Zero, ["dot"] = ZeroStyle.Dot, ["blank"] = ZeroStyle.Blank,
    };

    private DisplayOptions DisplayOptions() => new()
    {
        MaxRows = Limit("max-rows") ?? Export.DisplayOptions.DefaultMaxRows,
        MaxColumns = Limit("max-cols"),
        Zeros = Last("zeros") is { } zeros ? OptionGrammar.ReadChoice(zeros, ZeroStyles) : ZeroStyle.Zero,
        Standalone = Switch("standalone"),
        Highlight = Last("highlight") is { } row ? OptionGrammar.ReadInteger(row) : null,
        UnitCoefficients = Switch("unit-coefficients"),
    };

    private int? Limit(string key)
    {
        if (Last(key) is not { } entry) return null;
        var value = OptionGrammar.ReadInteger(entry);
        if (value < 0) throw new InputException(ErrorMessages.NegativeLimit("--" + key, value), entry.At);
        return value;
    }

    public string? OutputPath => Last("output")?.Text;
}
