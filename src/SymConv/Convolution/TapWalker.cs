using System.Collections.Immutable;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// The taps of rows of M, without allocating: each (kernel entry, input entry) pair a row
/// multiplies, in kernel reading order (the order of the plain window walk in the tests'
/// Reference/ReceptiveField.cs, which checks it), found by solving the spatial window once per row and then
/// repeating it across the input channels of the row's group, which only shifts the kernel and
/// input offsets. The window is solved in PyTorch's order and its indices written in the layouts'
/// (<see cref="LayerGeometry.Layout"/>, <see cref="LayerGeometry.KernelStrides"/>): a layout is a
/// permutation of rows, columns and kernel entries, never a different walk. One walker holds scratch
/// space for one row at a time: one per thread.
/// </summary>
internal sealed class TapWalker
{
    private readonly LayerGeometry _g;
    private readonly int _kernelPlane;
    private readonly int[] _position;
    private readonly int[] _offset;
    private readonly int[] _source;
    private readonly int[] _spatialKernel;
    private readonly int[] _spatialInput;
    private readonly bool _channelsLast;
    private readonly int _kernelSpatialStride;

    /// <summary>Prepares to walk the rows of a layer.</summary>
    public TapWalker(LayerGeometry geometry)
    {
        _g = geometry;
        var rank = geometry.SpatialRank;
        _kernelPlane = checked((int)new Shape([.. geometry.KernelSize]).Size);
        _position = new int[rank];
        _offset = new int[rank];
        _source = new int[rank];
        _spatialKernel = new int[_kernelPlane];
        _spatialInput = new int[_kernelPlane];
        MaxTaps = checked(geometry.InChannelsPerGroup * _kernelPlane);
        _channelsLast = geometry.Layout == DataLayout.ChannelsLast;
        _kernelSpatialStride = checked((int)geometry.KernelStrides.S);
    }

    /// <summary>The most taps any row can have: the size the spans given to <see cref="Fill"/> need.</summary>
    public int MaxTaps { get; }

    /// <summary>
    /// Writes the taps of <paramref name="row"/> in kernel reading order — kernel entry and
    /// input column (both row-major flat indices) — and returns how many there are.
    /// </summary>
    public int Fill(long row, Span<int> kernelIndex, Span<int> column)
    {
        var g = _g;
        // The row's output channel and position, in the output's layout.
        var outChannel = g.OutputChannelOf(row);
        var position = g.Layout == DataLayout.ChannelsLast ? row / g.OutChannels : row % g.OutputPlane;
        Unflatten(position, g.OutputSize, _position);
        var group = outChannel / g.OutChannelsPerGroup;
        var spatial = SpatialTaps();

        var channelStride = _channelsLast ? 1 : (int)g.InputPlane;
        var (oStride, iStride, _) = g.KernelStrides;
        var count = 0;
        for (var local = 0; local < g.InChannelsPerGroup; local++)
        {
            var inChannel = group * g.InChannelsPerGroup + local;
            // The o and i axes of PyTorch's weight: forward [out, in/groups, k…]; transposed [in, out/groups, k…].
            var kernelBase = (int)(g.Transposed
                ? (outChannel - group * g.OutChannelsPerGroup) * oStride + inChannel * iStride
                : outChannel * oStride + local * iStride);
            var columnBase = inChannel * channelStride;
            for (var j = 0; j < spatial; j++)
            {
                kernelIndex[count] = kernelBase + _spatialKernel[j];
                column[count] = columnBase + _spatialInput[j];
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Writes the kernel entries (flat indices as laid out) whose taps in row <paramref name="row"/>
    /// fall on zero padding, in kernel reading order, and returns how many there are: the taps that a
    /// padding value other than zero makes count. Forward layers with zeros padding only.
    /// </summary>
    public int FillPadded(long row, Span<int> kernelIndex)
    {
        var g = _g;
        var outChannel = g.OutputChannelOf(row);
        var position = g.Layout == DataLayout.ChannelsLast ? row / g.OutChannels : row % g.OutputPlane;
        Unflatten(position, g.OutputSize, _position);
        var (oStride, iStride, _) = g.KernelStrides;
        Array.Clear(_offset);
        var spatial = 0;
        for (var k = 0; k < _kernelPlane; k++)
        {
            if (k > 0) Advance(_offset, g.KernelSize);
            if (SolveForward()) continue;
            var kernelFlat = 0;
            for (var d = 0; d < g.SpatialRank; d++)
                kernelFlat = kernelFlat * g.KernelSize[d] + (g.Flip ? g.KernelSize[d] - 1 - _offset[d] : _offset[d]);
            _spatialKernel[spatial++] = kernelFlat * _kernelSpatialStride;
        }
        var count = 0;
        for (var local = 0; local < g.InChannelsPerGroup; local++)
        {
            var kernelBase = (int)(outChannel * oStride + local * iStride);
            for (var j = 0; j < spatial; j++)
                kernelIndex[count++] = kernelBase + _spatialKernel[j];
        }
        return count;
    }

    // The window of the row's output position, in kernel reading order: which kernel offset
    // (flipped if asked) reads which input position, as flat indices within one channel.
    private int SpatialTaps()
    {
        var g = _g;
        var rank = g.SpatialRank;
        Array.Clear(_offset);
        var count = 0;
        for (var k = 0; k < _kernelPlane; k++)
        {
            if (k > 0) Advance(_offset, g.KernelSize);
            if (!(g.Transposed ? SolveTransposed() : SolveForward())) continue;
            var kernelFlat = 0;
            var inputFlat = 0;
            for (var d = 0; d < rank; d++)
            {
                var offset = g.Flip ? g.KernelSize[d] - 1 - _offset[d] : _offset[d];
                kernelFlat = kernelFlat * g.KernelSize[d] + offset;
                inputFlat = inputFlat * g.InputSize[d] + _source[d];
            }
            // Spread to the layouts' flat indices: channels last puts the channels between neighbouring positions.
            _spatialKernel[count] = kernelFlat * _kernelSpatialStride;
            _spatialInput[count] = _channelsLast ? inputFlat * g.InChannels : inputFlat;
            count++;
        }
        return count;
    }

    private bool SolveForward()
    {
        var g = _g;
        for (var d = 0; d < _position.Length; d++)
        {
            var padded = _position[d] * g.Stride[d] + _offset[d] * g.Dilation[d] - g.PadBefore[d];
            _source[d] = PaddedIndex.Source(padded, g.InputSize[d], g.PaddingMode);
            if (_source[d] < 0) return false;
        }
        return true;
    }

    private bool SolveTransposed()
    {
        var g = _g;
        for (var d = 0; d < _position.Length; d++)
        {
            var t = _position[d] + g.PadBefore[d] - _offset[d] * g.Dilation[d];
            if (t < 0 || t % g.Stride[d] != 0) return false;
            _source[d] = t / g.Stride[d];
            if (_source[d] >= g.InputSize[d]) return false;
        }
        return true;
    }

    // The next multi-index in row-major order, like an odometer.
    private static void Advance(int[] index, ImmutableArray<int> sizes)
    {
        for (var d = index.Length - 1; d >= 0; d--)
        {
            if (++index[d] < sizes[d]) return;
            index[d] = 0;
        }
    }

    private static void Unflatten(long flat, ImmutableArray<int> sizes, int[] index)
    {
        for (var d = sizes.Length - 1; d >= 0; d--)
        {
            index[d] = (int)(flat % sizes[d]);
            flat /= sizes[d];
        }
    }
}
