using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// Tensors of fresh symbols, each family named at once: a small kernel by the letters free in
/// the table (never x or b, kept for the input and bias families that may follow), a larger one
/// w_{o,i,…}, an input x_{c,…}, a bias b_0, b_1, …. A name written into the table later reads as
/// the family's member, so a layer whose other tensors are written out must use
/// <see cref="FreshSymbols"/>, which names its families after every written name is known.
/// </summary>
internal static class GeneratedSymbols
{
    /// <summary>The most entries a kernel may have and still be lettered a, b, c, ….</summary>
    public const int MaxLettered = 26;

    /// <summary>A kernel of fresh symbols: letters when it is small, else w with its indices.</summary>
    public static Tensor<Polynomial> Kernel(Shape shape, SymbolTable symbols) => One(symbols, s => s.Kernel(shape));

    /// <summary>An input of fresh symbols x with its indices.</summary>
    public static Tensor<Polynomial> Input(Shape shape, SymbolTable symbols) => One(symbols, s => s.Input(shape));

    /// <summary>A bias of fresh symbols b_0, b_1, ….</summary>
    public static Tensor<Polynomial> Bias(int channels, SymbolTable symbols) => One(symbols, s => s.Bias(channels));

    /// <summary>Symbols named <paramref name="letter"/> subscripted by their multi-index.</summary>
    public static Tensor<Polynomial> Indexed(Shape shape, string letter, SymbolTable symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        return FreshSymbols.Of(shape, symbols.Add(new IndexedSymbols(letter, shape)));
    }

    /// <summary>The canonical name of an indexed symbol: x_{0,1,2}, b_0, b_{12}.</summary>
    public static string IndexedName(string letter, IReadOnlyList<int> index) =>
        SymbolNames.Canonical(letter, index.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList());

    private static Tensor<Polynomial> One(SymbolTable symbols, Func<FreshSymbols, Tensor<Polynomial>> make)
    {
        var fresh = new FreshSymbols(symbols, SymbolNaming.Default with { LeaveFree = "xb" });
        var tensor = make(fresh);
        fresh.Complete();
        return tensor;
    }
}
