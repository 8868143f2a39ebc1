using Sprache;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// The grammar of a claim's left-hand side and its '=': a part of the layer (K, x, x', M, b, y',
/// y), optionally indexed — <c>y'[3]</c>, <c>y[1,1,0]</c>, <c>M[0,:]</c>, <c>M[(0,1,1),(0,0,0)]</c>,
/// <c>M[(u,v,w),(i,j,k)]</c>, <c>M[s=(u,v,w),t]</c>. What follows the '=' is read by the entry,
/// tensor or formula grammar, depending on what the left-hand side is.
/// </summary>
internal static class ClaimGrammar
{
    private static Parser<char> Symbol(char c) => Parse.Char(c).Token().Named($"'{c}'");

    private static readonly Parser<string[]> NameTuple =
        from open in Symbol('(')
        from names in FormulaGrammar.Name.Token().DelimitedBy(Symbol(','))
        from close in Symbol(')')
        select names.ToArray();

    // An index as written, sign and all digits: y'[-1] and a 25-digit index are read here and
    // refused by ClaimReader with the valid range, not left to fail as "expected '='".
    private static readonly Parser<IndexNumber> Number =
        from sign in Parse.Char('-').Or(Parse.Char('−')).Optional()
        from digits in Parse.Char(c => c is >= '0' and <= '9', "digit").AtLeastOnce().Text()
        select IndexNumber.Of(sign.IsDefined, digits);

    private static readonly Parser<IndexNumber[]> NumberTuple =
        from open in Symbol('(')
        from numbers in Number.Token().DelimitedBy(Symbol(','))
        from close in Symbol(')')
        select numbers.ToArray();

    private static readonly Parser<Func<Model.SourcePoint, IndexItem>> ItemBody =
        Symbol(':').Return<char, Func<Model.SourcePoint, IndexItem>>(at => new IndexItem(at) { IsColon = true })
            .Or(Number.Token().Select<IndexNumber, Func<Model.SourcePoint, IndexItem>>(n => at => new IndexItem(at) { Numbers = [n] }))
            .Or(NumberTuple.Select<IndexNumber[], Func<Model.SourcePoint, IndexItem>>(n => at => new IndexItem(at) { Numbers = n, IsTuple = true }))
            .Or(NameTuple.Select<string[], Func<Model.SourcePoint, IndexItem>>(names => at => new IndexItem(at) { Names = names }))
            .Or(from name in FormulaGrammar.Name.Token()
                from tuple in Symbol('=').Then(_ => NameTuple).Optional()
                select (Func<Model.SourcePoint, IndexItem>)(at => new IndexItem(at) { FlatName = name, Names = tuple.GetOrDefault() }))
            .Named("index (a number, a tuple such as (0,1,1), ':' or index names)");

    private static readonly Parser<IndexItem> Item =
        from located in ExpressionGrammar.Located(ItemBody)
        select located.Value(located.At);

    /// <summary>The left-hand side up to and including '=': the target's name and its indices, if any.</summary>
    internal static readonly Parser<(Located<string> Target, Located<List<IndexItem>>? Indices)> LeftSide =
        from lead in Parse.WhiteSpace.Many()
        from target in ExpressionGrammar.Located(FormulaGrammar.Word.Named("K, x, x', M, b, y' or y"))
        from indices in ExpressionGrammar.Located(
            from open in Parse.Char('[').Token()
            from items in Item.DelimitedBy(Symbol(','))
            from close in Symbol(']')
            select items.ToList()).Optional()
        from space in Parse.WhiteSpace.Many()
        from equalsSign in Parse.Char('=').Token().Named("'='")
        select (target, indices.IsDefined ? indices.Get() : (Located<List<IndexItem>>?)null);
}
