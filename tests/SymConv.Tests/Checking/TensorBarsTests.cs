using SymConv.Algebra;
using SymConv.Parsing;

namespace SymConv.Tests.Checking;

/// <summary>Rows written as SymConv prints x' and M read back: bars are separators, spaces split entries.</summary>
public class TensorBarsTests
{
    [Theory]
    [InlineData("[1 2 3|4 5 6|7 8 9]", "1 2 3 4 5 6 7 8 9")]
    [InlineData("[a b 0|c d 0|0 0 0]", "a b 0 c d 0 0 0 0")]
    [InlineData("[a+b, c|d, e]", "a+b c d e")]
    [InlineData("[1 | 2]", "1 2")]
    [InlineData("[1 -1]", "1 -1")]
    [InlineData("[a -b 2c]", "a -b 2c")]
    [InlineData("[a - b]", "a-b")]
    [InlineData("[a + b, c]", "a+b c")]
    public void A_row_reads_as_the_README_describes(string text, string entries)
    {
        var symbols = new SymbolTable();
        var tensor = TensorReader.Read("--input", text, symbols);
        Assert.Equal(entries, string.Join(' ', tensor.Values.Select(v => PolynomialText.Format(v, symbols))));
    }

    [Theory]
    [InlineData("[1 2|]")]
    [InlineData("[|1 2]")]
    [InlineData("[1 || 2]")]
    public void A_bar_needs_an_entry_on_each_side(string text) =>
        Assert.Throws<SymConv.Model.InputException>(() => TensorReader.Read("--input", text, new SymbolTable()));
}
