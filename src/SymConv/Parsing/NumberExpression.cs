using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>An exact number.</summary>
internal sealed record NumberExpression(Rational Value, SourcePoint At) : Expression(At)
{
    /// <summary>
    /// The letter of a signed power of ten (the e of 2e+3), which reads as a symbol too: where
    /// that symbol exists, the number is refused with both readings rather than read as one.
    /// </summary>
    public string? AlsoSymbol { get; init; }

    /// <summary>The number as written.</summary>
    public string Written { get; init; } = "";

    /// <inheritdoc/>
    public override Polynomial Evaluate(SymbolTable symbols)
    {
        if (AlsoSymbol is { } letter && symbols.Knows(letter))
            throw Ambiguous();
        return Polynomial.Constant(Value);
    }

    /// <summary>The refusal of a number that also reads as a sum with the symbol of its exponent's letter.</summary>
    internal InputException Ambiguous()
    {
        var letter = AlsoSymbol ?? "e";
        var split = Written.IndexOf(letter, StringComparison.Ordinal);
        var (mantissa, rest) = (Written[..split], Written[(split + 1)..]);
        return new InputException(ErrorMessages.NumberOrSymbol(Written, letter, mantissa, rest), At,
            ErrorMessages.NumberOrSymbolHint(Written, letter, mantissa, rest));
    }
}
