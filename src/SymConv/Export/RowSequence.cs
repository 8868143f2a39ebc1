using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>The rows of some inclusive ranges as one sequence, addressable by position.</summary>
internal sealed class RowSequence
{
    private readonly IReadOnlyList<RowRange> _ranges;
    private readonly long[] _starts;

    public RowSequence(IReadOnlyList<RowRange> ranges)
    {
        _ranges = ranges;
        _starts = new long[ranges.Count];
        long count = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            _starts[i] = count;
            count += ranges[i].Last - ranges[i].First + 1;
        }
        Count = count;
    }

    /// <summary>How many rows.</summary>
    public long Count { get; }

    /// <summary>A cursor at the <paramref name="index"/>-th row.</summary>
    public Cursor At(long index)
    {
        var range = Array.BinarySearch(_starts, index);
        if (range < 0) range = ~range - 1;
        return new Cursor(_ranges, range, _ranges[range].First + (index - _starts[range]));
    }

    /// <summary>A position in the sequence that steps from range to range.</summary>
    public struct Cursor(IReadOnlyList<RowRange> ranges, int range, long row)
    {
        public long Row { get; private set; } = row;

        public void MoveNext()
        {
            if (Row < ranges[range].Last)
            {
                Row++;
                return;
            }
            if (++range < ranges.Count) Row = ranges[range].First;
        }
    }
}
