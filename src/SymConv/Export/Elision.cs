namespace SymConv.Export;

/// <summary>
/// Which entries of a long row or column a typeset format shows. Like NumPy's printing, the
/// leading and trailing ones are kept and the middle becomes an ellipsis; a null in the result
/// marks where entries were left out, whether by eliding or because --rows skipped them. An
/// ellipsis always stands for at least <see cref="LeastElided"/> entries: a gap of one or two is
/// filled in, since the dots take about as much room as the entries they would hide.
/// </summary>
internal static class Elision
{
    /// <summary>The fewest entries an ellipsis stands for.</summary>
    public const int LeastElided = 3;

    /// <summary>
    /// Shows at most <paramref name="max"/> of <paramref name="count"/> entries (0 shows all): the
    /// first ⌈max/2⌉ and the last ⌊max/2⌋, plus the entry at <paramref name="keep"/> if given.
    /// </summary>
    /// <param name="count">How many entries there are.</param>
    /// <param name="indexAt">The index an entry's position stands for (a row number under --rows).</param>
    /// <param name="max">The most entries to show; 0 for all.</param>
    /// <param name="keep">An index that must be shown (the highlighted row), or null.</param>
    public static IReadOnlyList<long?> Pick(long count, Func<long, long> indexAt, int max, long? keep = null)
    {
        var positions = new SortedSet<long>();
        if (max <= 0 || count <= max)
        {
            for (long p = 0; p < count; p++) positions.Add(p);
        }
        else
        {
            for (long p = 0; p < (max + 1) / 2; p++) positions.Add(p);
            for (var p = count - max / 2; p < count; p++) positions.Add(p);
            if (keep is { } wanted)
            {
                // Positions are increasing in index, so the wanted index is found by bisection.
                long low = 0, high = count - 1;
                while (low <= high)
                {
                    var middle = low + (high - low) / 2;
                    var index = indexAt(middle);
                    if (index == wanted) { positions.Add(middle); break; }
                    if (index < wanted) low = middle + 1; else high = middle - 1;
                }
            }
        }
        return WithGaps(FillSmallGaps(positions), indexAt);
    }

    /// <summary>
    /// Shows as many of <paramref name="count"/> entries as fit in <paramref name="budget"/>,
    /// taking them alternately from the front and the back, at least one of each.
    /// </summary>
    /// <param name="count">How many entries there are.</param>
    /// <param name="width">The width of the entry at a position.</param>
    /// <param name="budget">The width available.</param>
    /// <param name="ellipsisWidth">The width the ellipsis takes when some are left out.</param>
    public static IReadOnlyList<long?> Fit(long count, Func<long, double> width, double budget, double ellipsisWidth)
    {
        var total = 0.0;
        for (long p = 0; p < count && total <= budget; p++) total += width(p);
        if (total <= budget) return Pick(count, p => p, 0);
        var positions = new SortedSet<long> { 0, count - 1 };
        total = width(0) + width(count - 1) + ellipsisWidth;
        long front = 1, back = count - 2;
        var fromFront = true;
        while (front <= back)
        {
            var next = fromFront ? front : back;
            var w = width(next);
            if (total + w > budget) break;
            total += w;
            positions.Add(next);
            if (fromFront) front++; else back--;
            fromFront = !fromFront;
        }
        return WithGaps(FillSmallGaps(positions), p => p);
    }

    // Positions run over 0..count-1 with no holes of their own, so a gap between two kept
    // positions is entries left out by eliding, never rows --rows skipped.
    private static SortedSet<long> FillSmallGaps(SortedSet<long> positions)
    {
        var filled = new SortedSet<long>(positions);
        long? previous = null;
        foreach (var position in positions)
        {
            if (previous is { } p && position - p - 1 is > 0 and < LeastElided)
                for (var q = p + 1; q < position; q++) filled.Add(q);
            previous = position;
        }
        return filled;
    }

    private static List<long?> WithGaps(SortedSet<long> positions, Func<long, long> indexAt)
    {
        var shown = new List<long?>(positions.Count + 2);
        long? previous = null;
        foreach (var position in positions)
        {
            var index = indexAt(position);
            if (previous is { } p && index != p + 1) shown.Add(null);
            shown.Add(index);
            previous = index;
        }
        return shown;
    }
}
