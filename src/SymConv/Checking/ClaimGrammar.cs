using Sprache;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// The grammar of a claim's left-hand side and its '=': a part of the layer (K, x, x', M, b, y',
/// y), optionally indexed as code or as papers write it — <c>y'[3]</c>, <c>y'_3</c>,
/// <c>y'_{3}</c>, <c>y[1,1,0]</c>, <c>y[1][1][0]</c>, <c>M_{0,3}</c>, <c>M[0,:]</c>,
/// <c>M[1,0:9]</c>, <c>M[(0,1,1),(0,0,0)]</c>, <c>M[(u,v,w),(i,j,k)]</c>, <c>M[s=(u,v,w),t]</c>;
/// a prime may be written ' ′ or ’. What follows the '=' is read by the entry, tensor or
/// formula grammar, depending on what the left-hand side is.
/// </summary>
internal static class ClaimGrammar
{
    /// <summary>The characters read as a prime: ' and the typographic ′ (U+2032) and ’ (U+2019).</summary>
    internal static bool IsPrime(char c) => c is '\'' or '′' or '’';

    private static Parser<char> Symbol(char c) => Parse.Char(c).Token().Named($"'{c}'").Tracked();

    private static readonly Parser<char> Digit = Parse.Char(c => c is >= '0' and <= '9', "digit");

    // The part's name: letters, then primes in any of their spellings, all read as '.
    private static readonly Parser<string> Target =
        (from letters in Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z', "letter").AtLeastOnce().Text()
         from primes in Parse.Char(IsPrime, "prime").Many()
         select letters + new string('\'', primes.Count()))
        .Named("K, x, x', M, b, y', y, g, dx, dx', dK or db");

    private static readonly Parser<string[]> NameTuple =
        from open in Symbol('(')
        from names in FormulaGrammar.Name.Token().Named("a name").Tracked().DelimitedBy(Symbol(','))
        from close in Symbol(')')
        select names.ToArray();

    // An index as written, sign and all digits: y'[-1] and a 25-digit index are read here and
    // refused by ClaimReader with the valid range, not left to fail as "expected '='".
    private static readonly Parser<IndexNumber> Number =
        from sign in Parse.Char('-').Or(Parse.Char('−')).Optional()
        from digits in Digit.AtLeastOnce().Text()
        select IndexNumber.Of(sign.IsDefined, digits);

    private static readonly Parser<IndexNumber[]> NumberTuple =
        from open in Symbol('(')
        from numbers in Number.Token().Named("a number").Tracked().DelimitedBy(Symbol(','))
        from close in Symbol(')')
        select numbers.ToArray();

    private static readonly Parser<char> Colon = Symbol(':');

    // A number, or a slice FROM:TO with either end left out (Python's, TO excluded).
    private static readonly Parser<Func<SourcePoint, IndexItem>> NumberOrSlice =
        (from from_ in Number.Token()
         from to in Colon.Then(_ => Number.Token().Optional()).Optional()
         select to.IsDefined
             ? (Func<SourcePoint, IndexItem>)(at => new IndexItem(at) { IsSlice = true, SliceFrom = from_, SliceTo = to.Get().IsDefined ? to.Get().Get() : null })
             : at => new IndexItem(at) { Numbers = [from_] })
        .Or(from colon in Colon
            from to in Number.Token().Optional()
            select (Func<SourcePoint, IndexItem>)(at => new IndexItem(at) { IsSlice = true, SliceTo = to.IsDefined ? to.Get() : null }));

    private static readonly Parser<Func<SourcePoint, IndexItem>> ItemBody =
        NumberOrSlice
            .Or(NumberTuple.Select<IndexNumber[], Func<SourcePoint, IndexItem>>(n => at => new IndexItem(at) { Numbers = n, IsTuple = true }))
            .Or(NameTuple.Select<string[], Func<SourcePoint, IndexItem>>(names => at => new IndexItem(at) { Names = names }))
            .Or(from name in FormulaGrammar.Name.Token()
                from tuple in Symbol('=').Then(_ => NameTuple).Optional()
                select (Func<SourcePoint, IndexItem>)(at => new IndexItem(at) { FlatName = name, Names = tuple.GetOrDefault() }))
            .TrackedAfterSpace("an index (a number, a tuple such as (0,1,1), a slice such as 0:9 or ':', or index names)");

    private static readonly Parser<IndexItem> Item =
        from located in ExpressionGrammar.Located(ItemBody)
        select located.Value(located.At);

    private static Parser<List<IndexItem>> Delimited(char open, char close) =>
        from opening in Parse.Char(open).Token()
        from items in Item.DelimitedBy(Symbol(','))
        from closing in Symbol(close)
        select items.ToList();

    // _3 as a paper subscripts one index; _12 could be 12 or 1 then 2, so it is refused.
    private static readonly Parser<List<IndexItem>> SingleSubscript = input =>
    {
        var at = SourceInput.PointOf(input);
        var digit = Digit(input);
        if (!digit.WasSuccessful) return Result.Failure<List<IndexItem>>(input, "digit", ["'{' or one digit"]);
        if (!digit.Remainder.AtEnd && digit.Remainder.Current is >= '0' and <= '9')
            throw new InputException(ErrorMessages.ClaimSubscriptAmbiguous(digit.Value, digit.Remainder.Current), at, ErrorMessages.ClaimHint);
        var number = IndexNumber.Of(false, digit.Value.ToString());
        return Result.Success(new List<IndexItem> { new(at) { Numbers = [number] } }, digit.Remainder);
    };

    // [1,2] (repeatable: y[0][1] is y[0,1]), _{1,2} or _1.
    private static readonly Parser<List<IndexItem>> Indices =
        Delimited('[', ']').AtLeastOnce().Select(lists => lists.SelectMany(l => l).ToList())
            .Or(Parse.Char('_').Then(_ => Delimited('{', '}').Or(SingleSubscript)));

    /// <summary>The left-hand side up to and including '=': the target's name and its indices, if any.</summary>
    internal static readonly Parser<(Located<string> Target, Located<List<IndexItem>>? Indices)> LeftSide =
        from lead in Parse.WhiteSpace.Many()
        from target in ExpressionGrammar.Located(Target)
        from indices in ExpressionGrammar.Located(Indices.Tracked()).Optional()
        from space in Parse.WhiteSpace.Many()
        from equalsSign in Parse.Char('=').Token().Named("'='").Tracked()
        select (target, indices.IsDefined ? indices.Get() : (Located<List<IndexItem>>?)null);
}
