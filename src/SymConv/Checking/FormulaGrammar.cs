using Sprache;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// The grammar of an index formula's right-hand side, as papers write M's entries:
/// <c>K[u,i,j-v,k-w] if 0 &lt;= j-v &lt; P and 0 &lt;= k-w &lt; Q, otherwise 0</c>. Integer arithmetic
/// (+ - * // % mod, ⌊A/B⌋, a number before a factor multiplying it: 2v, 2(v+1)), chained
/// comparisons (&lt; &lt;= &gt; &gt;= == = !=, also ≤ ≥ ≠), and, or, not, parentheses. Cases are tried in
/// order, separated by commas or semicolons; the last value may be written otherwise 0, else 0 or
/// 0 otherwise.
/// </summary>
internal static class FormulaGrammar
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "if", "and", "or", "not", "otherwise", "else", "mod", "for", "in" };

    private static bool IsNameChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    /// <summary>A name: a letter or _, then letters, digits or _, then primes (H', y'; ′ and ’ read as ').</summary>
    internal static readonly Parser<string> Word =
        from first in Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_', "name")
        from rest in Parse.Char(IsNameChar, "name").Many().Text()
        from primes in Parse.Char(ClaimGrammar.IsPrime, "prime").Many()
        select first + rest + new string('\'', primes.Count());

    internal static readonly Parser<string> Name =
        Word.Where(w => !Keywords.Contains(w)).Named("name");

    internal static Parser<string> Keyword(string word) =>
        from text in (from text in Parse.String(word).Text()
                      from end in Parse.Not(Parse.Char(IsNameChar, "name"))
                      select text).TrackedAfterSpace("'" + word + "'")
        from space in Parse.WhiteSpace.Many()
        select text;

    /// <summary>A non-negative integer literal of at most 18 digits (so it fits a long).</summary>
    internal static readonly Parser<long> Integer =
        Parse.Char(c => c is >= '0' and <= '9', "digit").AtLeastOnce().Text()
            .Where(d => d.Length <= 18)
            .Select(d => long.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .Named("integer");

    internal static Parser<char> Symbol(char c, string name) => Parse.Char(c).Token().Named(name).Tracked();

    private static readonly Parser<char> Minus = Parse.Char('-').Or(Parse.Char('−')).Token().Named("'-'");

    /// <summary>An integer or tensor-valued expression: sums of products.</summary>
    internal static readonly Parser<FormulaNode> Expression = Deferred.Of(() => Sum!);

    /// <summary>A product of factors, the body of a Σ: Σ_{v} g[v]*x[v] + b[u] is (Σ_{v} g[v]*x[v]) + b[u].</summary>
    internal static readonly Parser<FormulaNode> Term = Deferred.Of(() => Product!);

    // A read's indices: K[u,i,j-v,k-w], or as a paper subscripts them, K_{u,i,j-v,k-w}.
    private static Parser<List<FormulaNode>> Indices(char open, char close) =>
        from opening in Parse.Char(open)
        from space in Parse.WhiteSpace.Many()
        from list in Expression.DelimitedBy(Symbol(',', "','"))
        from closing in Symbol(close, $"'{close}'")
        select list.ToList();

    private static readonly Parser<FormulaNode> NameOrRead =
        from name in ExpressionGrammar.Located(Name)
        from indices in Indices('[', ']').Or(Indices('{', '}')).XOptional()
        from arguments in (indices.IsDefined ? Parse.Return<List<FormulaNode>?>(null) : Indices('(', ')').Select(a => (List<FormulaNode>?)a)).XOptional()
        select arguments.IsDefined && arguments.Get() is { } call
            ? new FormulaNode.Call(name.Value, call, name.At)
            : indices.IsDefined
                ? new FormulaNode.Read(name.Value.TrimEnd('_'), indices.Get(), name.At)
                : (FormulaNode)new FormulaNode.Name(name.Value, name.At);

    // (A), or (A if C else B): a choice inside an expression, as Python writes it.
    private static readonly Parser<FormulaNode> Parenthesised =
        from open in ExpressionGrammar.Located(Parse.Char('('))
        from space in Parse.WhiteSpace.Many()
        from inner in Expression
        from choice in (from condition in Keyword("if").Then(_ => Deferred.Of(() => Condition!))
                        from otherwise in Keyword("else").Or(Keyword("otherwise")).Then(_ => Expression)
                        select (condition, otherwise)).XOptional()
        from close in Symbol(')', "')'")
        select choice.IsDefined
            ? new FormulaNode.Choice(inner, choice.Get().condition, choice.Get().otherwise, open.At)
            : inner;

    // ⌊A/B⌋ as papers write a floor division; the compiler checks that the / is outermost.
    private static readonly Parser<FormulaNode> Floor =
        from open in ExpressionGrammar.Located(Parse.Char('⌊'))
        from space in Parse.WhiteSpace.Many()
        from inner in Expression
        from close in ExpressionGrammar.Located(Symbol('⌋', "'⌋'"))
        select (FormulaNode)new FormulaNode.Floor(inner, open.At, close.At);

    // Deferred both ways: the two grammars' fields refer to each other.
    private static readonly Parser<FormulaNode> SumOf = Deferred.Of(() => SumGrammar.Sum);

    // A number, and a factor right after it multiplied by it: 2v, 2(v+1), 2K[…], 2⌊v/3⌋.
    private static readonly Parser<FormulaNode> NumberAtom =
        from number in ExpressionGrammar.Located(Integer)
        from factor in SumOf.Or(NameOrRead).Or(Parenthesised).Or(Floor).Optional()
        select factor.IsDefined
            ? new FormulaNode.Binary("*", new FormulaNode.Number(number.Value, number.At), factor.Get(), number.At)
            : (FormulaNode)new FormulaNode.Number(number.Value, number.At);

    private static readonly Parser<FormulaNode> Atom =
        from atom in NumberAtom.Or(SumOf).Or(NameOrRead).Or(Parenthesised).Or(Floor).TrackedAfterSpace("a number, a name, '(' or '⌊'")
        from space in Parse.WhiteSpace.Many()
        select atom;

    private static readonly Parser<FormulaNode> Unary =
        (from sign in ExpressionGrammar.Located(Minus.Or(Symbol('+', "'+'")))
         from operand in Deferred.Of(() => Unary!)
         select sign.Value == '+' ? operand : new FormulaNode.Negate(operand, sign.At))
        .Or(Atom);

    // / alone is read so that the compiler can say to write // or ⌊A/B⌋.
    // · × and \cdot are * as notes write it, so the value line of symconv neuron pastes in.
    private static readonly Parser<string> MulOperator =
        (from op in Parse.String("//").Text().Or(Parse.String("*").Text()).Or(Parse.String("%").Text()).Or(Parse.String("/").Text())
             .Or(Parse.String("·").Or(Parse.String("×")).Or(Parse.String("\\cdot")).Return("*")).TrackedAfterSpace("an operator")
         from space in Parse.WhiteSpace.Many()
         select op)
            .Or(Keyword("mod").Return("%"));

    // g[u,v,w] x[i,v+p,w+q]: a tensor read or a sum right after a factor multiplies it, as papers
    // write a product; only reads, since v w could as well be one name mistyped.
    private static readonly Parser<(Located<string> op, FormulaNode operand)> Juxtaposed = Backtracking(
        from operand in ExpressionGrammar.Located(SumOf.Or(NameOrRead.Where(n => n is FormulaNode.Read)))
        from space in Parse.WhiteSpace.Many()
        select (new Located<string>("*", operand.At), operand.Value));

    private static readonly Parser<string> AddOperator =
        from op in Parse.String("+").Text().Or(Parse.Char('-').Or(Parse.Char('−')).Return("-")).TrackedAfterSpace("an operator")
        from space in Parse.WhiteSpace.Many()
        select op;

    private static readonly Parser<FormulaNode> Product =
        from first in ExpressionGrammar.Located(Unary)
        from rest in (from op in ExpressionGrammar.Located(MulOperator) from operand in Unary select (op, operand)).Or(Juxtaposed).XMany()
        select rest.Aggregate(first.Value, (left, next) => new FormulaNode.Binary(next.op.Value, left, next.operand, first.At, next.op.At));

    private static readonly Parser<FormulaNode> Sum =
        from first in ExpressionGrammar.Located(Product)
        from rest in (from op in AddOperator from operand in Product select (op, operand)).XMany()
        select rest.Aggregate(first.Value, (left, next) => new FormulaNode.Binary(next.op, left, next.operand, first.At));

    internal static readonly Parser<string> CompareOperator =
        Parse.String("<=").Or(Parse.String(">=")).Or(Parse.String("==")).Or(Parse.String("!="))
            .Or(Parse.String("<")).Or(Parse.String(">")).Or(Parse.String("="))
            .Or(Parse.String("≤")).Or(Parse.String("≥")).Or(Parse.String("≠"))
            .Text().TrackedAfterSpace("a comparison (< <= > >= == = !=)")
            .Then(op => Parse.WhiteSpace.Many().Return(op));

    private static readonly Parser<FormulaNode> Comparison =
        from first in ExpressionGrammar.Located(Expression)
        from rest in (from op in CompareOperator from operand in Expression select (op, operand)).AtLeastOnce()
        select (FormulaNode)new FormulaNode.Comparison(
            [first.Value, .. rest.Select(r => r.operand)],
            rest.Select(r => Canonical(r.op)).ToList(),
            first.At);

    internal static string Canonical(string op) => op switch { "≤" => "<=", "≥" => ">=", "≠" => "!=", "=" => "==", _ => op };

    /// <summary>A condition: comparisons joined by and, or, not.</summary>
    internal static readonly Parser<FormulaNode> Condition = Deferred.Of(() => Disjunction!);

    private static readonly Parser<FormulaNode> ConditionAtom =
        (from not in ExpressionGrammar.Located(Keyword("not"))
         from operand in Deferred.Of(() => ConditionAtom!)
         select (FormulaNode)new FormulaNode.Not(operand, not.At))
        .Or(from open in Parse.Char('(').Token()
            from inner in Condition
            from close in Symbol(')', "')'")
            select inner)
        .Or(Comparison)
        .Named("condition");

    private static readonly Parser<FormulaNode> Conjunction =
        from first in ExpressionGrammar.Located(ConditionAtom)
        from rest in Keyword("and").Then(_ => ConditionAtom).XMany()
        select rest.Aggregate(first.Value, (left, right) => new FormulaNode.Logic("and", left, right, first.At));

    private static readonly Parser<FormulaNode> Disjunction =
        from first in ExpressionGrammar.Located(Conjunction)
        from rest in Keyword("or").Then(_ => Conjunction).XMany()
        select rest.Aggregate(first.Value, (left, right) => new FormulaNode.Logic("or", left, right, first.At));

    private static readonly Parser<string> OtherwiseWord = Keyword("otherwise").Or(Keyword("else")).Named("'otherwise' or 'else'");

    // VALUE if CONDITION, VALUE otherwise (the otherwise value, written after it), or VALUE.
    private static readonly Parser<(FormulaCase Case, bool IsOtherwise)> Case =
        from value in Expression
        from tail in Keyword("if").Then(_ => Condition).Select(c => ((FormulaNode?)c, false))
            .Or(Backtracking(from word in Keyword("otherwise") from end in AtCaseEnd select ((FormulaNode?)null, true)))
            .XOptional()
        select (new FormulaCase(value, tail.IsDefined ? tail.Get().Item1 : null), tail.IsDefined && tail.Get().Item2);

    // VALUE otherwise is the otherwise value only where the case ends; in K otherwise 0 the
    // otherwise starts the next item.
    private static readonly Parser<bool> AtCaseEnd = input =>
    {
        var at = input;
        while (!at.AtEnd && char.IsWhiteSpace(at.Current)) at = at.Advance();
        return at.AtEnd || at.Current is ',' or ';' ? Result.Success(true, input) : Result.Failure<bool>(input, "end of case", []);
    };

    // A parser that consumes nothing when it fails, so XOptional takes its failure as absence.
    private static Parser<T> Backtracking<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    private static readonly Parser<char> Separator =
        from separator in Parse.Char(',').Or(Parse.Char(';')).TrackedAfterSpace("',' or ';' and another case")
        from space in Parse.WhiteSpace.Many()
        select separator;

    // One item after the first case: otherwise VALUE or else VALUE (a separator before it is
    // optional), or after a separator another case. Without a separator a case cannot follow,
    // so a stray word is reported where it stands, not as a case that can never be reached.
    private static readonly Parser<(FormulaCase? Case, Located<FormulaNode>? Otherwise)> Item =
        from separator in Separator.Optional()
        from item in
            (from word in ExpressionGrammar.Located(OtherwiseWord)
             from value in Expression
             select ((FormulaCase?)null, (Located<FormulaNode>?)new Located<FormulaNode>(value, word.At)))
            .Or(separator.IsDefined
                ? ExpressionGrammar.Located(Case).Select(c => c.Value.IsOtherwise
                    ? ((FormulaCase?)null, (Located<FormulaNode>?)new Located<FormulaNode>(c.Value.Case.Value, c.At))
                    : ((FormulaCase?)c.Value.Case, (Located<FormulaNode>?)null))
                : input => Result.Failure<(FormulaCase?, Located<FormulaNode>?)>(input, "no separator", []))
        select item;

    /// <summary>
    /// A whole right-hand side: the first case (VALUE otherwise on its own is that value
    /// everywhere), the other items, then the end.
    /// </summary>
    internal static readonly Parser<(FormulaCase First, List<(FormulaCase? Case, Located<FormulaNode>? Otherwise)> Others)> Body =
        from lead in Parse.WhiteSpace.Many()
        from first in Case
        from rest in Item.XMany()
        from end in Parse.WhiteSpace.Many().End().TrackedAfterSpace("the end of the formula")
        select (first.Case, rest.ToList());
}
