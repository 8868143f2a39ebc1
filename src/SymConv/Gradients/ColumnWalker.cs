using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// The taps of columns of a forward layer's M: every (output row, kernel entry) pair that reads
/// one input entry. It solves the window backwards one spatial dimension at a time: the padded
/// positions that read input position p (p itself, and under reflect, symmetric, replicate or
/// circular padding the border positions that fold onto it), then for each kernel offset the
/// output position, if any, whose window puts that offset there. Padding modes act on each
/// dimension alone, so the taps of a column are the product of the dimensions' lists, repeated
/// for each output channel of the column's group. One walker per thread.
/// </summary>
internal sealed class ColumnWalker
{
    private readonly LayerGeometry _g;
    // Per spatial dimension, the (kernel offset, output position) pairs of the current column.
    private readonly List<(int Offset, int Position)>[] _pairs;
    private readonly int[] _choice;

    public ColumnWalker(LayerGeometry geometry)
    {
        if (geometry.Transposed)
            throw new ArgumentException("a transposed layer's columns are the rows of its forward twin", nameof(geometry));
        _g = geometry;
        _pairs = new List<(int, int)>[geometry.SpatialRank];
        for (var d = 0; d < _pairs.Length; d++) _pairs[d] = [];
        _choice = new int[geometry.SpatialRank];
    }

    /// <summary>
    /// Calls <paramref name="tap"/> with (row of M, kernel entry as laid out) for every tap that
    /// reads input entry <paramref name="column"/>, a pair once for each padded position that folds onto it.
    /// </summary>
    public void Walk(long column, Action<long, long> tap)
    {
        var g = _g;
        var rank = g.SpatialRank;
        var inChannel = g.InputChannelOf(column);
        var inputFlat = g.Layout == DataLayout.ChannelsLast ? column / g.InChannels : column % g.InputPlane;
        var position = new int[rank];
        for (var d = rank - 1; d >= 0; d--)
        {
            position[d] = (int)(inputFlat % g.InputSize[d]);
            inputFlat /= g.InputSize[d];
        }
        for (var d = 0; d < rank; d++)
        {
            Solve(d, position[d]);
            if (_pairs[d].Count == 0) return;
        }

        var group = inChannel / g.InChannelsPerGroup;
        var local = inChannel - group * g.InChannelsPerGroup;
        var (oStride, iStride, sStride) = g.KernelStrides;
        Array.Clear(_choice);
        while (true)
        {
            long kernelFlat = 0, outputFlat = 0;
            for (var d = 0; d < rank; d++)
            {
                var (offset, at) = _pairs[d][_choice[d]];
                kernelFlat = kernelFlat * g.KernelSize[d] + (g.Flip ? g.KernelSize[d] - 1 - offset : offset);
                outputFlat = outputFlat * g.OutputSize[d] + at;
            }
            for (var o = group * g.OutChannelsPerGroup; o < (group + 1) * g.OutChannelsPerGroup; o++)
            {
                var row = g.Layout == DataLayout.ChannelsLast ? outputFlat * g.OutChannels + o : o * g.OutputPlane + outputFlat;
                tap(row, o * oStride + local * iStride + kernelFlat * sStride);
            }
            if (!Advance()) return;
        }
    }

    // Output position u reads padded position q = u·s + k·d − before with kernel offset k. Inside
    // the input only q = p reads p; of the border, the positions the padding mode folds onto p.
    private void Solve(int d, int p)
    {
        var g = _g;
        var n = g.InputSize[d];
        _pairs[d].Clear();
        for (var q = -g.PadBefore[d]; q < 0; q++)
            if (PaddedIndex.Source(q, n, g.PaddingMode) == p) AddReaders(d, q);
        AddReaders(d, p);
        for (var q = n; q < n + g.PadAfter[d]; q++)
            if (PaddedIndex.Source(q, n, g.PaddingMode) == p) AddReaders(d, q);
    }

    private void AddReaders(int d, int q)
    {
        var g = _g;
        for (var k = 0; k < g.KernelSize[d]; k++)
        {
            var reach = q + g.PadBefore[d] - k * g.Dilation[d];
            if (reach < 0 || reach % g.Stride[d] != 0) continue;
            var u = reach / g.Stride[d];
            if (u < g.OutputSize[d]) _pairs[d].Add((k, u));
        }
    }

    private bool Advance()
    {
        for (var d = _choice.Length - 1; d >= 0; d--)
        {
            if (++_choice[d] < _pairs[d].Count) return true;
            _choice[d] = 0;
        }
        return false;
    }
}
