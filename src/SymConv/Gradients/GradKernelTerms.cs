using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// Entries of ∂L/∂K = U(x)ᵀ g' as canonical lists of packed terms, for a layer whose input, padding
/// value and upstream gradient are single terms: kernel entry k has one term x·g'[s] for each row s
/// of U that reads x under k. One walk over U's rows fills a range of kernel entries at once. A
/// kernel entry belongs to one output channel and meets each of its rows at most once, so an entry
/// has at most as many terms as a channel has positions, and a range's terms sit in one array,
/// each entry in its own slice, ready to be made canonical and written in parallel. When the
/// kernel's output channels are its outermost axis (as PyTorch lays out a forward weight) a range
/// is some whole channels and its walk reads only their rows; otherwise every walk reads every row.
/// </summary>
internal sealed class GradKernelTerms
{
    /// <summary>About the most terms one range holds by default: a few megabytes, whatever the layer.</summary>
    public const long RangeTerms = 1 << 18;

    private readonly ConvolutionMatrix _matrix;
    private readonly SingleTermTensor _input;
    private readonly SingleTermTensor _upstream;
    private readonly SingleTermTensor _paddingValue;
    private readonly TapWalker _walker;
    private readonly int[] _kernelIndex;
    private readonly int[] _columns;
    // Kernel entries per output channel when the channels are the kernel's outermost axis, else 0.
    private readonly long _channelEntries;
    private readonly int _capacity;
    private ulong[] _keys = [];
    private SmallRational[] _coefficients = [];
    private int[] _counts = [];

    public GradKernelTerms(LayerGradient gradient, SingleTermTensor input, SingleTermTensor upstream, SingleTermTensor paddingValue,
        long rangeTerms = RangeTerms)
    {
        _matrix = gradient.Matrix;
        _input = input;
        _upstream = upstream;
        _paddingValue = paddingValue;
        var g = _matrix.Geometry;
        _walker = new TapWalker(g);
        _kernelIndex = new int[_walker.MaxTaps];
        _columns = new int[_walker.MaxTaps];
        _capacity = checked((int)g.OutputPlane);
        var size = _matrix.Layer.Kernel.Shape.Size;
        _channelEntries = !g.Transposed && g.KernelStrides.O * g.OutChannels == size ? g.KernelStrides.O : 0;
        Count = size;
        var perRange = Math.Max(1, rangeTerms / Math.Max(1, _capacity));
        RangeEntries = _channelEntries > 0 ? Math.Max(1, perRange / _channelEntries) * _channelEntries : perRange;
    }

    /// <summary>The number of kernel entries.</summary>
    public long Count { get; }

    /// <summary>How many kernel entries one range holds (the last may hold fewer): ranges start at its multiples.</summary>
    public long RangeEntries { get; }

    /// <summary>The first kernel entry of the range last filled.</summary>
    public long Start { get; private set; } = -1;

    /// <summary>Fills the range of kernel entries that starts at <paramref name="start"/>, a multiple of <see cref="RangeEntries"/>.</summary>
    /// <exception cref="OverflowException">When a product's coefficient outgrows a long.</exception>
    public void Fill(long start)
    {
        var end = Math.Min(Count, start + RangeEntries);
        var entries = (int)(end - start);
        var size = checked(entries * _capacity);
        if (_keys.Length < size)
        {
            _keys = new ulong[size];
            _coefficients = new SmallRational[size];
        }
        if (_counts.Length < entries) _counts = new int[entries];
        Array.Clear(_counts, 0, entries);
        Start = -1;
        var g = _matrix.Geometry;
        if (_channelEntries == 0)
        {
            for (long s = 0; s < g.Rows; s++) AddRow(s, start, end);
        }
        else if (g.Layout == DataLayout.ChannelsLast)
        {
            var (first, last) = (start / _channelEntries, (end - 1) / _channelEntries);
            for (long p = 0; p < g.OutputPlane; p++)
                for (var o = first; o <= last; o++) AddRow(p * g.OutChannels + o, start, end);
        }
        else
        {
            for (var s = start / _channelEntries * g.OutputPlane; s < (end - 1) / _channelEntries * g.OutputPlane + g.OutputPlane; s++)
                AddRow(s, start, end);
        }
        Start = start;
    }

    /// <summary>
    /// Makes entry <paramref name="entry"/> of the range last filled canonical, in place, and returns
    /// its terms; safe on several threads at once for different entries, and again for the same one.
    /// </summary>
    /// <exception cref="OverflowException">When a merged coefficient outgrows a long.</exception>
    public (ReadOnlyMemory<ulong> Keys, ReadOnlyMemory<SmallRational> Coefficients) Terms(long entry)
    {
        var local = (int)(entry - Start);
        var at = local * _capacity;
        var count = TermSort.Canonicalize(_keys.AsSpan(at, _counts[local]), _coefficients.AsSpan(at, _counts[local]));
        // Kept canonical: an entry read again (its block formatted twice) is read as it now is.
        _counts[local] = count;
        return (_keys.AsMemory(at, count), _coefficients.AsMemory(at, count));
    }

    // Row s of U: each kernel entry in the range, times g'[s], adds to that entry.
    private void AddRow(long s, long start, long end)
    {
        var g = _upstream.CoefficientAt((int)s);
        if (g.IsZero) return;
        var gSymbol = _upstream.SymbolAt((int)s);
        var taps = _walker.Fill(s, _kernelIndex, _columns);
        for (var i = 0; i < taps; i++)
        {
            var k = _kernelIndex[i];
            if (k < start || k >= end) continue;
            var c = _columns[i];
            Add((int)(k - start), _input.SymbolAt(c), _input.CoefficientAt(c), gSymbol, g);
        }
        if (!_matrix.HasPaddingTerm) return;
        taps = _walker.FillPadded(s, _kernelIndex);
        for (var i = 0; i < taps; i++)
        {
            var k = _kernelIndex[i];
            if (k >= start && k < end) Add((int)(k - start), _paddingValue.SymbolAt(0), _paddingValue.CoefficientAt(0), gSymbol, g);
        }
    }

    private void Add(int local, int symbol, SmallRational coefficient, int gSymbol, SmallRational g)
    {
        if (coefficient.IsZero) return;
        if (_counts[local] == _capacity)
            throw new InvalidOperationException("a kernel entry met more rows than its output channel has");
        var at = local * _capacity + _counts[local]++;
        _keys[at] = TermKey.Product(symbol, gSymbol);
        _coefficients[at] = SmallRational.Multiply(coefficient, g);
    }
}
