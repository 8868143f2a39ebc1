using Sprache;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// Tensors as PyTorch and NumPy print them, around the bracket grammar: <c>tensor([…])</c>,
/// <c>tensor([…], dtype=torch.float64, requires_grad=True)</c>, <c>Parameter containing:</c>
/// before it, <c>array([…], dtype=float32)</c>; nested Python lists and NumPy's <c>print</c>
/// are brackets already. A printout holds numbers only, read exactly as printed.
/// </summary>
internal static class PrintedTensorGrammar
{
    private static readonly string[] TensorKeywords = ["dtype", "device", "requires_grad", "grad_fn"];

    private static readonly string[] ArrayKeywords = ["dtype"];

    private static readonly Parser<char> NameChar =
        Parse.Char(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.', "name");

    // torch.float64, True, 'cuda:0', <MulBackward0>: kept only to be recognised, never used.
    private static readonly Parser<string> KeywordValue =
        NameChar.AtLeastOnce().Text()
            .Or(Quoted('\'')).Or(Quoted('"'))
            .Or(from open in Parse.Char('<') from body in Parse.CharExcept(">\n\r").Many().Text() from close in Parse.Char('>') select body)
            .Named("a value such as torch.float64, True or 'cuda:0'");

    private static Parser<string> Quoted(char quote) =>
        from open in Parse.Char(quote)
        from body in Parse.CharExcept(quote + "\n\r").Many().Text()
        from close in Parse.Char(quote).Named($"{quote} to close the text")
        select body;

    private static readonly Parser<Located<string>> KeywordName =
        ExpressionGrammar.Located(NameChar.AtLeastOnce().Text().Named("keyword such as dtype"));

    private static Parser<TensorNode> Call(string function, string[] keywords) =>
        from name in Parse.String(function)
        from open in Parse.Char('(').Token().Named("'('")
        from tensor in TensorGrammar.Bracket.Token()
        from close in Tail(function, keywords)
        select NumbersOnly(tensor);

    // What follows the tensor: keywords such as dtype=torch.float64, then ')'.
    private static Parser<char> Tail(string function, string[] keywords) =>
        from arguments in (
            from comma in Parse.Char(',').Token()
            from keyword in KeywordName
            from check in Known(keyword, function, keywords)
            from assign in Parse.Char('=').Token().Named("'='")
            from value in KeywordValue
            select keyword).Token().XRepeat()
        from close in Parse.Char(')').Named("')' or a keyword such as dtype=")
        select close;

    /// <summary>
    /// Whether the text from a point to <paramref name="end"/> is what may follow the tensor in
    /// a printout of <paramref name="function"/>: its keywords, ')' and spaces.
    /// </summary>
    public static bool TailIsValid(SourcePoint at, int end, string function)
    {
        try
        {
            var result = Tail(function, function == "tensor" ? TensorKeywords : ArrayKeywords).Token()(SourceInput.At(at));
            return result.WasSuccessful && result.Remainder.Position == end;
        }
        catch (InputException)
        {
            // An unknown keyword: the grammar reads the whole printout again and says so.
            return false;
        }
    }

    private static Parser<bool> Known(Located<string> keyword, string function, string[] keywords) => input =>
        keywords.Contains(keyword.Value)
            ? Result.Success(true, input)
            : throw new InputException(ErrorMessages.UnknownPrintedKeyword(keyword.Value, function, keywords), keyword.At,
                ErrorMessages.PrintedTensorHint);

    private static readonly Parser<TensorNode> ParameterCall =
        from prefix in Parse.String("Parameter containing:").Token()
        from tensor in Call("tensor", TensorKeywords)
        select tensor;

    /// <summary>A tensor as brackets or as a framework printed it, alone apart from surrounding spaces.</summary>
    public static readonly Parser<TensorNode> Tensor =
        (from lead in Parse.WhiteSpace.Many()
         from tensor in ParameterCall.Or(Call("tensor", TensorKeywords)).Or(Call("array", ArrayKeywords))
             .XOr(TensorGrammar.Bracket)
         from trail in Parse.WhiteSpace.Many()
         select tensor).Named("tensor");

    /// <summary>Whether a text at a point starts the way a framework's printout does.</summary>
    public static bool StartsPrintout(SourcePoint at)
    {
        var rest = at.Text.AsSpan(Math.Min(at.Offset, at.Text.Length)).TrimStart();
        return rest.StartsWith("tensor(", StringComparison.Ordinal) || rest.StartsWith("array(", StringComparison.Ordinal)
            || rest.StartsWith("Parameter containing:", StringComparison.Ordinal);
    }

    // A framework's tensor holds numbers: nan, inf or True would otherwise be read as symbols.
    private static TensorNode NumbersOnly(TensorNode node)
    {
        switch (node)
        {
            case TensorNode.Row row:
                foreach (var entry in row.Entries)
                    if (FirstSymbol(entry) is { } symbol)
                        throw new InputException(ErrorMessages.PrintedNotANumber(symbol.Name), symbol.At, ErrorMessages.PrintedNotANumberHint);
                break;
            case TensorNode.Block block:
                foreach (var child in block.Children)
                    NumbersOnly(child);
                break;
        }
        return node;
    }

    private static SymbolExpression? FirstSymbol(Expression expression) =>
        ExpressionWalk.Nodes(expression).OfType<SymbolExpression>().FirstOrDefault();
}
