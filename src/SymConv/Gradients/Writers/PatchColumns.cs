using SymConv.Convolution;

namespace SymConv.Gradients;

/// <summary>
/// The columns of U(x)'s nonzeros in a row, for its density picture, read from the tap walker as
/// <see cref="PatchMatrix.Row"/> reads them but without making its entries or sorting them (a bin
/// does not care in which order its nonzeros come): the kernel entries of the taps on a nonzero
/// input entry, and those on padding when a padding value makes them count.
/// </summary>
internal static class PatchColumns
{
    /// <summary>A reader of row <c>s</c>'s columns into a list, safe to call from several threads.</summary>
    public static Action<long, List<long>> Reader(ConvolutionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var scratch = new ThreadLocal<(TapWalker, int[], int[])>(() =>
        {
            var walker = new TapWalker(matrix.Geometry);
            return (walker, new int[walker.MaxTaps], new int[walker.MaxTaps]);
        });
        var input = matrix.Layer.Input;
        // A generated input is all symbols: no entry is zero, and none need be made to know it.
        var zeroFree = input.FirstSymbol is not null;
        var padded = matrix.HasPaddingTerm;
        return (row, columns) =>
        {
            var (walker, kernelIndex, taps) = scratch.Value!;
            var count = walker.Fill(row, kernelIndex, taps);
            for (var t = 0; t < count; t++)
                if (zeroFree || !input[taps[t]].IsZero) columns.Add(kernelIndex[t]);
            if (!padded) return;
            count = walker.FillPadded(row, kernelIndex);
            for (var t = 0; t < count; t++) columns.Add(kernelIndex[t]);
        };
    }
}
