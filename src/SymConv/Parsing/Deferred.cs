using Sprache;

namespace SymConv.Parsing;

/// <summary>Recursion for grammars.</summary>
internal static class Deferred
{
    /// <summary>
    /// A parser defined later, for recursive rules. Unlike Sprache's <c>Parse.Ref</c> it keeps no
    /// memo on the input: Ref throws when a failed rule is retried at the same place after
    /// backtracking, which our grammars do on purpose. Left recursion cannot arise here, and
    /// depth is bounded beforehand by <see cref="Failures.CheckNesting"/>.
    /// </summary>
    public static Parser<T> Of<T>(Func<Parser<T>> parser) => input => parser()(input);
}
