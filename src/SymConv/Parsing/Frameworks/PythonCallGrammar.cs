using System.Globalization;
using System.Numerics;
using Sprache;
using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// The grammar of one Python call as a layer constructor is written in code:
/// <c>nn.Conv2d(3, 16, kernel_size=(3, 3), padding='same')</c>, optionally after an assignment
/// (<c>self.conv1 = …</c>). Values are the literals constructors take — integers, numbers,
/// strings, tuples, lists, names (True, torch.float64) and nested calls (regularizers.l2(0.01)).
/// </summary>
internal static class PythonCallGrammar
{
    private static readonly Parser<char> NameStart =
        Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_', "name");

    private static readonly Parser<char> Digit = Parse.Char(c => c is >= '0' and <= '9', "digit");

    private static readonly Parser<string> Identifier =
        (from first in NameStart
         from rest in NameStart.Or(Digit).Many().Text()
         select first + rest)
        .Named("name");

    private static readonly Parser<string> Dotted =
        Identifier.XDelimitedBy(Parse.Char('.')).Select(parts => string.Join('.', parts)).Named("name");

    private static readonly Parser<string> Digits = Digit.AtLeastOnce().Text();

    // Python's number literals as constructors use them: 3, -1, 0.5, .5, 1e-3.
    private static readonly Parser<(string Text, bool IsInteger)> NumberText =
        from sign in Parse.Chars("+-").Once().Text().Optional()
        from whole in Digits.Optional()
        from fraction in Parse.Char('.').Then(_ => Digits.Optional()).Optional()
        where whole.IsDefined || fraction.IsDefined && fraction.Get().IsDefined
        from exponent in
            (from e in Parse.Chars("eE")
             from expSign in Parse.Chars("+-").Optional()
             from expDigits in Digits
             select "e" + expSign.GetOrElse('+') + expDigits).Optional()
        select (sign.GetOrElse("") + whole.GetOrElse("") + (fraction.IsDefined ? "." + fraction.Get().GetOrElse("") : "") + exponent.GetOrElse(""),
                !fraction.IsDefined && !exponent.IsDefined);

    private static readonly Parser<PythonValue> Number =
        Spanned(NumberText).Select(n => n.Value.IsInteger
            ? (PythonValue)new PythonValue.Integer(BigInteger.Parse(n.Value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), n.Written, n.At)
            : new PythonValue.Real(n.Written, n.At));

    private static Parser<string> Quoted(char quote) =>
        from open in Parse.Char(quote)
        from body in Parse.Char(c => c != quote && c != '\\' && c != '\n', "character").Many().Text()
        from close in Parse.Char(quote).Named($"{quote} to close the string (escapes such as \\n are not read)")
        select body;

    private static readonly Parser<PythonValue> String =
        Spanned(Quoted('\'').Or(Quoted('"'))).Select(s => (PythonValue)new PythonValue.Text(s.Value, s.Written, s.At));

    private static readonly Parser<PythonValue> Tuple =
        Spanned(from open in Parse.Char('(') from items in Items(Deferred.Of(() => Value!), ')') select items)
            .Select(t => t.Value.Items.Count == 1 && !t.Value.SawComma
                ? t.Value.Items[0]   // (3) is 3 in Python, only (3,) is a tuple
                : new PythonValue.Sequence(t.Value.Items, false, t.Written, t.At));

    private static readonly Parser<PythonValue> List =
        Spanned(from open in Parse.Char('[') from items in Items(Deferred.Of(() => Value!), ']') select items)
            .Select(t => (PythonValue)new PythonValue.Sequence(t.Value.Items, true, t.Written, t.At));

    private static readonly Parser<PythonValue> NameOrCall =
        Spanned(
            from name in ExpressionGrammar.Located(Dotted)
            from call in (from open in Parse.Char('(')
                          from args in Items(Deferred.Of(() => Argument!), ')')
                          select args).XOptional()
            select (name, call))
        .Select(n => n.Value.call.IsDefined
            ? (PythonValue)new PythonValue.Call(new PythonCall(n.Value.name.Value, n.Value.name.At, n.Value.call.Get().Items, n.Value.call.Get().CloseAt), n.Written, n.At)
            : new PythonValue.Name(n.Value.name.Value, n.Written, n.At));

    private static readonly Parser<PythonValue> Value =
        Number.Or(String).Or(Tuple).Or(List).Or(NameOrCall).Named("a value (a number, 'text', a tuple or a name)");

    // A value, or keyword=value when the value is a plain name followed by one '='.
    private static readonly Parser<PythonArgument> Argument = input =>
    {
        var value = Value(input);
        if (!value.WasSuccessful) return Result.Failure<PythonArgument>(value.Remainder, value.Message, value.Expectations);
        var rest = SkipSpace(value.Remainder);
        var isKeyword = !rest.AtEnd && rest.Current == '=' && !(rest.Advance() is { AtEnd: false, Current: '=' });
        if (!isKeyword)
            return Result.Success(new PythonArgument(null, value.Value.At, value.Value), value.Remainder);
        if (value.Value is not PythonValue.Name { Dotted: var keyword } || keyword.Contains('.'))
            return Result.Failure<PythonArgument>(rest, "", ["',' or ')' (only a plain name can stand before '=')"]);
        var argument = Value(SkipSpace(rest.Advance()));
        return argument.WasSuccessful
            ? Result.Success(new PythonArgument(keyword, value.Value.At, argument.Value), argument.Remainder)
            : Result.Failure<PythonArgument>(argument.Remainder, argument.Message, argument.Expectations);
    };

    private static readonly Parser<PythonTrailer> Trailer =
        from at in ExpressionGrammar.Located(Parse.Return(0))
        from method in (from dot in Parse.Char('.') from s1 in Parse.WhiteSpace.Many() from name in Identifier select name).XOptional()
        from s2 in Parse.WhiteSpace.Many()
        from open in Parse.Char('(').Named("'(' and the method's arguments")
        from args in Items(Argument, ')')
        from s3 in Parse.WhiteSpace.Many()
        select new PythonTrailer(method.GetOrDefault(), args.Items, at.At);

    /// <summary>
    /// A whole constructor: an optional assignment target, the callee and its arguments, what
    /// follows them (method calls, an application), then nothing but spaces.
    /// </summary>
    internal static readonly Parser<PythonCall> Constructor =
        from lead in Parse.WhiteSpace.Many()
        from first in ExpressionGrammar.Located(Dotted)
        from space in Parse.WhiteSpace.Many()
        from assigned in (from eq in Parse.Char('=')
                          from s1 in Parse.WhiteSpace.Many()
                          from callee in ExpressionGrammar.Located(Dotted)
                          from s2 in Parse.WhiteSpace.Many()
                          select callee).XOptional()
        from open in Parse.Char('(').Named("'(' and the constructor's arguments")
        from args in Items(Argument, ')')
        from trail in Parse.WhiteSpace.Many()
        from trailers in Trailer.XMany()
        from end in Parse.Return(0).End().Named("the end of the constructor")
        select new PythonCall(assigned.GetOrElse(first).Value, assigned.GetOrElse(first).At, args.Items, args.CloseAt) { Trailers = [.. trailers] };

    /// <summary>
    /// One value filling the whole text, such as a stack's layers: a list of calls
    /// <c>[Conv2d(3, 8, 3), AvgPool2d(2)]</c>, or <c>nn.Sequential(…)</c>.
    /// </summary>
    internal static readonly Parser<PythonValue> WholeValue =
        from lead in Parse.WhiteSpace.Many()
        from value in Value
        from trail in Parse.WhiteSpace.Many()
        from end in Parse.Return(0).End().Named("the end of the layers")
        select value;

    // Items separated by commas up to the closing character; a trailing comma is allowed, as
    // Python allows it. Written by hand so that an error inside an item keeps its own place.
    private static Parser<(List<T> Items, bool SawComma, SourcePoint CloseAt)> Items<T>(Parser<T> item, char close) => input =>
    {
        var items = new List<T>();
        var sawComma = false;
        var rest = SkipSpace(input);
        while (true)
        {
            if (!rest.AtEnd && rest.Current == close)
                return Result.Success((items, sawComma, SourceInput.PointOf(rest)), rest.Advance());
            var next = item(rest);
            if (!next.WasSuccessful)
                return Result.Failure<(List<T>, bool, SourcePoint)>(next.Remainder, next.Message, next.Expectations);
            items.Add(next.Value);
            rest = SkipSpace(next.Remainder);
            if (!rest.AtEnd && rest.Current == ',')
            {
                sawComma = true;
                rest = SkipSpace(rest.Advance());
                continue;
            }
            if (!rest.AtEnd && rest.Current == close)
                return Result.Success((items, sawComma, SourceInput.PointOf(rest)), rest.Advance());
            return Result.Failure<(List<T>, bool, SourcePoint)>(rest, "", [$"',' or '{close}'"]);
        }
    };

    private static IInput SkipSpace(IInput input)
    {
        while (!input.AtEnd && char.IsWhiteSpace(input.Current)) input = input.Advance();
        return input;
    }

    // A parsed value with the place it starts and the text it spans.
    private static Parser<(T Value, string Written, SourcePoint At)> Spanned<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful)
            return Result.Failure<(T, string, SourcePoint)>(result.Remainder, result.Message, result.Expectations);
        var written = input.Source[input.Position..result.Remainder.Position];
        return Result.Success((result.Value, written, SourceInput.PointOf(input)), result.Remainder);
    };
}
