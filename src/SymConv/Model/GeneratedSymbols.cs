using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// Tensors filled with fresh symbols, for layers described by shape alone. Small kernels get
/// the letters a, b, c, … as in the seed; larger ones and inputs get indexed names such as
/// w_{d,c,p,q} and x_{c,h,w}, so every entry says where it sits.
/// </summary>
public static class GeneratedSymbols
{
    /// <summary>The most entries a kernel may have and still be lettered a, b, c, ….</summary>
    public const int MaxLettered = 26;

    /// <summary>A kernel of fresh symbols: letters when it is small, else w with its indices.</summary>
    public static Tensor<Polynomial> Kernel(Shape shape, SymbolTable symbols) =>
        shape.Size <= MaxLettered
            ? Fill(shape, symbols, (flat, _) => ((char)('a' + flat)).ToString())
            : Indexed(shape, "w", symbols);

    /// <summary>An input of fresh symbols x with its indices.</summary>
    public static Tensor<Polynomial> Input(Shape shape, SymbolTable symbols) => Indexed(shape, "x", symbols);

    /// <summary>A bias of fresh symbols b_0, b_1, ….</summary>
    public static Tensor<Polynomial> Bias(int channels, SymbolTable symbols) => Indexed(new Shape(channels), "b", symbols);

    /// <summary>Symbols named <paramref name="letter"/> subscripted by their multi-index.</summary>
    public static Tensor<Polynomial> Indexed(Shape shape, string letter, SymbolTable symbols) =>
        Fill(shape, symbols, (_, index) => IndexedName(letter, index));

    /// <summary>The canonical name of an indexed symbol: x_{0,1,2}, b_0, b_{12}.</summary>
    public static string IndexedName(string letter, IReadOnlyList<int> index) =>
        SymbolNames.Canonical(letter, index.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList());

    private static Tensor<Polynomial> Fill(Shape shape, SymbolTable symbols, Func<long, int[], string> name)
    {
        // A shape counts in longs, but a tensor's entries are one array.
        if (shape.Size > Array.MaxLength)
            throw new InputException(ErrorMessages.LayerTooLarge(
                string.Create(CultureInfo.InvariantCulture, $"the number of entries of a {shape} tensor"), shape.Size));
        var values = new Polynomial[shape.Size];
        var index = new int[shape.Rank];
        for (long i = 0; i < values.LongLength; i++)
        {
            shape.Unflatten(i, index);
            values[i] = symbols.Symbol(name(i, index));
        }
        return new Tensor<Polynomial>(shape, values);
    }
}
