using SymConv.Algebra;
using SymConv.Convolution;

namespace SymConv.Gradients;

/// <summary>
/// Entries of ∂L/∂x' = Mᵀ g' as canonical lists of packed terms, for a layer whose kernel and
/// upstream gradient are single terms: entry t has one term K[k]·g'[s] for each tap (s, k) of
/// column t of M — found backwards by <see cref="ColumnWalker"/>, or for a transposed layer as a
/// row of its forward twin C — and taps that padding folds onto one entry merge as the sum does.
/// No polynomial is built and the buffers are reused from entry to entry. One builder per thread.
/// </summary>
internal sealed class GradInputTerms
{
    private readonly SingleTermTensor _kernel;
    private readonly SingleTermTensor _upstream;
    private readonly ColumnWalker? _columns;
    private readonly ForwardTwin? _twin;
    private readonly TapWalker? _twinRows;
    private readonly Model.Shape _inputShape;
    private readonly int[] _twinIndex;
    private long[] _rows = new long[64];
    private long[] _kernelIndex = new long[64];
    private int[] _twinKernel = [];
    private int[] _twinColumn = [];
    private ulong[] _keys = new ulong[64];
    private SmallRational[] _coefficients = new SmallRational[64];

    public GradInputTerms(LayerGradient gradient, SingleTermTensor kernel, SingleTermTensor upstream)
    {
        _kernel = kernel;
        _upstream = upstream;
        var g = gradient.Matrix.Geometry;
        _inputShape = g.InputShape;
        _twinIndex = new int[g.InputShape.Rank];
        if (gradient.Transposed.Twin is { } twin)
        {
            _twin = twin;
            _twinRows = new TapWalker(twin.Forward.Geometry);
            _twinKernel = new int[_twinRows.MaxTaps];
            _twinColumn = new int[_twinRows.MaxTaps];
        }
        else
        {
            _columns = new ColumnWalker(g);
        }
    }

    /// <summary>The terms of the entry last built, in term order.</summary>
    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    /// <summary>The coefficients of the entry last built, never zero.</summary>
    public ReadOnlySpan<SmallRational> Coefficients => _coefficients.AsSpan(0, Count);

    /// <summary>How many terms the entry last built has.</summary>
    public int Count { get; private set; }

    /// <summary>Computes ∂L/∂x'[<paramref name="column"/>] in canonical form; returns its number of terms.</summary>
    /// <exception cref="OverflowException">When a coefficient outgrows a long; the general path is exact then.</exception>
    public int Build(long column)
    {
        Count = 0;
        var count = _twin is null ? ColumnTaps(column) : TwinTaps(column);
        Count = TermSort.Canonicalize(_keys.AsSpan(0, count), _coefficients.AsSpan(0, count));
        return Count;
    }

    private int ColumnTaps(long column)
    {
        var taps = _columns!.Fill(column, ref _rows, ref _kernelIndex);
        Reserve(taps);
        var count = 0;
        for (var i = 0; i < taps; i++)
            count = Add(count, (int)_kernelIndex[i], _rows[i]);
        return count;
    }

    // Row t of C, the forward twin's matrix, is column t of M: its taps read g' where the twin reads its input.
    private int TwinTaps(long column)
    {
        var twin = _twin!;
        var row = column;
        if (twin.Cropped)
        {
            // The same (channel, position) in the twin's output, whose positions run further than x's.
            _inputShape.Unflatten(column, _twinIndex);
            row = twin.Forward.Geometry.OutputShape.Flatten(_twinIndex);
        }
        var taps = _twinRows!.Fill(row, _twinKernel, _twinColumn);
        Reserve(taps);
        var count = 0;
        for (var i = 0; i < taps; i++)
            count = Add(count, _twinKernel[i], _twinColumn[i]);
        return count;
    }

    private int Add(int count, int kernelEntry, long upstreamEntry)
    {
        var weight = _kernel.CoefficientAt(kernelEntry);
        var g = _upstream.CoefficientAt((int)upstreamEntry);
        if (weight.IsZero || g.IsZero) return count;
        _keys[count] = TermKey.Product(_kernel.SymbolAt(kernelEntry), _upstream.SymbolAt((int)upstreamEntry));
        _coefficients[count] = SmallRational.Multiply(weight, g);
        return count + 1;
    }

    private void Reserve(int taps)
    {
        if (_keys.Length >= taps) return;
        _keys = new ulong[taps];
        _coefficients = new SmallRational[taps];
    }
}
