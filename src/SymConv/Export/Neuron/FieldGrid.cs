using SymConv.Algebra;

namespace SymConv.Export.Neuron;

/// <summary>
/// One 2-D window of the input grid (a row for 1-D layers) with the weight at each position the
/// neuron reads and null elsewhere. Larger inputs are cropped to the receptive field plus a
/// margin of one position, so the picture stays readable.
/// </summary>
/// <param name="Leading">The fixed leading indices: the channel, then for layers of more than two spatial dimensions the outer positions.</param>
/// <param name="RowRange">First and last input row shown (0, 0 for 1-D layers), both included.</param>
/// <param name="ColumnRange">First and last input column shown, both included.</param>
/// <param name="Full">True when the window is the whole of its plane.</param>
/// <param name="Cells">Rows of cells: the weight, or null where the neuron does not read.</param>
internal sealed record FieldGrid(int[] Leading, (int First, int Last) RowRange, (int First, int Last) ColumnRange, bool Full, Polynomial?[][] Cells)
{
    /// <summary>True when the input is laid out channels last, so the label writes the channel last (x[:,:,0]).</summary>
    public bool ChannelLast { get; init; }

    /// <summary>The window in the seed's index notation: x[0,:,:] when whole, x[0,1..3,2..4] when cropped.</summary>
    public string Label(int spatialRank)
    {
        string Range((int First, int Last) r) => Full ? ":" : r.First == r.Last ? $"{r.First}" : $"{r.First}..{r.Last}";
        var parts = Leading.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (spatialRank >= 2) parts.Add(Range(RowRange));
        parts.Add(Range(ColumnRange));
        if (ChannelLast) parts = [.. parts.Skip(1), parts[0]];
        return $"x[{string.Join(',', parts)}]";
    }
}
