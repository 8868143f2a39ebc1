using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// A tensor whose every entry is a number, or a number times one symbol (0, 3, -1/2, a, 2·w_{0,0}),
/// stored as two flat arrays. These are the entries of nearly every real layer, and their
/// products are monomials of degree two at most, which <see cref="TermKey"/> packs in a number.
/// </summary>
public sealed class SingleTermTensor
{
    private SingleTermTensor(int[] symbols, SmallRational[] coefficients)
    {
        Symbols = symbols;
        Coefficients = coefficients;
    }

    /// <summary>Each entry's symbol, or -1 for a number.</summary>
    public int[] Symbols { get; }

    /// <summary>Each entry's coefficient; zero for a zero entry.</summary>
    public SmallRational[] Coefficients { get; }

    /// <summary>The tensor in this form, or null when some entry is not a single term of degree one at most.</summary>
    public static SingleTermTensor? TryFrom(Tensor<Polynomial> tensor)
    {
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
        return new SingleTermTensor(symbols, coefficients);
    }
}
