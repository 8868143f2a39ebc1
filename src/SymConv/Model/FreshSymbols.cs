using System.Globalization;
using SymConv.Algebra;

namespace SymConv.Model;

/// <summary>
/// The generated symbols of one layer, named so that no two mean the same thing. Each family
/// takes its ids when its tensor is made (so the kernel still ranks before the input and the
/// bias), but is named only by <see cref="Complete"/>, once every symbol the user wrote is known:
/// a lettered kernel then skips the letters taken, and a family whose names a written symbol
/// would share is refused rather than silently merged with it.
/// </summary>
internal sealed class FreshSymbols
{
    /// <summary>The letters a lettered kernel chooses from, in order.</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    // Tensors at most this big keep their entries in an array: the general path reads them often.
    private const long ArrayLimit = 1 << 16;

    private readonly SymbolTable _symbols;
    private readonly SymbolNaming _naming;
    private Family? _kernel, _input, _bias;

    // One family's ids, shape and where it was asked for; Word is the option's, or null for the default.
    private sealed record Family(string Tensor, int First, Shape Shape, SourcePoint? ShapeAt, string? Word, SourcePoint? WordAt)
    {
        public SourcePoint? At => WordAt ?? ShapeAt;
    }

    /// <summary>Generated symbols in <paramref name="symbols"/>, named as <paramref name="naming"/> says.</summary>
    public FreshSymbols(SymbolTable symbols, SymbolNaming naming)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(naming);
        _symbols = symbols;
        _naming = naming;
    }

    /// <summary>A kernel of fresh symbols; <paramref name="at"/> is where its shape was given.</summary>
    public Tensor<Polynomial> Kernel(Shape shape, SourcePoint? at = null) =>
        Make(ref _kernel, "kernel", shape, at, _naming.Kernel, _naming.KernelAt);

    /// <summary>An input of fresh symbols; <paramref name="at"/> is where its shape was given.</summary>
    public Tensor<Polynomial> Input(Shape shape, SourcePoint? at = null) =>
        Make(ref _input, "input", shape, at, _naming.Input, _naming.InputAt);

    /// <summary>A bias of fresh symbols, one per output channel.</summary>
    public Tensor<Polynomial> Bias(int channels, SourcePoint? at = null) =>
        Make(ref _bias, "bias", new Shape(channels), at, _naming.Bias, _naming.BiasAt);

    /// <summary>
    /// Names every family made so far, after the last symbol the user wrote has been interned.
    /// </summary>
    /// <exception cref="InputException">When a naming option has no family to name, two families
    /// would share a word, or a written symbol would share a family's names.</exception>
    public void Complete()
    {
        RefuseIdle(_naming.Kernel, _kernel, "`kernel-symbols`", "kernel", "`kernel-shape`", _naming.KernelAt);
        RefuseIdle(_naming.Input, _input, "`input-symbols`", "input", "`input-shape`", _naming.InputAt);
        RefuseIdle(_naming.Bias, _bias, "`bias-symbols`", "bias", "`bias` auto", _naming.BiasAt);
        if (!_naming.InputChannelIndex && _input is null)
            throw new InputException(ErrorMessages.NamingWithoutFamily("`no-channel-index`", "input"), _naming.InputChannelIndexAt,
                ErrorMessages.NamingWithoutFamilyHint("`no-channel-index`", "`input-shape`"));

        // A written w_3 or w_{0,1} blocks the word w: it is, or looks like, one of w's members.
        // A bare w does not: w and w_0 are as distinct as the seed's b and its bias b_0. Families
        // the table has named already (GeneratedSymbols makes them) count as written.
        var named = _symbols.Families.Select(f => f.Family).ToList();
        var written = new HashSet<string>(_symbols.InternedNames, StringComparer.Ordinal);
        written.UnionWith(named.OfType<LetteredSymbols>().SelectMany(f => f.Letters.Select(c => c.ToString())));
        var subscripted = new HashSet<string>(
            _symbols.InternedNames.Where(n => n.Contains('_', StringComparison.Ordinal)).Select(WordOf), StringComparer.Ordinal);
        subscripted.UnionWith(named.OfType<IndexedSymbols>().Select(f => f.Word));

        var indexed = new List<(Family Family, string Word)>();
        if (_input is { } input) indexed.Add((input, input.Word ?? "x"));
        if (_bias is { } bias) indexed.Add((bias, bias.Word ?? "b"));
        LetteredSymbols? letters = null;
        if (_kernel is { } kernel)
        {
            if (kernel.Word is null)
            {
                // The first letters nothing else uses, or w_{…} when too few are left.
                var free = Alphabet.Select(c => c.ToString())
                    .Where(c => !written.Contains(c) && !subscripted.Contains(c) && indexed.All(f => f.Word != c)
                        && !_naming.LeaveFree.Contains(c, StringComparison.Ordinal))
                    .ToList();
                if (kernel.Shape.Size <= free.Count)
                    letters = new LetteredSymbols(string.Concat(free.Take((int)kernel.Shape.Size)));
            }
            if (letters is null)
                indexed.Insert(0, (kernel, kernel.Word ?? "w"));
        }

        for (var i = 0; i < indexed.Count; i++)
        {
            var (family, word) = indexed[i];
            foreach (var (other, otherWord) in indexed.Skip(i + 1))
                if (otherWord == word)
                    throw new InputException(ErrorMessages.FamiliesShareWord(family.Tensor, other.Tensor, word),
                        other.WordAt ?? family.WordAt ?? other.ShapeAt, ErrorMessages.SymbolCollisionHint);
            if (subscripted.Contains(word))
            {
                var symbol = _symbols.InternedNames.Where(n => n != word && WordOf(n) == word).Order(StringComparer.Ordinal)
                    .FirstOrDefault() ?? word + "_{…}";
                throw new InputException(ErrorMessages.SymbolInFamily(symbol, family.Tensor, word), family.At, ErrorMessages.SymbolCollisionHint);
            }
        }

        foreach (var (family, word) in indexed)
            _symbols.Name(family.First, new IndexedSymbols(word, family.Shape, ReferenceEquals(family, _input) ? OmittedInputAxis(family.Shape) : -1));
        if (letters is not null)
            _symbols.Name(_kernel!.First, letters);
    }

    /// <summary>The word a symbol's name starts with: w for w_{0,1}, alpha for alpha.</summary>
    public static string WordOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        return underscore < 0 ? name : name[..underscore];
    }

    private int OmittedInputAxis(Shape shape)
    {
        if (_naming.InputChannelIndex) return -1;
        // An input with no spatial axis is refused by the geometry; its one index stays.
        if (shape.Rank < 2) return -1;
        var axis = _naming.ChannelsLast ? shape.Rank - 1 : 0;
        if (shape[axis] != 1)
            throw new InputException(ErrorMessages.ChannelIndexNeeded(shape[axis]), _naming.InputChannelIndexAt, ErrorMessages.ChannelIndexNeededHint);
        return axis;
    }

    private static void RefuseIdle(string? word, Family? family, string option, string tensor, string shapeOption, SourcePoint? at)
    {
        if (word is not null && family is null)
            throw new InputException(ErrorMessages.NamingWithoutFamily(option, tensor), at, ErrorMessages.NamingWithoutFamilyHint(option, shapeOption));
    }

    private Tensor<Polynomial> Make(ref Family? slot, string tensor, Shape shape, SourcePoint? at, string? word, SourcePoint? wordAt)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (slot is not null) throw new InvalidOperationException($"The {tensor} symbols have been made already.");
        // Ids are ints: the family's size is checked here, before anything is made.
        if (shape.Size > int.MaxValue - (long)_symbols.Count)
            throw new InputException(shape.Size > int.MaxValue
                ? ErrorMessages.LayerTooLarge(string.Create(CultureInfo.InvariantCulture, $"the number of entries of a {shape} tensor"), shape.Size)
                : ErrorMessages.LayerTooLarge("the number of symbols of the layer", _symbols.Count + shape.Size), at);
        var first = _symbols.Reserve((int)shape.Size);
        slot = new Family(tensor, first, shape, at, word, wordAt);
        return Of(shape, first);
    }

    /// <summary>A tensor whose entry at flat index i is the symbol with id <paramref name="first"/> + i.</summary>
    internal static Tensor<Polynomial> Of(Shape shape, int first)
    {
        if (shape.Size > ArrayLimit)
            return new Tensor<Polynomial>(shape, flat => Polynomial.Variable(first + (int)flat)) { FirstSymbol = first };
        var values = new Polynomial[shape.Size];
        for (var i = 0; i < values.Length; i++)
            values[i] = Polynomial.Variable(first + i);
        return new Tensor<Polynomial>(shape, values) { FirstSymbol = first };
    }
}
