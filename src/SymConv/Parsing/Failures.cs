using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>Turns Sprache's failures into the one message a person reads.</summary>
internal static class Failures
{
    /// <summary>The deepest nesting of brackets and parentheses accepted.</summary>
    public const int MaxNesting = 64;

    /// <summary>The error for a failed parse: what was found, what was expected, and where.</summary>
    public static InputException From<T>(IResult<T> failure, string? hint = null)
    {
        var at = SourceInput.PointOf(failure.Remainder);
        var found = failure.Remainder.AtEnd ? "end of text" : Describe(failure.Remainder.Current);
        var expected = failure.Expectations.Distinct().ToList();
        var message = expected.Count == 0
            ? $"unexpected {found}"
            : $"unexpected {found}; expected {string.Join(" or ", expected)}";
        return new InputException(message, at, hint);
    }

    /// <summary>
    /// Refuses nesting deeper than <see cref="MaxNesting"/> before any recursive parser sees
    /// it: a stack overflow cannot be caught in .NET and would kill the process.
    /// </summary>
    public static void CheckNesting(SourcePoint start, int length)
    {
        var depth = 0;
        var line = start.Line;
        var column = start.Column;
        var end = Math.Min(start.Text.Length, start.Offset + length);
        // Signs nest too: --…-a is parsed one recursive call per sign.
        var signs = 0;
        for (var i = start.Offset; i < end; i++)
        {
            var c = start.Text[i];
            if (c is '-' or '+' or '−')
            {
                if (++signs > MaxNesting)
                    throw new InputException(ErrorMessages.TooManySigns(MaxNesting),
                        start with { Line = line, Column = column, Offset = i }, null);
            }
            else if (!char.IsWhiteSpace(c))
            {
                signs = 0;
            }
            if (c is '[' or '(' or '{')
            {
                if (++depth > MaxNesting)
                    throw new InputException(ErrorMessages.TooDeep(MaxNesting),
                        start with { Line = line, Column = column, Offset = i }, ErrorMessages.TooDeepHint);
            }
            else if (c is ']' or ')' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            if (SourceInput.EndsLine(start.Text, i)) { line++; column = 1; }
            else column++;
        }
    }

    /// <summary>The point at an offset after a start point, its line and column counted.</summary>
    public static SourcePoint PointAt(SourcePoint start, int offset)
    {
        var (line, column) = (start.Line, start.Column);
        for (var i = start.Offset; i < offset; i++)
        {
            if (SourceInput.EndsLine(start.Text, i)) { line++; column = 1; }
            else column++;
        }
        return start with { Line = line, Column = column, Offset = offset };
    }

    /// <summary>A character as a message names it.</summary>
    public static string Describe(char c) => c switch
    {
        '\n' or '\r' => "a line break",
        ' ' or '\t' => "a space",
        _ when char.IsControl(c) => $"the control character U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
