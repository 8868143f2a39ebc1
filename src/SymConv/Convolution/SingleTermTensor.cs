using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// A tensor whose every entry is a number, or a number times one symbol (0, 3, -1/2, a, 2·w_{0,0}),
/// stored as two flat arrays — or, for a family of generated symbols, as nothing but the first
/// id: entry i is then symbol <see cref="FirstSymbol"/> + i with coefficient 1. These are the
/// entries of nearly every real layer, and their products are monomials of degree two at most,
/// which <see cref="TermKey"/> packs in a number.
/// </summary>
internal sealed class SingleTermTensor
{
    private SingleTermTensor(int[]? symbols, SmallRational[]? coefficients, int firstSymbol)
    {
        Symbols = symbols;
        Coefficients = coefficients;
        FirstSymbol = firstSymbol;
    }

    /// <summary>Each entry's symbol, or -1 for a number; null for a run of generated symbols.</summary>
    internal int[]? Symbols { get; }

    /// <summary>Each entry's coefficient, zero for a zero entry; null for a run of generated symbols.</summary>
    internal SmallRational[]? Coefficients { get; }

    /// <summary>For a run of generated symbols, the id of the first; -1 otherwise.</summary>
    internal int FirstSymbol { get; }

    /// <summary>True when entry i is symbol <see cref="FirstSymbol"/> + i with coefficient 1.</summary>
    public bool IsRun => Symbols is null;

    /// <summary>The symbol of an entry, or -1 for a number.</summary>
    public int SymbolAt(int index) => Symbols is { } symbols ? symbols[index] : FirstSymbol + index;

    /// <summary>The coefficient of an entry; zero for a zero entry.</summary>
    public SmallRational CoefficientAt(int index) => Coefficients is { } coefficients ? coefficients[index] : SmallRational.One;

    /// <summary>The tensor in this form, or null when some entry is not a single term of degree one at most.</summary>
    public static SingleTermTensor? TryFrom(Tensor<Polynomial> tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.FirstSymbol is { } first)
            return new SingleTermTensor(null, null, first);
        var values = tensor.Values;
        var symbols = new int[values.Count];
        var coefficients = new SmallRational[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var terms = values[i].Terms;
            if (terms.Length == 0)
            {
                symbols[i] = -1;
                coefficients[i] = SmallRational.Zero;
                continue;
            }
            if (terms.Length > 1 || !SmallRational.TryFrom(terms[0].Coefficient, out coefficients[i]))
                return null;
            var monomial = terms[0].Monomial;
            if (monomial.IsOne)
                symbols[i] = -1;
            else if (monomial.FactorCount == 1 && monomial.ExponentAt(0) == 1)
                symbols[i] = monomial.SymbolAt(0);
            else
                return null;
        }
        return new SingleTermTensor(symbols, coefficients, -1);
    }
}
