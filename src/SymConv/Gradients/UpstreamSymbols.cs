using System.Runtime.CompilerServices;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The fresh upstream gradient g = ∂L/∂y of a layer: one symbol g_{d,i,j} per entry of y, indexed
/// as y is laid out, ranked after every symbol of the layer. The word is g unless the layer already
/// uses g with a subscript (or as a family's word); then the first of dy, gy, dLdy, g1, g2, … it does
/// not use, so an upstream symbol never names, or looks like, one of the layer's. A bare g in the
/// layer does not block it: g and g_{0,1} are as distinct as the seed's b and a bias b_0.
/// </summary>
internal static class UpstreamSymbols
{
    // The upstream families made in each symbol table, so asking twice gives the same symbols.
    private static readonly ConditionalWeakTable<SymbolTable, List<(string Word, Shape Shape, int First)>> Made = new();

    /// <summary>The word the upstream symbols are named by when the layer leaves it free.</summary>
    public const string DefaultWord = "g";

    /// <summary>
    /// The tensor of fresh upstream symbols for <paramref name="matrix"/>'s layer, shaped like y,
    /// added to the layer's symbol table (once: a second call returns the same symbols).
    /// </summary>
    /// <param name="matrix">The layer's matrix.</param>
    /// <param name="word">The word to name them by, or null to choose one as above.</param>
    /// <exception cref="InputException">When <paramref name="word"/> is not a symbol word, or the layer uses it.</exception>
    public static Tensor<Polynomial> Of(ConvolutionMatrix matrix, string? word = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var symbols = matrix.Layer.Symbols;
        var shape = matrix.Geometry.OutputShape;
        var made = Made.GetOrCreateValue(symbols);
        lock (made)
        {
            foreach (var (madeWord, madeShape, first) in made)
                if (madeShape.Equals(shape) && (word is null || madeWord == word))
                    return FreshSymbols.Of(shape, first);
            var chosen = Choose(symbols, word);
            var id = symbols.Add(new IndexedSymbols(chosen, shape));
            made.Add((chosen, shape, id));
            return FreshSymbols.Of(shape, id);
        }
    }

    private static string Choose(SymbolTable symbols, string? word)
    {

        var taken = TakenWords(symbols);
        if (word is not null)
        {
            if (!IndexedSymbols.IsWord(word))
                throw new InputException(GradientMessages.UpstreamWordNotAWord(word));
            if (taken.Contains(word))
                throw new InputException(GradientMessages.UpstreamWordTaken(word));
        }
        return word ?? Candidates().First(w => !taken.Contains(w));
    }

    // Words of subscripted symbols and of families: a member of either could look like g_{…}.
    private static HashSet<string> TakenWords(SymbolTable symbols)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in symbols.InternedNames)
            if (name.Contains('_', StringComparison.Ordinal)) taken.Add(FreshSymbols.WordOf(name));
        foreach (var (_, family) in symbols.Families)
            if (family is IndexedSymbols indexed) taken.Add(indexed.Word);
        return taken;
    }

    private static IEnumerable<string> Candidates()
    {
        yield return DefaultWord;
        yield return "dy";
        yield return "gy";
        yield return "dLdy";
        for (var n = 1; ; n++)
            yield return DefaultWord + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
