using SymConv.Algebra;
using SymConv.Checking;
using SymConv.Model;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>
/// A claim reads M entry by entry; each entry must be the one in its sparse row, and zero off it,
/// whatever the order the entries are asked for in.
/// </summary>
public class LayerPartTests
{
    [Theory]
    [InlineData("zeros")]
    [InlineData("circular")]
    [InlineData("reflect")]
    public void Every_entry_of_M_is_the_one_in_its_row(string mode)
    {
        var matrix = Layers.Matrix(("kernel-shape", "2,2,3,3"), ("input-shape", "2,5,5"), ("padding", "2"),
            ("padding-mode", mode), ("dilation", "1,2"));
        var part = LayerPart.Find("M", matrix, SourcePoint.None)!;
        var flats = Enumerable.Range(0, (int)(matrix.Rows * matrix.Columns)).Select(i => (long)i).ToList();
        // Rows out of order as well as in order, so the one cached row is swapped often.
        var shuffled = flats.OrderBy(f => (f * 7919) % flats.Count).ToList();
        foreach (var order in new[] { flats, shuffled })
        {
            foreach (var flat in order)
            {
                var row = matrix.Row(flat / matrix.Columns).ToDictionary(e => e.Column, e => e.Value);
                var expected = row.GetValueOrDefault(flat % matrix.Columns, Polynomial.Zero);
                Assert.Equal(expected, part[flat]);
            }
        }
        Assert.Contains(flats, f => !part[f].IsZero);
    }
}
