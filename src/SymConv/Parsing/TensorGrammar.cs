using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// The grammar of a tensor: nested brackets whose innermost rows hold entries separated by
/// spaces, as the seed writes them ([[1 2 3] [4 5 6]]), or by commas ([[1, 2], [3, 4]]).
/// As in MATLAB, a row is first read as entries separated by spaces ([1 -2] is two entries);
/// when that fails it is read with commas, and then entries may contain spaces ([1 - 2, a + b]).
/// A bar | may stand for a separator inside a row, so x' and the rows of M read back as they
/// are printed ([1 2 3|4 5 6]); bars carry no meaning beyond that.
/// </summary>
internal static class TensorGrammar
{
    private static readonly Parser<char> Comma = Parse.Char(',').Token().Named("','");

    private static readonly Parser<char> Bar = Parse.Char('|').Token().Named("'|'");

    private static readonly Parser<char> Close = Parse.Char(']').Named("']'");

    private static readonly Parser<TensorNode> CommaRow =
        from first in ExpressionGrammar.Spaced.Token()
        from rest in Comma.Or(Bar).Then(_ => ExpressionGrammar.Spaced.Token()).XRepeat()
        from close in Close
        select (TensorNode)new TensorNode.Row([first, .. rest]);

    // An entry only starts after a space or a bar: [1.5.5] is an error, never [1.5 .5].
    private static readonly Parser<TensorNode> SpaceRow =
        from first in ExpressionGrammar.Tight.Token()
        from rest in Bar.Optional().Then(_ => AfterSeparator).Then(_ => ExpressionGrammar.Tight.Token()).XRepeat()
        from close in Close
        select (TensorNode)new TensorNode.Row([first, .. rest]);

    private static readonly Parser<bool> AfterSeparator = input =>
        input.Position > 0 && (char.IsWhiteSpace(input.Source[input.Position - 1]) || input.Source[input.Position - 1] == '|')
            ? Result.Success(true, input)
            : Result.Failure<bool>(input, "", ["a space between entries"]);

    private static readonly Parser<IEnumerable<char>> Space = Parse.WhiteSpace.Many();

    // Each inner bracket takes the spaces after it, so a failed attempt at one more bracket
    // consumes nothing and the list ends cleanly at ']'.
    private static readonly Parser<TensorNode> Inner =
        from bracket in Deferred.Of(() => Bracket!)
        from space in Space
        select bracket;

    private static readonly Parser<TensorNode> Nested =
        from first in Inner
        from rest in Comma.Optional().Then(_ => Inner).XRepeat()
        from close in Close
        select (TensorNode)new TensorNode.Block([first, .. rest]);

    /// <summary>One bracket and all it holds.</summary>
    internal static readonly Parser<TensorNode> Bracket =
        from at in ExpressionGrammar.Located(Parse.Char('[').Named("'['"))
        from space in Space
        from body in Nested.Or(SpaceRow).Or(CommaRow)
            .Or(Close.Return<char, TensorNode>(new TensorNode.Row([])))
        select body with { At = at.At };
}
