using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>
/// Reads the keys that say how to show a layer (show, rows, numbers, max-rows, …) as
/// <see cref="ReportOptions"/>: a spec's lines for the library's front door, and the spec's lines
/// with the command line's options for the command, so both read them alike.
/// </summary>
internal static class ReportOptionsReader
{
    /// <summary>The keys read here, with format: every key of a spec that only says how the layer view is written.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "format", "show", "rows", "hide-unit-coefficients", "text-layout", "one-per-line", "numbers", "csv-numbers",
        "max-rows", "max-cols", "zeros", "standalone", "highlight", "unit-coefficients",
    ];

    /// <summary>The options the entries give.</summary>
    /// <param name="last">The entry that gives a key last, or null when none does.</param>
    /// <param name="numbers">How numbers are written when no numbers entry says (an ONNX model's weights read best as decimals).</param>
    /// <param name="layerSections">False when show names another command's sections (symconv grad's), read by that command.</param>
    public static ReportOptions Read(Func<string, SpecEntry?> last, NumberNotation numbers = NumberNotation.Fraction, bool layerSections = true)
    {
        bool Switch(string key) => last(key) is { } entry && OptionGrammar.ReadSwitch(entry);
        int? Limit(string key)
        {
            if (last(key) is not { } entry) return null;
            var value = OptionGrammar.ReadInteger(entry);
            return value >= 0 ? value : throw new InputException(ErrorMessages.NegativeLimit(ErrorMessages.Parameter(key), value), entry.At) { Parameter = key, Value = entry.Text.Trim() };
        }
        return new()
        {
            Sections = layerSections && last("show") is { } show ? SectionNames.ReadList(show.Text, show.At) : null,
            Rows = last("rows") is { } rows ? OptionGrammar.ReadRows(rows) : null,
            UnitCoefficients = UnitCoefficientsOf(last),
            TextLayout = last("text-layout") is { } layout ? OptionGrammar.ReadChoice(layout, TextLayouts) : TextLayout.Seed,
            OnePerLine = last("one-per-line") is { } lines ? OptionGrammar.ReadSwitch(lines) : null,
            Numbers = last("numbers") is { } notation ? OptionGrammar.ReadChoice(notation, Notations) : numbers,
            CsvNumbers = last("csv-numbers") is { } csv ? OptionGrammar.ReadChoice(csv, CsvForms) : CsvNumbers.Exact,
            Display = new()
            {
                MaxRows = Limit("max-rows") ?? DisplayOptions.DefaultMaxRows,
                MaxColumns = Limit("max-cols"),
                Zeros = last("zeros") is { } zeros ? OptionGrammar.ReadChoice(zeros, ZeroStyles) : ZeroStyle.Zero,
                Standalone = Switch("standalone"),
                Highlight = last("highlight") is { } row ? OptionGrammar.ReadInteger(row) : null,
            },
        };
    }

    /// <summary>
    /// The one unit-coefficient setting, which two keys spell: hide-unit-coefficients (read for text
    /// and JSON) says hidden, unit-coefficients (read for LaTeX and Markdown) says shown, and neither
    /// leaves each format its own default. Each says the other format's default, so either does what
    /// it always did. One place gives at most one of them (<see cref="SpecConflicts"/>); given in a
    /// spec and on the command line, the command line's, read later, overrides the spec's line.
    /// </summary>
    /// <param name="last">The entry that gives a key last, or null when none does.</param>
    public static UnitCoefficients? UnitCoefficientsOf(Func<string, SpecEntry?> last)
    {
        var hidden = last("hide-unit-coefficients") is { } hide && OptionGrammar.ReadSwitch(hide) ? hide : null;
        var shown = last("unit-coefficients") is { } show && OptionGrammar.ReadSwitch(show) ? show : null;
        if (hidden is null) return shown is null ? null : UnitCoefficients.Shown;
        if (shown is null) return UnitCoefficients.Hidden;
        var hiddenInSpec = hidden.KeyAt is not null;
        return hiddenInSpec ? UnitCoefficients.Shown : UnitCoefficients.Hidden;
    }

    /// <summary>The format an entry names, refused at its value when no writer has that name.</summary>
    public static string ReadFormat(SpecEntry entry)
    {
        var format = entry.Text.Trim();
        return ReportFormats.Find(format) is not null
            ? format
            : throw new InputException(ErrorMessages.BadChoice(ErrorMessages.Parameter(entry.Key), format, ReportFormats.Names) + OptionGrammar.DidYouMean(format, ReportFormats.Names), entry.At)
                { Parameter = entry.Key, Value = format };
    }

    private static readonly Dictionary<string, TextLayout> TextLayouts = new(StringComparer.Ordinal)
    {
        ["seed"] = TextLayout.Seed, ["indented"] = TextLayout.Indented,
    };

    private static readonly Dictionary<string, NumberNotation> Notations = new(StringComparer.Ordinal)
    {
        ["fraction"] = NumberNotation.Fraction, ["decimal"] = NumberNotation.Decimal,
    };

    private static readonly Dictionary<string, CsvNumbers> CsvForms = new(StringComparer.Ordinal)
    {
        ["exact"] = CsvNumbers.Exact, ["decimal"] = CsvNumbers.Decimal,
    };

    private static readonly Dictionary<string, ZeroStyle> ZeroStyles = new(StringComparer.Ordinal)
    {
        ["0"] = ZeroStyle.Zero, ["dot"] = ZeroStyle.Dot, ["blank"] = ZeroStyle.Blank,
    };
}
