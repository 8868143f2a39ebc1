using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>The grammars of option values: integer lists, padding, modes, row ranges, switches.</summary>
internal static class OptionGrammar
{
    private static readonly Parser<IInput> Here = input => Result.Success(input, input);

    // Any run of digits is an integer; one past an int is refused as too big, not as not a number.
    private static readonly Parser<int> Integer =
        (from start in Here
         from minus in Parse.Char('-').Optional()
         from digits in Parse.Char(c => c is >= '0' and <= '9', "digit").AtLeastOnce().Text()
         select ToInteger(minus.IsDefined, digits, start))
        .Named("integer");

    private static int ToInteger(bool negative, string digits, IInput start)
    {
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length > 10 || long.Parse(trimmed.Length == 0 ? "0" : trimmed, System.Globalization.CultureInfo.InvariantCulture) > int.MaxValue)
            throw new IntegerTooBig((negative ? "-" : "") + digits, start);
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    // Raised inside the grammar, where the option is not known; Read names it.
    private sealed class IntegerTooBig(string written, IInput at) : Exception
    {
        public string Written { get; } = written;

        public IInput At { get; } = at;
    }

    private static readonly Parser<int[]> IntegerList =
        from open in Parse.Char('(').Or(Parse.Char('[')).Token().Optional()
        // XDelimitedBy: after a separator an integer must follow, and the caret goes where it does not.
        from values in Integer.Token().XDelimitedBy(Parse.Char(',').Or(Parse.Char('×')).Or(Parse.Char('x')).Token())
        from close in Parse.Char(')').Or(Parse.Char(']')).Token().Optional()
        select values.ToArray();

    // One dimension's padding: a size for both sides, or before:after.
    private static readonly Parser<(int Before, int After, bool Sided)> PaddingPair =
        from before in Integer.Token()
        from after in Parse.Char(':').Token().Then(_ => Integer.Token()).Optional()
        select after.IsDefined ? (before, after.Get(), true) : (before, before, false);

    private static readonly Parser<Padding> PaddingSizes =
        from open in Parse.Char('(').Or(Parse.Char('[')).Token().Optional()
        from pairs in PaddingPair.DelimitedBy(Parse.Char(',').Token())
        from close in Parse.Char(')').Or(Parse.Char(']')).Token().Optional()
        select SizesOf(pairs.ToArray());

    private static Padding SizesOf((int Before, int After, bool Sided)[] pairs) =>
        pairs.Any(p => p.Sided)
            ? new Padding.Sides([.. pairs.Select(p => p.Before)], [.. pairs.Select(p => p.After)])
            : new Padding.Explicit([.. pairs.Select(p => p.Before)]);

    // Longer words first: Or commits to the first word that matches a prefix.
    private static readonly Parser<Padding> PaddingValue =
        Named("valid", Padding.Valid)
            .Or(Named("same-lower", new Padding.SameLower()))
            .Or(Named("same", new Padding.Same()))
            .Or(Named("full", new Padding.Full()))
            .Or(Named("tf-same", new Padding.TfSame()))
            .Or(Named("causal", new Padding.Causal()))
            .Or(PaddingSizes)
            .Token().Named("padding sizes, valid, same, same-lower, full, tf-same or causal");

    private static Parser<Padding> Named(string word, Padding value) =>
        Parse.String(word).Text().Return(value);

    private static readonly Parser<RowRange[]> RowRanges =
        (from first in Integer.Token()
         from last in Parse.String("..").Token().Then(_ => Integer.Token()).Optional()
         select new RowRange(first, last.GetOrElse(first)))
        .DelimitedBy(Parse.Char(',').Token())
        .Select(r => r.ToArray())
        .Named("row or range such as 3 or 0..1");

    /// <summary>Reads one integer list such as <c>2</c>, <c>2,1</c> or <c>(2, 1)</c>.</summary>
    public static int[] ReadIntegers(SpecEntry entry) => Read(IntegerList, entry, "integers separated by commas, such as 2 or 2,1");

    /// <summary>Reads one integer.</summary>
    public static int ReadInteger(SpecEntry entry) => Read(Integer.Token(), entry, "an integer");

    /// <summary>Reads a shape: positive integers such as 2,1,2,2.</summary>
    public static Shape ReadShape(SpecEntry entry)
    {
        var dims = Read(IntegerList, entry, "the sizes of each dimension separated by commas, such as 2,1,2,2");
        if (dims.Any(d => d < 1))
            throw new InputException(ErrorMessages.ShapeNotPositive(ErrorMessages.Parameter(entry.Key), entry.Text), entry.At) { Parameter = entry.Key, Value = entry.Text.Trim() };
        try
        {
            return new Shape(dims);
        }
        catch (OverflowException)
        {
            throw new InputException(ErrorMessages.ShapeTooLarge(ErrorMessages.Parameter(entry.Key), entry.Text), entry.At) { Parameter = entry.Key, Value = entry.Text.Trim() };
        }
    }

    /// <summary>Reads a padding value.</summary>
    public static Padding ReadPadding(SpecEntry entry) =>
        Read(PaddingValue, entry, "sizes such as 1 or 1,2, before:after sides such as 1:2,0:1, or one of valid, same, same-lower, full, tf-same, causal",
            // Only a word is a near miss of a padding word; 1,x is a mistyped list, not a misspelled same.
            IsWord(entry.Text.Trim()) ? DidYouMean(entry.Text.Trim(), PaddingWords) : "");

    private static readonly string[] PaddingWords = ["valid", "same", "same-lower", "full", "tf-same", "causal"];

    private static bool IsWord(string text) => text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetter(c) || c == '-');

    /// <summary>"; did you mean zeros?" when a choice is close to <paramref name="word"/>, else nothing.</summary>
    internal static string DidYouMean(string word, IEnumerable<string> choices) =>
        ValueSuggestion.For(word, [.. choices.Where(c => c.Length > 0)]) is { } suggestion ? $"; did you mean {suggestion}?" : "";

    /// <summary>Reads row ranges such as <c>3</c>, <c>0..1</c> or <c>0..1,5</c> (both ends included).</summary>
    public static RowRange[] ReadRows(SpecEntry entry) => Read(RowRanges, entry, "a row such as 3 or an inclusive range such as 0..1");

    /// <summary>Reads one of a fixed set of words.</summary>
    public static T ReadChoice<T>(SpecEntry entry, IReadOnlyDictionary<string, T> choices)
    {
        var word = entry.Text.Trim();
        if (choices.TryGetValue(word, out var value)) return value;
        throw new InputException(ErrorMessages.BadChoice(ErrorMessages.Parameter(entry.Key), word, choices.Keys) + DidYouMean(word, choices.Keys), entry.At)
            { Parameter = entry.Key, Value = word };
    }

    /// <summary>Reads a switch's value in a spec file: true/false, yes/no, on/off, 1/0.</summary>
    public static bool ReadSwitch(SpecEntry entry) => ReadChoice(entry, Switches);

    private static readonly Dictionary<string, bool> Switches = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false, ["yes"] = true, ["no"] = false,
        ["on"] = true, ["off"] = false, ["1"] = true, ["0"] = false, [""] = true,
    };

    private static T Read<T>(Parser<T> parser, SpecEntry entry, string expected, string suggestion = "")
    {
        IResult<T> result;
        try
        {
            result = parser.End()(SourceInput.At(entry.At with { Text = entry.Text, Offset = 0, Line = 1, Column = 1 }));
        }
        catch (IntegerTooBig tooBig)
        {
            var point = SourceInput.PointOf(tooBig.At);
            throw new InputException(ErrorMessages.IntegerTooBig(ErrorMessages.Parameter(entry.Key), entry.Text, point.Offset, tooBig.Written, int.MaxValue),
                Shift(entry.At, point)) { Parameter = entry.Key, Value = entry.Text.Trim() };
        }
        if (result.WasSuccessful) return result.Value;
        var inValue = SourceInput.PointOf(result.Remainder);
        throw new InputException(ErrorMessages.BadOptionValue(ErrorMessages.Parameter(entry.Key), entry.Text, expected, inValue.Offset) + suggestion, Shift(entry.At, inValue)) { Parameter = entry.Key, Value = entry.Text.Trim() };
    }

    // Maps a point inside a value's own text back onto the text the value came from.
    private static SourcePoint Shift(SourcePoint valueStart, SourcePoint inValue) =>
        valueStart with
        {
            Line = valueStart.Line + inValue.Line - 1,
            Column = inValue.Line == 1 ? valueStart.Column + inValue.Column - 1 : inValue.Column,
            Offset = valueStart.Offset + inValue.Offset,
        };
}
