using SymConv.Algebra;

namespace SymConv.Export.Pictures;

/// <summary>
/// Which colour each entry of a matrix is drawn in: one colour per kernel weight (per symbol, or
/// per number for a numeric kernel), so the diagonals of one weight read at a glance; an entry
/// that is a sum of weights (a+c, where padding folds two taps onto one input) is striped in the
/// colours of its terms. A kernel of more weights than there are colours to tell apart is coloured
/// by kernel position (tap) instead, the same in every channel, which is the diagonal structure of M.
/// </summary>
internal sealed class WeightColours
{
    // Qualitative colours far enough apart to tell on a projector.
    // Not in the palette, so a zero tap never looks like a weight.
    private const string ZeroColour = "#9e9e9e";

    internal static readonly string[] Palette =
    [
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#edc948", "#76b7b2", "#ff9da7",
        "#9c755f", "#2f4b7c",
        // The second ten far from the first (no pale twin of a first colour): every pair differs by more than 50 in RGB.
        "#a0cbe8", "#8cd17d", "#6a3d9a", "#bab0ac", "#bcbd22", "#d62fc0", "#7a0403", "#ffd8b1", "#005f3f", "#00c2c7",
    ];

    private readonly Dictionary<Polynomial, int> _parts = [];
    private readonly Dictionary<Polynomial, int> _entries = [];
    private readonly List<LegendEntry> _legend = [];
    private readonly Func<Polynomial, string> _text;
    private readonly Dictionary<Polynomial, int>? _tapOf;

    /// <summary>
    /// Colours for entries named by <paramref name="text"/>: the first colours go to the weights of
    /// <paramref name="kernel"/> in order, or, when it has more distinct weights than colours, to its
    /// taps: <paramref name="tapOf"/> gives the tap of a kernel entry by flat index, <paramref name="tapNames"/> names them.
    /// </summary>
    public WeightColours(Func<Polynomial, string> text, IReadOnlyList<Polynomial> kernel, Func<long, int>? tapOf = null, IReadOnlyList<string>? tapNames = null)
    {
        _text = text;
        var distinct = new HashSet<Polynomial>();
        foreach (var weight in kernel)
            foreach (var part in Parts(weight))
                distinct.Add(part);
        if (distinct.Count > Palette.Length && tapOf is not null && tapNames is not null && tapNames.Count <= Palette.Length)
        {
            _tapOf = [];
            for (var i = 0; i < kernel.Count; i++)
                foreach (var part in Parts(kernel[i]))
                    _tapOf.TryAdd(part, tapOf(i));
            Taps = [.. tapNames.Select((name, i) => (name, Palette[i]))];
        }
        else
        {
            foreach (var weight in kernel)
                foreach (var part in Parts(weight))
                    PartColour(part);
        }
    }

    /// <summary>The legend's heading: "entries" (of M), "values of x" (U(x)'s entries).</summary>
    public string Heading { get; init; } = "entries";

    /// <summary>What the legend says above the taps when entries are coloured by them.</summary>
    public string TapsNote { get; init; } = "by kernel position, in every channel";

    /// <summary>What the coloured values are, for the legend's notes: "weights" (M's), "input values" (U(x)'s).</summary>
    public string Noun { get; init; } = "weights";

    /// <summary>One distinct entry: its id, value, text and the colours it is drawn in (two or more for a sum).</summary>
    public sealed record LegendEntry(int Id, Polynomial Value, string Text, IReadOnlyList<string> Colours);

    /// <summary>The entries met so far, in the order they were first met.</summary>
    public IReadOnlyList<LegendEntry> Legend => _legend;

    /// <summary>When entries are coloured by kernel position: each tap's name and colour; null when coloured by weight.</summary>
    public IReadOnlyList<(string Name, string Colour)>? Taps { get; }

    /// <summary>True when there are more weights than colours and no taps to colour by, so colours repeat.</summary>
    public bool Repeats => Taps is null && _parts.Count > Palette.Length;

    /// <summary>The legend id of an entry, adding it on first sight.</summary>
    public int Of(Polynomial value)
    {
        if (_entries.TryGetValue(value, out var id)) return id;
        id = _legend.Count;
        var colours = Parts(value).Select(Colour).Distinct().ToList();
        // A zero weight has no parts to colour by, yet a receptive field still draws its tap: plain grey.
        if (colours.Count == 0) colours.Add(ZeroColour);
        _legend.Add(new LegendEntry(id, value, _text(value), colours));
        _entries[value] = id;
        return id;
    }

    /// <summary>The legend in the order a reader looks for it: single weights by their colour, then sums.</summary>
    public IEnumerable<LegendEntry> Ordered() =>
        _legend.OrderBy(e => e.Colours.Count > 1).ThenBy(e => Parts(e.Value).Select(Index).DefaultIfEmpty(int.MaxValue).Min()).ThenBy(e => e.Id);

    private string Colour(Polynomial part) => Palette[Index(part) % Palette.Length];

    private int Index(Polynomial part) =>
        _tapOf is null ? PartColour(part) : _tapOf.TryGetValue(part, out var tap) ? tap : Palette.Length - 1;

    private int PartColour(Polynomial part)
    {
        if (!_parts.TryGetValue(part, out var index))
            _parts[part] = index = _parts.Count;
        return index;
    }

    // A term's weight without its coefficient (2a is drawn as a); a number stands for itself.
    private static List<Polynomial> Parts(Polynomial value)
    {
        var parts = new List<Polynomial>(value.TermCount);
        foreach (var term in value.Terms)
            parts.Add(term.Monomial.IsOne ? Polynomial.FromTerm(term.Coefficient, term.Monomial) : Polynomial.FromTerm(Rational.One, term.Monomial));
        return parts;
    }
}
