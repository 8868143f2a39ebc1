namespace SymConv.Networks.Layers;

/// <summary>
/// Every multi-index of a box [low_d, high_d) in row-major order: the taps of one window,
/// whatever the number of dimensions.
/// </summary>
internal static class IndexBox
{
    /// <summary>Calls <paramref name="visit"/> with each index of the box (none when a side is empty).</summary>
    public static void ForEach(ReadOnlySpan<int> low, ReadOnlySpan<int> high, Action<int[]> visit)
    {
        var rank = low.Length;
        for (var d = 0; d < rank; d++)
            if (low[d] >= high[d]) return;
        var index = low.ToArray();
        var lowCopy = low.ToArray();
        var highCopy = high.ToArray();
        while (true)
        {
            visit(index);
            var axis = rank - 1;
            while (axis >= 0 && ++index[axis] == highCopy[axis])
            {
                index[axis] = lowCopy[axis];
                axis--;
            }
            if (axis < 0) return;
        }
    }
}
