using Sprache;
using SymConv.Algebra;
using SymConv.Parsing;

namespace SymConv.Tests.Support;

/// <summary>Reads single entries the way tensors read them.</summary>
internal static class Entries
{
    public static Polynomial Evaluate(string text, SymbolTable symbols) =>
        ExpressionGrammar.Spaced.End().Parse(text).Evaluate(symbols);
}
