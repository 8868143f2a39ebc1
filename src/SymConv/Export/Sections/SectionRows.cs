using SymConv.Parsing;

namespace SymConv.Export.Sections;

/// <summary>The rows of some inclusive ranges, in order.</summary>
internal static class SectionRows
{
    public static IEnumerable<long> Of(IReadOnlyList<RowRange> ranges)
    {
        foreach (var range in ranges)
            for (var row = range.First; row <= range.Last; row++)
                yield return row;
    }

    /// <summary>Rejects ranges that leave the map's rows or run backwards.</summary>
    public static void Check(IReadOnlyList<RowRange>? ranges, long rows)
    {
        if (ranges is null) return;
        foreach (var range in ranges)
        {
            if (range.First < 0 || range.Last >= rows || range.First > range.Last)
                throw new Model.InputException(Model.ErrorMessages.RowsOutOfRange(range.First, range.Last, rows));
        }
    }
}
