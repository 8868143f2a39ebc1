using System.Globalization;
using System.Numerics;
using Sprache;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The grammar of one entry: numbers (3, 0.25, 9e-3, 1/9), symbols (a, k12, w_{0,1}), + - * /,
/// ^ with a non-negative integer exponent, parentheses and juxtaposition (2a, 3(a+b)).
/// Two variants: <see cref="Spaced"/> allows spaces around operators, for comma-separated
/// entries; <see cref="Tight"/> allows none, for the seed's space-separated rows, where a space
/// ends the entry. Juxtaposition never spans a space, so [1 2 3] is three entries, not 6.
/// Where a run of characters could be one entry or two (x_00, (a)2, 1e3x), it is refused with
/// both readings rather than read one way.
/// </summary>
internal static class ExpressionGrammar
{
    /// <summary>The longest number literal accepted; longer ones are almost surely a paste error.</summary>
    public const int MaxDigits = 400;

    /// <summary>The largest exponent accepted after ^.</summary>
    public const int MaxExponent = 64;

    private static readonly Parser<char> Digit = Parse.Char(c => c is >= '0' and <= '9', "digit");

    private static readonly Parser<char> AsciiLetter =
        Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z', "letter");

    private static readonly Parser<string> Digits = Digit.AtLeastOnce().Text();

    private static readonly Parser<string> Word =
        from first in AsciiLetter
        from rest in AsciiLetter.Or(Digit).Many().Text()
        select first + rest;

    private static readonly Parser<string> SubscriptItem =
        AsciiLetter.Or(Digit).AtLeastOnce().Text().Named("subscript");

    private static readonly Parser<IEnumerable<string>> BracedSubscript =
        from open in Parse.Char('{')
        from list in SubscriptItem.DelimitedBy(Parse.Char(','))
        from close in Parse.Char('}').Named("'}'")
        select list;

    // A subscript without braces is one character; what runs on after it is kept to be refused.
    private static readonly Parser<(IEnumerable<string> Items, Located<string>? RunOn)> Subscript =
        from underscore in Parse.Char('_')
        from items in
            BracedSubscript.Select(list => (list, (Located<string>?)null))
            .XOr(from single in Digit.Or(AsciiLetter).Once().Text()
                 from runOn in Located(AsciiLetter.Or(Digit).Many().Text())
                 select ((IEnumerable<string>)[single], runOn.Value.Length > 0 ? runOn : (Located<string>?)null))
        select items;

    /// <summary>A symbol's canonical name (<see cref="Model.SymbolNames.Canonical"/>).</summary>
    internal static readonly Parser<string> SymbolName =
        (from word in Word
         from subscript in Subscript.Optional()
         select subscript.IsDefined ? Subscripted(word, subscript.Get()) : word)
        .Named("symbol");

    // x_00 could be x_{00} or x_0 then 0: there is no telling which was meant, so neither is chosen.
    private static string Subscripted(string word, (IEnumerable<string> Items, Located<string>? RunOn) subscript)
    {
        if (subscript.RunOn is { } runOn)
        {
            var written = subscript.Items.Single() + runOn.Value;
            throw new InputException(ErrorMessages.AmbiguousSubscript(word, written), runOn.At,
                ErrorMessages.AmbiguousSubscriptHint(word, written));
        }
        return SymbolNames.Canonical(word, subscript.Items.ToList());
    }

    private static readonly Parser<(Rational Value, string? Letter, string Written)> NumberLiteral =
        new Parser<(Rational, string?, string)>(ReadNumberWritten).Named("number");

    // The number, and the letter of a signed power of ten (2e+3), which also reads as a symbol
    // e plus 3 wherever e is a symbol: NumberExpression refuses it there.
    private static IResult<(Rational, string?, string)> ReadNumberWritten(IInput input)
    {
        var result = ReadNumber(input);
        if (!result.WasSuccessful)
            return Result.Failure<(Rational, string?, string)>(result.Remainder, result.Message, result.Expectations);
        var written = input.Source[input.Position..result.Remainder.Position];
        var e = written.IndexOfAny(['e', 'E']);
        var letter = e >= 0 && e + 1 < written.Length && written[e + 1] is '+' or '-' ? written[e].ToString() : null;
        return Result.Success<(Rational, string?, string)>((result.Value, letter, written), result.Remainder);
    }

    /// <summary>Entries whose operators may be surrounded by spaces (comma-separated lists).</summary>
    public static Parser<Expression> Spaced { get; } = Build(spaced: true);

    /// <summary>Entries without spaces (space-separated lists such as [1 2 3]).</summary>
    public static Parser<Expression> Tight { get; } = Build(spaced: false);

    /// <summary>The largest power of ten accepted in scientific notation (1e400, 1e-400).</summary>
    public const int MaxPowerOfTen = MaxDigits;

    // digits ['.' [digits]] | '.' digits, then [e|E [+|-] digits]: 9e-3, 1.0e-03, 2.5E+02, .5, 1.
    // An e that no digit follows is not an exponent, so 2e stays 2 times e.
    private static IResult<Rational> ReadNumber(IInput input)
    {
        var start = input;
        var integer = TakeDigits(ref input);
        var fraction = "";
        if (!input.AtEnd && input.Current == '.')
        {
            var afterPoint = input.Advance();
            fraction = TakeDigits(ref afterPoint);
            if (integer.Length > 0 || fraction.Length > 0) input = afterPoint;
        }
        if (integer.Length == 0 && fraction.Length == 0)
            return Result.Failure<Rational>(start, "", ["number"]);
        // BigInteger parsing is superlinear: refuse absurd literals before they cost seconds.
        if (integer.Length + fraction.Length > MaxDigits)
            throw new InputException(ErrorMessages.NumberTooLong(MaxDigits), SourceInput.PointOf(start), ErrorMessages.NumberTooLongHint);
        var value = Rational.ParseDecimal(integer.Length > 0 ? integer : "0", fraction);

        if (!input.AtEnd && input.Current is 'e' or 'E' && ExponentAfter(input) is var (digits, signed, negative, after))
        {
            // A number with a power of ten is never followed by a letter, so 4e+5f is 4e + 5f, as
            // the seed's own output writes it, while 1e3x has no reading left and is refused.
            var letterFollows = !after.AtEnd && after.Current is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '(';
            if (letterFollows && signed)
                return Result.Success(value, input);
            var power = digits.Length > 4 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);
            if (power > MaxPowerOfTen)
                throw new InputException(ErrorMessages.NumberExponentTooLarge(MaxPowerOfTen), SourceInput.PointOf(input), ErrorMessages.NumberExponentTooLargeHint);
            var scale = Rational.Of(BigInteger.Pow(10, power));
            value = negative ? value / scale : value * scale;
            if (letterFollows && after.Current != '(')
                throw new InputException(ErrorMessages.LetterAfterExponent, SourceInput.PointOf(after), ErrorMessages.LetterAfterExponentHint);
            input = after;
        }
        return Result.Success(value, input);
    }

    // The exponent's digits when [+|-] digits follow the e at the input, else null.
    private static (string Digits, bool Signed, bool Negative, IInput After)? ExponentAfter(IInput atE)
    {
        var input = atE.Advance();
        var negative = false;
        var signed = !input.AtEnd && input.Current is '+' or '-';
        if (signed)
        {
            negative = input.Current == '-';
            input = input.Advance();
        }
        var digits = TakeDigits(ref input);
        return digits.Length > 0 ? (digits, signed, negative, input) : null;
    }

    private static string TakeDigits(ref IInput input)
    {
        var source = input.Source;
        var begin = input.Position;
        while (!input.AtEnd && input.Current is >= '0' and <= '9')
            input = input.Advance();
        return source[begin..input.Position];
    }

    private static Parser<Expression> Build(bool spaced)
    {
        Parser<T> Tok<T>(Parser<T> p) => spaced ? p.Token() : p;
        Parser<Expression>? expression = null;
        var reference = Deferred.Of(() => expression!);

        var number = Located(NumberLiteral).Select(n =>
            (Expression)new NumberExpression(n.Value.Value, n.At) { AlsoSymbol = n.Value.Letter, Written = n.Value.Written });
        var symbol = Located(SymbolName).Select(s => (Expression)new SymbolExpression(s.Value, s.At));
        var parenthesised =
            from open in Parse.Char('(')
            from inner in spaced ? reference.Token() : reference
            from close in Parse.Char(')').Named("')'")
            select inner;

        var atom = number.Or(symbol).Or(parenthesised).Named("number, symbol or '('");
        // Once a '^' is read, a missing exponent is an error in every reading of the row, so it
        // is raised here rather than left to backtracking, which would blame a later character.
        var exponent = Located(Digits.Optional().Select(d => d.GetOrDefault()));
        Parser<Expression> PowerOf(Parser<Expression> operand, Parser<char> hat) =>
            from at in Located(operand)
            from power in hat.Then(_ => exponent).Optional()
            select power.IsDefined ? MakePower(at.Value, power.Get()) : at.Value;
        var power = PowerOf(atom, Tok(Parse.Char('^')));

        // Juxtaposition: 2a, 3(a+b), a(b+c). A number may only lead, so "a2" stays a symbol
        // and "(a)2" is rejected instead of being read as a product with a hidden operator.
        var followingPower = PowerOf(symbol.Or(parenthesised), Parse.Char('^'));
        var juxtaposed =
            from first in Located(power)
            from rest in followingPower.Many()
            from runOn in new Parser<bool>(NoNumberAfterClose)
            select rest.Any()
                ? new ProductExpression([(false, first.Value), .. rest.Select(r => (false, r))], first.At)
                : first.Value;

        Parser<Expression>? unary = null;
        var unaryRef = Deferred.Of(() => unary!);
        unary =
            (from sign in Located(Tok(Parse.Char('-').Or(Parse.Char('+'))))
             from operand in unaryRef
             select sign.Value == '-' ? new NegationExpression(operand, sign.At) : operand)
            .Or(juxtaposed);

        var mulOp = Tok(Parse.Char('*').Or(Parse.Char('/')));
        var product =
            from first in Located(unary)
            from rest in (from op in mulOp from operand in unary select (op == '/', operand)).Many()
            select rest.Any()
                ? new ProductExpression([(false, first.Value), .. rest], first.At)
                : first.Value;

        var addOp = Tok(Parse.Char('+').Or(Parse.Char('-')));
        expression =
            (from first in Located(product)
             from rest in (from op in addOp from operand in product select (op == '-', operand)).Many()
             select rest.Any()
                 ? new SumExpression([(false, first.Value), .. rest], first.At)
                 : first.Value)
            .Named("entry");
        return expression;
    }

    // (a)2 and w_{1}2 are refused rather than split into two entries or read as a hidden product.
    private static IResult<bool> NoNumberAfterClose(IInput input)
    {
        if (!input.AtEnd && input.Position > 0 && input.Source[input.Position - 1] is var close and (')' or '}')
            && input.Current is >= '0' and <= '9' or '.')
            throw new InputException(ErrorMessages.NumberAfterClose(close), SourceInput.PointOf(input), ErrorMessages.NumberAfterCloseHint);
        return Result.Success(true, input);
    }

    private static Expression MakePower(Expression @base, Located<string?> exponent)
    {
        if (exponent.Value is null)
            throw new InputException(ErrorMessages.MissingExponent, exponent.At, ErrorMessages.ExponentTooLargeHint);
        // Three digits cannot overflow the parse; the limit is far below them anyway.
        var value = exponent.Value.Length > 3 ? int.MaxValue : int.Parse(exponent.Value, CultureInfo.InvariantCulture);
        if (value > MaxExponent)
            throw new InputException(ErrorMessages.ExponentTooLarge(MaxExponent), exponent.At, ErrorMessages.ExponentTooLargeHint);
        return new PowerExpression(@base, value, @base.At);
    }

    /// <summary>Wraps a parser so that its result carries where it started.</summary>
    internal static Parser<Located<T>> Located<T>(Parser<T> parser) => input =>
    {
        var start = SourceInput.PointOf(input);
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(new Located<T>(result.Value, start), result.Remainder)
            : Result.Failure<Located<T>>(result.Remainder, result.Message, result.Expectations);
    };
}
