using SymConv.Export;

namespace SymConv.Tests.Export;

/// <summary>Which rows and columns the typeset formats keep, NumPy-style.</summary>
public class ElisionTests
{
    private static string Shown(IReadOnlyList<long?> items) => string.Join(" ", items.Select(i => i?.ToString() ?? "…"));

    [Theory]
    [InlineData(8, 16, "0 1 2 3 4 5 6 7")]
    [InlineData(8, 0, "0 1 2 3 4 5 6 7")]
    [InlineData(10, 4, "0 1 … 8 9")]
    [InlineData(10, 5, "0 1 2 … 8 9")]
    [InlineData(5, 5, "0 1 2 3 4")]
    [InlineData(10, 7, "0 1 2 3 … 7 8 9")]
    // An ellipsis for one or two entries takes their room without saving any: they are shown.
    [InlineData(10, 8, "0 1 2 3 4 5 6 7 8 9")]
    [InlineData(16, 14, "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15")]
    public void Leading_and_trailing_entries_are_kept(int count, int max, string shown) =>
        Assert.Equal(shown, Shown(Elision.Pick(count, i => i, max)));

    [Fact]
    public void A_highlighted_row_in_the_middle_is_kept_between_ellipses() =>
        Assert.Equal("0 1 … 5 … 9 10", Shown(Elision.Pick(11, i => i, 4, keep: 5)));

    [Fact]
    public void A_highlighted_row_never_leaves_a_gap_of_one_or_two() =>
        Assert.Equal("0 1 … 5 6 7 8 9", Shown(Elision.Pick(10, i => i, 4, keep: 5)));

    [Fact]
    public void Rows_skipped_by_rows_show_as_an_ellipsis()
    {
        long[] selected = [0, 1, 6];
        Assert.Equal("0 1 … 6", Shown(Elision.Pick(selected.Length, p => selected[p], 0)));
    }

    [Fact]
    public void Fitting_takes_entries_from_both_ends_until_the_budget_is_spent()
    {
        Assert.Equal("0 1 2 3 4 5", Shown(Elision.Fit(6, _ => 1, 6, 1)));
        // 1 for the ellipsis, then 1 per entry: 0, 9, 1, 8, 2 fit in 6.
        Assert.Equal("0 1 2 … 8 9", Shown(Elision.Fit(10, _ => 1, 6, 1)));
        // 14 of 16 fit: the two left over are shown rather than an ellipsis in their place.
        Assert.Equal("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", Shown(Elision.Fit(16, _ => 1, 15, 1)));
    }
}
