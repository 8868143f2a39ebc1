using System.Globalization;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Networks;

/// <summary>
/// The weights and biases of a stack's layers: as written (<c>kernel[0] = …</c>, <c>bias[1] = …</c>)
/// or fresh symbols, one family per layer and role named from the layer's index (w0_{…}, b0_{…},
/// w1_{…}). Families take their ids when asked for, so symbols rank in the order the layers
/// ask, and are named by <see cref="Complete"/> once every written symbol is known, so that no
/// family shares its word with another or with a written symbol.
/// </summary>
internal sealed class StackParameters(SymbolTable symbols, IReadOnlyDictionary<(string Role, int Layer), SpecEntry> given)
{
    private readonly List<(int First, string Word, Shape Shape, SourcePoint? At)> _families = [];
    private readonly HashSet<(string, int)> _used = [];

    /// <summary>The table every symbol of the stack is in.</summary>
    public SymbolTable Symbols => symbols;

    /// <summary>Called once, before the first bias is made: the input ranks after the first layer's weights, as a single layer's does.</summary>
    public Action? BeforeFirstBias { get; set; }

    /// <summary>
    /// The parameter <paramref name="role"/> (kernel or bias) of layer <paramref name="layer"/>: the
    /// written tensor, checked against <paramref name="shape"/>, or fresh symbols <paramref name="word"/>{layer}_{…}.
    /// </summary>
    public Tensor<Polynomial> Take(string role, int layer, Shape shape, string word, string layerWritten, SourcePoint? at)
    {
        if (role == "bias" && BeforeFirstBias is { } before)
        {
            BeforeFirstBias = null;
            before();
        }
        var symbolsBefore = symbols.Count;
        Tensor<Polynomial> tensor;
        if (given.TryGetValue((role, layer), out var entry))
        {
            _used.Add((role, layer));
            tensor = TensorReader.Read(entry.At, entry.Text.Length, symbols);
            if (!tensor.Shape.Equals(shape))
            {
                // A flat bias or a kernel pasted with another nesting is the same entries only when the sizes agree.
                if (tensor.Shape.Size != shape.Size || tensor.Shape.Rank != 1 && role != "bias")
                    throw new InputException(NetworkMessages.ParameterShape(Key(role, layer), tensor.Shape, layer, layerWritten, shape), entry.At);
                tensor = new Tensor<Polynomial>(shape, [.. tensor.Values]);
            }
        }
        else
        {
            var fullWord = word + layer.ToString(CultureInfo.InvariantCulture);
            if (shape.Size > int.MaxValue - (long)symbols.Count)
                throw new InputException(ErrorMessages.LayerTooLarge("the number of symbols of the stack", symbols.Count + shape.Size), at);
            var first = symbols.Reserve((int)shape.Size);
            _families.Add((first, fullWord, shape, at));
            tensor = FreshSymbols.Of(shape, first);
        }
        // Symbols that first appear in a bias are only ever added where the bias is: no 1 written before them.
        if (role == "bias")
            for (var id = symbolsBefore; id < symbols.Count; id++)
                symbols.MarkBare(id);
        return tensor;
    }

    /// <summary>An input of fresh symbols x_{c,…} (or <paramref name="word"/>), ranked where it is made.</summary>
    public Tensor<Polynomial> FreshInput(Shape shape, string word, SourcePoint? at)
    {
        if (shape.Size > int.MaxValue - (long)symbols.Count)
            throw new InputException(ErrorMessages.LayerTooLarge("the number of symbols of the stack", symbols.Count + shape.Size), at);
        var first = symbols.Reserve((int)shape.Size);
        _families.Add((first, word, shape, at));
        return FreshSymbols.Of(shape, first);
    }

    /// <summary>
    /// Names the fresh families, once every written tensor is read; refuses a written tensor
    /// no layer takes, and a written symbol that one of the families' names would share.
    /// </summary>
    public void Complete(Func<int, string> layerWritten)
    {
        foreach (var ((role, layer), entry) in given)
        {
            if (!_used.Contains((role, layer)))
                throw new InputException(NetworkMessages.ParameterUnused(Key(role, layer), layer, layerWritten(layer)), entry.KeyAt ?? entry.At);
        }
        var subscripted = symbols.InternedNames.Where(n => n.Contains('_', StringComparison.Ordinal))
            .ToLookup(FreshSymbols.WordOf, StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, word, shape, at) in _families)
        {
            if (!words.Add(word))
                throw new InputException(NetworkMessages.FamiliesShareWord(word), at, ErrorMessages.SymbolCollisionHint);
            if (subscripted.Contains(word))
                throw new InputException(ErrorMessages.SymbolInFamily(subscripted[word].Order(StringComparer.Ordinal).First(), "stack", word), at,
                    ErrorMessages.SymbolCollisionHint);
            symbols.Name(first, new IndexedSymbols(word, shape));
        }
    }

    /// <summary>How a parameter is written in a spec: kernel[0], bias[1].</summary>
    public static string Key(string role, int layer) => string.Create(CultureInfo.InvariantCulture, $"{role}[{layer}]");
}
