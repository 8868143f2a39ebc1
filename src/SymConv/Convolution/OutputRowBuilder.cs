using SymConv.Algebra;

namespace SymConv.Convolution;

/// <summary>
/// Computes output neurons y'_row of a layer whose entries are single terms, as canonical term
/// lists of packed monomials (<see cref="TermKey"/>) and small exact coefficients, reusing its
/// buffers from row to row: no allocation per row or per term. Taps usually come out already in
/// term order, so sorting is skipped unless a check finds it needed. One builder per thread.
/// </summary>
public sealed class OutputRowBuilder
{
    private readonly LayerGeometry _geometry;
    private readonly SingleTermLayer _layer;
    private readonly TapWalker _walker;
    private readonly int[] _kernelIndex;
    private readonly int[] _column;
    private readonly ulong[] _keys;
    private readonly SmallRational[] _coefficients;

    private OutputRowBuilder(ConvolutionMatrix matrix, SingleTermLayer layer)
    {
        _geometry = matrix.Geometry;
        _layer = layer;
        _walker = new TapWalker(matrix.Geometry);
        _kernelIndex = new int[_walker.MaxTaps];
        _column = new int[_walker.MaxTaps];
        _keys = new ulong[_walker.MaxTaps + 1];
        _coefficients = new SmallRational[_walker.MaxTaps + 1];
    }

    /// <summary>A builder for a matrix, or null when some entry of its layer is not a single term or its padding adds a term.</summary>
    public static OutputRowBuilder? TryCreate(ConvolutionMatrix matrix) =>
        matrix.SingleTerms is { } layer && !matrix.HasPaddingTerm ? new OutputRowBuilder(matrix, layer) : null;

    /// <summary>The monomials of the last row built, in term order.</summary>
    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    /// <summary>The coefficients of the last row built, never zero.</summary>
    public ReadOnlySpan<SmallRational> Coefficients => _coefficients.AsSpan(0, Count);

    /// <summary>How many terms the last row built has.</summary>
    public int Count { get; private set; }

    /// <summary>Computes y'_row = m_row · x' (+ b) in canonical form; returns its number of terms.</summary>
    /// <exception cref="OverflowException">When a coefficient outgrows a long; use <see cref="ConvolutionMatrix.Output"/> then.</exception>
    public int Build(long row)
    {
        Count = 0;
        var taps = _walker.Fill(row, _kernelIndex, _column);
        var kernelSymbols = _layer.Kernel.Symbols;
        var kernelCoefficients = _layer.Kernel.Coefficients;
        var inputSymbols = _layer.Input.Symbols;
        var inputCoefficients = _layer.Input.Coefficients;
        var keys = _keys;
        var coefficients = _coefficients;
        var count = 0;
        for (var i = 0; i < taps; i++)
        {
            var k = _kernelIndex[i];
            var c = _column[i];
            var weight = kernelCoefficients[k];
            var value = inputCoefficients[c];
            if (weight.IsZero || value.IsZero) continue;
            keys[count] = TermKey.Product(kernelSymbols[k], inputSymbols[c]);
            coefficients[count] = SmallRational.Multiply(weight, value);
            count++;
        }
        if (_layer.Bias is { } bias)
        {
            var channel = _geometry.OutputChannelOf(row);
            if (!bias.Coefficients[channel].IsZero)
            {
                keys[count] = TermKey.Of(bias.Symbols[channel]);
                coefficients[count] = bias.Coefficients[channel];
                count++;
            }
        }
        Count = IsStrictlyIncreasing(keys.AsSpan(0, count)) ? count : SortAndMerge(count);
        return Count;
    }

    /// <summary>The last row built as a polynomial.</summary>
    public Polynomial ToPolynomial()
    {
        var terms = new Term[Count];
        for (var i = 0; i < terms.Length; i++)
            terms[i] = new Term(_coefficients[i].ToRational(), MonomialOf(_keys[i]));
        return Polynomial.FromCanonicalTerms(terms);
    }

    private static Monomial MonomialOf(ulong key)
    {
        if (key == TermKey.Constant) return Monomial.One;
        var first = Monomial.Of(TermKey.First(key));
        if (TermKey.IsSingle(key)) return first;
        return TermKey.IsSquare(key) ? first * first : first * Monomial.Of(TermKey.Second(key));
    }

    private static bool IsStrictlyIncreasing(ReadOnlySpan<ulong> keys)
    {
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1] >= keys[i]) return false;
        return true;
    }

    // Like terms meet when symbols repeat in the kernel or input, or padding reads a column twice.
    private int SortAndMerge(int count)
    {
        var keys = _keys.AsSpan(0, count);
        var coefficients = _coefficients.AsSpan(0, count);
        keys.Sort(coefficients);
        var merged = 0;
        for (var i = 0; i < count; i++)
        {
            if (merged > 0 && keys[merged - 1] == keys[i])
            {
                coefficients[merged - 1] = SmallRational.Add(coefficients[merged - 1], coefficients[i]);
                continue;
            }
            keys[merged] = keys[i];
            coefficients[merged] = coefficients[i];
            merged++;
        }
        var kept = 0;
        for (var i = 0; i < merged; i++)
        {
            if (coefficients[i].IsZero) continue;
            keys[kept] = keys[i];
            coefficients[kept] = coefficients[i];
            kept++;
        }
        return kept;
    }
}
