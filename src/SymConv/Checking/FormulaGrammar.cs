using Sprache;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Checking;

/// <summary>
/// The grammar of an index formula's right-hand side, as papers write M's entries:
/// <c>K[u,i,j-v,k-w] if 0 &lt;= j-v &lt; P and 0 &lt;= k-w &lt; Q, otherwise 0</c>. Integer arithmetic
/// (+ - * // %), chained comparisons (&lt; &lt;= &gt; &gt;= == !=, also ≤ ≥ ≠), and, or, not, parentheses.
/// Cases are tried in order and may be separated by commas or semicolons.
/// </summary>
internal static class FormulaGrammar
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "if", "and", "or", "not", "otherwise" };

    private static bool IsNameChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    /// <summary>A name: a letter or _, then letters, digits or _, then primes (H', y').</summary>
    internal static readonly Parser<string> Word =
        from first in Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_', "name")
        from rest in Parse.Char(IsNameChar, "name").Many().Text()
        from primes in Parse.Char('\'').Many().Text()
        select first + rest + primes;

    internal static readonly Parser<string> Name =
        Word.Where(w => !Keywords.Contains(w)).Named("name");

    private static Parser<string> Keyword(string word) =>
        Atomic((from text in Parse.String(word).Text()
                from end in Parse.Not(Parse.Char(IsNameChar, "name"))
                select text).Token()).Named("'" + word + "'");

    // A parser that consumes nothing when it fails, so that XMany and XOptional treat a word
    // that merely starts like a keyword ("otherwise" after "o", "or") as no match at all.
    private static Parser<T> Atomic<T>(Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    /// <summary>A non-negative integer literal of at most 18 digits (so it fits a long).</summary>
    internal static readonly Parser<long> Integer =
        Parse.Char(c => c is >= '0' and <= '9', "digit").AtLeastOnce().Text()
            .Where(d => d.Length <= 18)
            .Select(d => long.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .Named("integer");

    private static Parser<char> Symbol(char c, string name) => Parse.Char(c).Token().Named(name);

    private static readonly Parser<char> Minus = Parse.Char('-').Or(Parse.Char('−')).Token().Named("'-'");

    private static readonly Parser<FormulaNode> Expression = Deferred.Of(() => Sum!);

    // A read's indices: K[u,i,j-v,k-w], or as a paper subscripts them, K_{u,i,j-v,k-w}.
    private static Parser<List<FormulaNode>> Indices(char open, char close) =>
        from opening in Parse.Char(open)
        from space in Parse.WhiteSpace.Many()
        from list in Expression.DelimitedBy(Symbol(',', "','"))
        from closing in Symbol(close, $"'{close}'")
        select list.ToList();

    private static readonly Parser<FormulaNode> Atom =
        (from number in ExpressionGrammar.Located(Integer)
         select (FormulaNode)new FormulaNode.Number(number.Value, number.At))
        .Or(from name in ExpressionGrammar.Located(Name)
            from indices in Indices('[', ']').Or(Indices('{', '}')).XOptional()
            select indices.IsDefined
                ? new FormulaNode.Read(name.Value.TrimEnd('_'), indices.Get(), name.At)
                : (FormulaNode)new FormulaNode.Name(name.Value, name.At))
        .Or(from open in Parse.Char('(').Token()
            from inner in Expression
            from close in Symbol(')', "')'")
            select inner)
        .Token()
        .Named("number, name or '('");

    private static readonly Parser<FormulaNode> Unary =
        (from sign in ExpressionGrammar.Located(Minus.Or(Symbol('+', "'+'")))
         from operand in Deferred.Of(() => Unary!)
         select sign.Value == '+' ? operand : new FormulaNode.Negate(operand, sign.At))
        .Or(Atom);

    private static readonly Parser<string> MulOperator =
        Atomic(Parse.String("//").Text().Or(Parse.String("*").Text()).Or(Parse.String("%").Text()).Token());

    private static readonly Parser<string> AddOperator =
        Atomic(Parse.String("+").Text().Or(Minus.Return("-")).Token());

    private static readonly Parser<FormulaNode> Product =
        from first in ExpressionGrammar.Located(Unary)
        from rest in (from op in MulOperator from operand in Unary select (op, operand)).XMany()
        select rest.Aggregate(first.Value, (left, next) => new FormulaNode.Binary(next.op, left, next.operand, first.At));

    private static readonly Parser<FormulaNode> Sum =
        from first in ExpressionGrammar.Located(Product)
        from rest in (from op in AddOperator from operand in Product select (op, operand)).XMany()
        select rest.Aggregate(first.Value, (left, next) => new FormulaNode.Binary(next.op, left, next.operand, first.At));

    private static readonly Parser<string> CompareOperator =
        Parse.String("<=").Or(Parse.String(">=")).Or(Parse.String("==")).Or(Parse.String("!="))
            .Or(Parse.String("<")).Or(Parse.String(">"))
            .Or(Parse.String("≤")).Or(Parse.String("≥")).Or(Parse.String("≠"))
            .Text().Token().Named("comparison (< <= > >= == !=)");

    private static readonly Parser<FormulaNode> Comparison =
        from first in ExpressionGrammar.Located(Expression)
        from rest in (from op in CompareOperator from operand in Expression select (op, operand)).AtLeastOnce()
        select (FormulaNode)new FormulaNode.Comparison(
            [first.Value, .. rest.Select(r => r.operand)],
            rest.Select(r => Canonical(r.op)).ToList(),
            first.At);

    private static string Canonical(string op) => op switch { "≤" => "<=", "≥" => ">=", "≠" => "!=", _ => op };

    private static readonly Parser<FormulaNode> Condition = Deferred.Of(() => Disjunction!);

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

    private static readonly Parser<FormulaCase> Case =
        from value in Expression
        from condition in Keyword("if").Then(_ => Condition).XOptional()
        select new FormulaCase(value, condition.GetOrDefault());

    // One item after the first case: another case, or the otherwise value (checked to be last).
    private static readonly Parser<(FormulaCase? Case, Located<FormulaNode>? Otherwise)> Item =
        from separator in Parse.Char(',').Or(Parse.Char(';')).Token().Optional()
        from item in
            (from word in ExpressionGrammar.Located(Keyword("otherwise"))
             from value in Expression
             select ((FormulaCase?)null, (Located<FormulaNode>?)new Located<FormulaNode>(value, word.At)))
            .Or(Case.Select(c => ((FormulaCase?)c, (Located<FormulaNode>?)null)))
        select item;

    /// <summary>A whole right-hand side: cases, then optionally otherwise VALUE, then the end.</summary>
    internal static readonly Parser<(FormulaCase First, List<(FormulaCase? Case, Located<FormulaNode>? Otherwise)> Others)> Body =
        from lead in Parse.WhiteSpace.Many()
        from first in Case
        from rest in Item.XMany()
        from end in Parse.WhiteSpace.Many().End()
        select (first, rest.ToList());
}
