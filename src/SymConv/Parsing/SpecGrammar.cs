using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The grammar of spec files: <c>key = value</c> lines with <c>#</c> comments, keys being the
/// long option names. A value that opens a bracket runs on over lines until it closes, so a
/// tensor can be laid out as the seed writes it, one row per line.
/// </summary>
public static class SpecGrammar
{
    private static readonly Parser<string> InlineSpace = Parse.Chars(" \t\r").Many().Text();

    private static readonly Parser<string> Key =
        (from first in Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z', "option name")
         from rest in Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_', "option name").Many().Text()
         select first + rest)
        .Named("option name");

    private static readonly Parser<string> Bracketed =
        from open in Parse.Char('[')
        from body in Deferred.Of(() => Bracketed!).Or(Parse.CharExcept("[]").Once().Text()).XMany()
        from close in Parse.Char(']').Named("']' to close the bracket")
        select "[" + string.Concat(body) + "]";

    private static readonly Parser<string> Value =
        Bracketed.Or(Parse.CharExcept("[\n").AtLeastOnce().Text()).XMany().Select(string.Concat);

    private static readonly Parser<SpecEntry?> Entry =
        from key in ExpressionGrammar.Located(Key)
        from s1 in InlineSpace
        from eq in Parse.Char('=').Named("'='")
        from s2 in InlineSpace
        from value in ExpressionGrammar.Located(Value)
        select (SpecEntry?)new SpecEntry(key.Value, value.Value.TrimEnd(), value.At) { KeyAt = key.At };

    private static readonly Parser<SpecEntry?> Line =
        from lead in InlineSpace
        from entry in Entry.XOr(Parse.Return<SpecEntry?>(null))
        from end in Parse.LineEnd.Or(Parse.Return("").End()).Named("end of line")
        select entry;

    private static readonly Parser<IEnumerable<SpecEntry?>> File = Line.XMany().End();

    /// <summary>Reads a spec file's entries in order.</summary>
    public static IReadOnlyList<SpecEntry> Read(string sourceName, string text)
    {
        // Comments are blanked, not cut, so every column stays where the user sees it.
        var blanked = BlankComments(text);
        var start = SourcePoint.StartOf(sourceName, blanked);
        Failures.CheckNesting(start, blanked.Length);
        var result = File(SourceInput.At(start));
        if (!result.WasSuccessful)
            throw Failures.From(result, ErrorMessages.SpecHint);
        return result.Value.OfType<SpecEntry>().ToList();
    }

    private static string BlankComments(string text)
    {
        var chars = text.ToCharArray();
        var inComment = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n') inComment = false;
            else if (chars[i] == '#') inComment = true;
            if (inComment) chars[i] = ' ';
        }
        return new string(chars);
    }
}
