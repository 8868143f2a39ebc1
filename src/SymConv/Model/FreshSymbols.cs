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
public sealed class FreshSymbols
{
    /// <summary>The letters a lettered kernel chooses from, in order.</summary>
    public const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    // Tensors at most this big keep their entries in an array: the general path reads them often.
    private const long ArrayLimit = 1 << 16;

    private readonly SymbolTable _symbols;
    private readonly SymbolNaming _naming;
    private (int First, Shape Shape, SourcePoint? At)? _kernel, _input, _bias;

    /// <summary>Generated symbols in <paramref name="symbols"/>, named as <paramref name="naming"/> says.</summary>
    public FreshSymbols(SymbolTable symbols, SymbolNaming naming)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(naming);
        _symbols = symbols;
        _naming = naming;
    }

    /// <summary>A kernel of fresh symbols; <paramref name="at"/> is where its shape was given.</summary>
    public Tensor<Polynomial> Kernel(Shape shape, SourcePoint? at = null) => Make(ref _kernel, shape, at);

    /// <summary>An input of fresh symbols; <paramref name="at"/> is where its shape was given.</summary>
    public Tensor<Polynomial> Input(Shape shape, SourcePoint? at = null) => Make(ref _input, shape, at);

    /// <summary>A bias of fresh symbols, one per output channel.</summary>
    public Tensor<Polynomial> Bias(int channels, SourcePoint? at = null) => Make(ref _bias, new Shape(channels), at);

    /// <summary>
    /// Names every family made so far, after the last symbol the user wrote has been interned.
    /// </summary>
    /// <exception cref="InputException">When a naming option has no family to name, two families
    /// would share a word, or a written symbol would share a family's names.</exception>
    public void Complete()
    {
        Refuse(_naming.Kernel, _kernel, "--kernel-symbols", "kernel", "--kernel-shape", _naming.KernelAt);
        Refuse(_naming.Input, _input, "--input-symbols", "input", "--input-shape", _naming.InputAt);
        Refuse(_naming.Bias, _bias, "--bias-symbols", "bias", "--bias auto", _naming.BiasAt);
        if (!_naming.InputChannelIndex && _input is null)
            throw new InputException(ErrorMessages.NamingWithoutFamily("--no-channel-index", "input"), _naming.InputChannelIndexAt,
                ErrorMessages.NamingWithoutFamilyHint("--no-channel-index", "--input-shape"));

        // A written w_3 or w_{0,1} blocks the word w: it is, or looks like, one of w's members.
        // A bare w does not: w and w_0 are as distinct as the seed's b and its bias b_0.
        // Families named already (by GeneratedSymbols) count as written: their letters and words are taken.
        var named = _symbols.Families.Select(f => f.Family).ToList();
        var written = new HashSet<string>(_symbols.InternedNames, StringComparer.Ordinal);
        written.UnionWith(named.OfType<LetteredSymbols>().SelectMany(f => f.Letters.Select(c => c.ToString())));
        var subscripted = new HashSet<string>(_symbols.InternedNames.Where(n => n.Contains('_', StringComparison.Ordinal)).Select(WordOf), StringComparer.Ordinal);
        subscripted.UnionWith(named.OfType<IndexedSymbols>().Select(f => f.Word));
        var families = new List<(string Word, string Family, SourcePoint? At)>();
        if (_input is { } input) families.Add((_naming.Input ?? "x", "input", _naming.InputAt ?? input.At));
        if (_bias is { } bias) families.Add((_naming.Bias ?? "b", "bias", _naming.BiasAt ?? bias.At));
        SymbolFamily? kernelFamily = null;
        if (_kernel is { } kernel)
        {
            if (_naming.Kernel is null)
            {
                var free = new string(Alphabet.Where(c => !written.Contains(c.ToString()) && !subscripted.Contains(c.ToString())
                    && families.All(f => f.Word != c.ToString())
                    && !_naming.LeaveFree.Contains(c, StringComparison.Ordinal)).ToArray());
                if (kernel.Shape.Size <= free.Length)
                    kernelFamily = new LetteredSymbols(free[..(int)kernel.Shape.Size]);
            }
            if (kernelFamily is null)
                families.Insert(0, (_naming.Kernel ?? "w", "kernel", _naming.KernelAt ?? kernel.At));
        }

        for (var i = 0; i < families.Count; i++)
        {
            for (var j = i + 1; j < families.Count; j++)
                if (families[i].Word == families[j].Word)
                    throw new InputException(ErrorMessages.FamiliesShareWord(families[i].Family, families[j].Family, families[i].Word),
                        NamedAt(families[j].Family) ?? NamedAt(families[i].Family) ?? families[j].At, ErrorMessages.SymbolCollisionHint);
            if (subscripted.Contains(families[i].Word))
            {
                var symbol = _symbols.InternedNames.Where(n => n != families[i].Word && WordOf(n) == families[i].Word).Order(StringComparer.Ordinal)
                    .FirstOrDefault() ?? families[i].Word + "_{…}";
                throw new InputException(ErrorMessages.SymbolInFamily(symbol, families[i].Family, families[i].Word),
                    families[i].At, ErrorMessages.SymbolCollisionHint);
            }
        }

        foreach (var (word, family, _) in families)
        {
            var (first, shape, _) = family switch { "kernel" => _kernel!.Value, "input" => _input!.Value, _ => _bias!.Value };
            _symbols.Name(first, new IndexedSymbols(word, shape, family == "input" ? OmittedInputAxis(shape) : -1));
        }
        if (kernelFamily is not null)
            _symbols.Name(_kernel!.Value.First, kernelFamily);
    }

    // Where a family's word was chosen by an option, to point at it rather than at a default.
    private SourcePoint? NamedAt(string family) => family switch
    {
        "kernel" => _naming.KernelAt,
        "input" => _naming.InputAt,
        _ => _naming.BiasAt,
    };

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

    private static void Refuse(string? word, (int, Shape, SourcePoint?)? family, string option, string tensor, string shapeOption, SourcePoint? at)
    {
        if (word is not null && family is null)
            throw new InputException(ErrorMessages.NamingWithoutFamily(option, tensor), at, ErrorMessages.NamingWithoutFamilyHint(option, shapeOption));
    }

    private Tensor<Polynomial> Make(ref (int, Shape, SourcePoint?)? slot, Shape shape, SourcePoint? at)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (slot is not null) throw new InvalidOperationException("This family of symbols has been made already.");
        // Ids are ints: the family's size is checked here, before anything is made.
        if (shape.Size > int.MaxValue - (long)_symbols.Count)
            throw new InputException(shape.Size > int.MaxValue
                ? ErrorMessages.LayerTooLarge(string.Create(CultureInfo.InvariantCulture, $"the number of entries of a {shape} tensor"), shape.Size)
                : ErrorMessages.LayerTooLarge("the number of symbols of the layer", _symbols.Count + shape.Size), at);
        var first = _symbols.Reserve((int)shape.Size);
        slot = (first, shape, at);
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
