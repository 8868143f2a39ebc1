using SymConv.Algebra;

namespace SymConv.Convolution;

/// <summary>
/// Computes output neurons y'_row of a layer whose entries are single terms, as canonical term
/// lists of packed monomials (<see cref="TermKey"/>) and small exact coefficients, reusing its
/// buffers from row to row: no allocation per row or per term. One builder per thread.
/// </summary>
internal sealed class OutputRowBuilder
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
        var count = _layer.Kernel.IsRun && _layer.Input.IsRun ? RunTaps(taps) : Taps(taps);
        if (_layer.Bias is { } bias)
        {
            var channel = _geometry.OutputChannelOf(row);
            var coefficient = bias.CoefficientAt(channel);
            if (!coefficient.IsZero)
            {
                _keys[count] = TermKey.Of(bias.SymbolAt(channel));
                _coefficients[count] = coefficient;
                count++;
            }
        }
        Count = TermSort.Canonicalize(_keys.AsSpan(0, count), _coefficients.AsSpan(0, count));
        return Count;
    }

    // Generated kernel and input: every tap is weight symbol times input symbol, coefficient 1.
    private int RunTaps(int taps)
    {
        var kernelFirst = _layer.Kernel.FirstSymbol;
        var inputFirst = _layer.Input.FirstSymbol;
        var keys = _keys;
        var coefficients = _coefficients;
        for (var i = 0; i < taps; i++)
        {
            keys[i] = TermKey.Product(kernelFirst + _kernelIndex[i], inputFirst + _column[i]);
            coefficients[i] = SmallRational.One;
        }
        return taps;
    }

    private int Taps(int taps)
    {
        var kernel = _layer.Kernel;
        var input = _layer.Input;
        var keys = _keys;
        var coefficients = _coefficients;
        var count = 0;
        for (var i = 0; i < taps; i++)
        {
            var k = _kernelIndex[i];
            var c = _column[i];
            var weight = kernel.CoefficientAt(k);
            var value = input.CoefficientAt(c);
            if (weight.IsZero || value.IsZero) continue;
            keys[count] = TermKey.Product(kernel.SymbolAt(k), input.SymbolAt(c));
            coefficients[count] = SmallRational.Multiply(weight, value);
            count++;
        }
        return count;
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
}
