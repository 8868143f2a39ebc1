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
    public void Leading_and_trailing_entries_are_kept(int count, int max, string shown) =>
        Assert.Equal(shown, Shown(Elision.Pick(count, i => i, max)));

    [Fact]
    public void A_highlighted_row_in_the_middle_is_kept_between_ellipses() =>
        Assert.Equal("0 1 … 5 … 8 9", Shown(Elision.Pick(10, i => i, 4, keep: 5)));

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
    }
}
