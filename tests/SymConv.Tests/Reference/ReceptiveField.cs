using SymConv.Convolution;

namespace SymConv.Tests.Reference;

/// <summary>
/// Which input entries an output neuron reads, and through which kernel entries: the taps of one
/// row of M, found by walking the kernel window (forward) or by solving q = i·s + k·d − p for the
/// input position i (transposed). Nothing here knows about polynomials.
/// The plain walk the library's TapWalker replaced, kept as its reference in FastPathTests and
/// as the baseline of MatrixRowBenchmarks (which compiles this file in by link).
/// </summary>
internal static class ReceptiveField
{
    /// <summary>The taps of output neuron <paramref name="row"/>, in kernel reading order.</summary>
    public static List<Tap> Taps(LayerGeometry g, long row)
    {
        var taps = new List<Tap>();
        var rank = g.SpatialRank;
        var outChannel = (int)(row / g.OutputPlane);
        var position = new int[rank];
        new SymConv.Model.Shape([.. g.OutputSize]).Unflatten(row % g.OutputPlane, position);
        var group = outChannel / g.OutChannelsPerGroup;
        var kernelOffsets = new SymConv.Model.Shape([.. g.KernelSize]);
        var kernelPlane = kernelOffsets.Size;
        var offset = new int[rank];
        var source = new int[rank];

        for (var local = 0; local < g.InChannelsPerGroup; local++)
        {
            var inChannel = group * g.InChannelsPerGroup + local;
            for (long k = 0; k < kernelPlane; k++)
            {
                kernelOffsets.Unflatten(k, offset);
                if (!(g.Transposed ? SolveTransposed(g, position, offset, source) : SolveForward(g, position, offset, source)))
                    continue;
                long column = inChannel;
                for (var d = 0; d < rank; d++)
                    column = column * g.InputSize[d] + source[d];
                taps.Add(new Tap(KernelIndex(g, outChannel, group, inChannel, local, offset), column));
            }
        }
        return taps;
    }

    // Forward: input position p·s + k·d − pad, mapped through the padding mode.
    private static bool SolveForward(LayerGeometry g, int[] position, int[] offset, int[] source)
    {
        for (var d = 0; d < position.Length; d++)
        {
            var padded = position[d] * g.Stride[d] + offset[d] * g.Dilation[d] - g.PadBefore[d];
            source[d] = PaddedIndex.Source(padded, g.InputSize[d], g.PaddingMode);
            if (source[d] < 0) return false;
        }
        return true;
    }

    // Transposed: output q receives input i when q = i·s + k·d − pad, so i = (q + pad − k·d) / s.
    private static bool SolveTransposed(LayerGeometry g, int[] position, int[] offset, int[] source)
    {
        for (var d = 0; d < position.Length; d++)
        {
            var t = position[d] + g.PadBefore[d] - offset[d] * g.Dilation[d];
            if (t < 0 || t % g.Stride[d] != 0) return false;
            source[d] = t / g.Stride[d];
            if (source[d] >= g.InputSize[d]) return false;
        }
        return true;
    }

    // PyTorch's layouts: forward weight[out, in/groups, k…]; transposed weight[in, out/groups, k…].
    private static long KernelIndex(LayerGeometry g, int outChannel, int group, int inChannel, int local, int[] offset)
    {
        long index = g.Transposed ? inChannel : outChannel;
        index = index * g.KernelShape[1] + (g.Transposed ? outChannel - group * g.OutChannelsPerGroup : local);
        for (var d = 0; d < offset.Length; d++)
        {
            var k = g.Flip ? g.KernelSize[d] - 1 - offset[d] : offset[d];
            index = index * g.KernelSize[d] + k;
        }
        return index;
    }
}
