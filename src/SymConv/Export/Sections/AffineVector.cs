using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;

namespace SymConv.Export.Sections;

/// <summary>
/// The vector y' = A x' + c of an affine map applied to an input: entry i is the sum over row i's nonzero
/// entries of A_ij x'_j, plus the constant term c_i. Entries are made one at a time, on demand, so y' of
/// any size streams. A layer's own y' (<see cref="Of(ConvolutionMatrix)"/>) keeps the layer's fast paths.
/// </summary>
internal sealed class AffineVector
{
    private readonly Func<long, Polynomial> _entry;

    /// <summary>y' = A x' + c for the map <paramref name="map"/> and the flattened input <paramref name="input"/>.</summary>
    /// <param name="map">The map A (and c, when it is affine).</param>
    /// <param name="input">x', one value per column of the map.</param>
    public AffineVector(ILinearMap map, IReadOnlyList<Polynomial> input)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Count != map.Columns)
            throw new ArgumentException($"the input has {input.Count} entries but the map has {map.Columns} columns", nameof(input));
        Map = map;
        Input = input;
        _entry = row => Apply(map, input, row);
    }

    /// <summary>
    /// y' = A x' + c for the map <paramref name="map"/>, its entries made by <paramref name="entry"/>: another
    /// route to the same values, such as a stack's y' made layer by layer rather than through the product's rows.
    /// </summary>
    internal AffineVector(ILinearMap map, IReadOnlyList<Polynomial> input, Func<long, Polynomial> entry) : this(map, input)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entry = entry;
    }

    private AffineVector(ConvolutionMatrix matrix)
    {
        Map = matrix;
        Input = matrix.Layer.Input.Values;
        Convolution = matrix;
        _entry = matrix.Output;
    }

    /// <summary>A layer's y' = M x' (+ p) (+ b), made by the layer's own fast paths.</summary>
    public static AffineVector Of(ConvolutionMatrix matrix) => new(matrix);

    /// <summary>The map A.</summary>
    public ILinearMap Map { get; }

    /// <summary>The input x'.</summary>
    public IReadOnlyList<Polynomial> Input { get; }

    /// <summary>How many entries: the map's rows.</summary>
    public long Count => Map.Rows;

    /// <summary>The entry y'_row, expanded and simplified.</summary>
    public Polynomial Entry(long row) => _entry(row);

    /// <summary>The layer whose y' this is, for the row formatter's single-term path; null for any other map.</summary>
    internal ConvolutionMatrix? Convolution { get; }

    // Σ_j A_row,j x'_j + c_row by plain polynomial arithmetic: exact for any entries.
    private static Polynomial Apply(ILinearMap map, IReadOnlyList<Polynomial> input, long row)
    {
        var terms = new List<Term>();
        foreach (var entry in map.Row(row))
            foreach (var term in (entry.Value * input[checked((int)entry.Column)]).Terms)
                terms.Add(term);
        var value = Polynomial.FromTerms(terms);
        return map.IsAffine ? value + map.Offset(row) : value;
    }
}
