using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Tests.Model;

/// <summary>
/// A family names its members from their index on demand: the name it shows, the bytes it
/// streams and the name it reads back must be one and the same, as a written-out table would be.
/// </summary>
public class SymbolFamilyTests
{
    // The names as a person writes them: one one-digit index bare, anything else in braces.
    private static string Expected(string word, int[] index) =>
        index.Length == 1 && index[0] < 10 ? $"{word}_{index[0]}" : $"{word}_{{{string.Join(",", index)}}}";

    [Theory]
    [InlineData(new[] { 3 }, -1)]
    [InlineData(new[] { 12 }, -1)]
    [InlineData(new[] { 2, 11, 3 }, -1)]
    [InlineData(new[] { 1, 11 }, 0)]
    [InlineData(new[] { 1, 4, 13 }, 0)]
    [InlineData(new[] { 4, 13, 1 }, 2)]
    [InlineData(new[] { 12, 1 }, 1)]
    public void Every_member_shows_streams_and_reads_back_under_one_name(int[] dims, int omitted)
    {
        var shape = new Shape(dims);
        var family = new IndexedSymbols("x", shape, omitted);
        var seen = new HashSet<string>();
        var bytes = new byte[family.MaxNameLength];
        for (var i = 0; i < family.Count; i++)
        {
            var name = Expected("x", shape.Unflatten(i).Where((_, axis) => axis != omitted).ToArray());
            Assert.Equal(name, family.NameOf(i));
            Assert.Equal(name, Encoding.ASCII.GetString(bytes, 0, family.WriteName(i, bytes)));
            Assert.True(family.TryIndexOf(name, out var back));
            Assert.Equal(i, back);
            Assert.True(seen.Add(name));
        }
    }

    [Theory]
    [InlineData("x_{3}")]
    [InlineData("x_{0,4}")]
    [InlineData("x_{0,01}")]
    [InlineData("x_{0,0,0}")]
    [InlineData("x_{2,0}")]
    [InlineData("x_{0,-1}")]
    [InlineData("x_{0,a}")]
    [InlineData("x_{0,}")]
    [InlineData("xx_{0,0}")]
    [InlineData("x")]
    [InlineData("x_")]
    public void Names_that_are_no_member_do_not_read_as_one(string name) =>
        Assert.False(new IndexedSymbols("x", new Shape(2, 4)).TryIndexOf(name, out _));

    [Fact]
    public void A_table_gives_written_family_names_the_members_ids()
    {
        var table = new SymbolTable();
        Assert.Equal(0, table.Intern("a"));
        var first = table.Add(new IndexedSymbols("x", new Shape(1, 3)));
        Assert.Equal(1, first);
        Assert.Equal(4, table.Count);
        Assert.Equal(3, table.Intern("x_{0,2}"));
        Assert.Equal("x_{0,1}", table.NameOf(2));
        Assert.Equal(4, table.Intern("x_{0,3}"));
        Assert.Equal(["a", "x_{0,3}"], table.InternedNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_reserved_family_ranks_where_it_was_reserved_and_is_named_later()
    {
        var table = new SymbolTable();
        var first = table.Reserve(2);
        Assert.Equal(2, table.Intern("q"));
        table.Name(first, new LetteredSymbols("ab"));
        Assert.Equal("b", table.NameOf(1));
        Assert.Equal(0, table.Intern("a"));
    }
}
