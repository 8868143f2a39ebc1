using System.Globalization;
using Sprache;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The grammar of one entry: numbers (3, 0.25, 1/9), symbols (a, k12, w_{0,1}), + - * /,
/// ^ with a non-negative integer exponent, parentheses and juxtaposition (2a, 3(a+b)).
/// Two variants: <see cref="Spaced"/> allows spaces around operators, for comma-separated
/// entries; <see cref="Tight"/> allows none, for the seed's space-separated rows, where a space
/// ends the entry. Juxtaposition never spans a space, so [1 2 3] is three entries, not 6.
/// </summary>
public static class ExpressionGrammar
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

    private static readonly Parser<IEnumerable<string>> Subscript =
        from underscore in Parse.Char('_')
        from items in
            (from open in Parse.Char('{')
             from list in SubscriptItem.DelimitedBy(Parse.Char(','))
             from close in Parse.Char('}').Named("'}'")
             select list)
            .XOr(Digit.Or(AsciiLetter).Once().Text().Once())
        select items;

    /// <summary>A symbol's canonical name (<see cref="Model.SymbolNames.Canonical"/>).</summary>
    internal static readonly Parser<string> SymbolName =
        (from word in Word
         from subscript in Subscript.Optional()
         select subscript.IsDefined ? SymbolNames.Canonical(word, subscript.Get().ToList()) : word)
        .Named("symbol");

    private static readonly Parser<Located<(string Integer, string? Fraction)>> NumberDigits =
        Located(
            from integer in Digits
            from fraction in Parse.Char('.').Then(_ => Digits).Optional()
            select (integer, fraction.GetOrDefault()));

    private static readonly Parser<Rational> NumberLiteral =
        NumberDigits.Select(ToRational).Named("number");

    /// <summary>Entries whose operators may be surrounded by spaces (comma-separated lists).</summary>
    public static Parser<Expression> Spaced { get; } = Build(spaced: true);

    /// <summary>Entries without spaces (space-separated lists such as [1 2 3]).</summary>
    public static Parser<Expression> Tight { get; } = Build(spaced: false);

    private static Rational ToRational(Located<(string Integer, string? Fraction)> digits)
    {
        var (integer, fraction) = digits.Value;
        // BigInteger parsing is superlinear: refuse absurd literals before they cost seconds.
        if (integer.Length + (fraction?.Length ?? 0) > MaxDigits)
            throw new InputException(ErrorMessages.NumberTooLong(MaxDigits), digits.At, ErrorMessages.NumberTooLongHint);
        return Rational.ParseDecimal(integer, fraction ?? "");
    }

    private static Parser<Expression> Build(bool spaced)
    {
        Parser<T> Tok<T>(Parser<T> p) => spaced ? p.Token() : p;
        Parser<Expression>? expression = null;
        var reference = Deferred.Of(() => expression!);

        var number = Located(NumberLiteral).Select(n => (Expression)new NumberExpression(n.Value, n.At));
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
