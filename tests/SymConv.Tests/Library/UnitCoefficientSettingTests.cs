using SymConv.Algebra;
using SymConv.Export;
using SymConv.Model;

namespace SymConv.Tests.Library;

/// <summary>
/// One setting says whether a coefficient of 1 is written, and every format reads it; left unset,
/// each format keeps its own default: the text formats write the seed's 1a+2b+4c+5d, the typeset
/// ones a + 2b + 4c + 5d, as papers do.
/// </summary>
public sealed class UnitCoefficientSettingTests
{
    private static readonly ConvLayer Seed = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]");

    private static string Render(string format, UnitCoefficients? units) =>
        Seed.Render(format, new ReportOptions { Sections = [Section.OutputVector], UnitCoefficients = units });

    [Fact]
    public void The_setting_is_unset_by_default()
    {
        Assert.Null(new ReportOptions().UnitCoefficients);
    }

    [Theory]
    [InlineData("text", "1a+2b+4c+5d", "a+2b+4c+5d")]
    [InlineData("json", "\"text\": \"1a+2b+4c+5d\"", "\"text\": \"a+2b+4c+5d\"")]
    [InlineData("latex", "1a + 2b + 4c + 5d", "a + 2b + 4c + 5d")]
    [InlineData("markdown", "1a + 2b + 4c + 5d", "a + 2b + 4c + 5d")]
    public void Shown_and_hidden_write_and_drop_the_1_in_every_format(string format, string shown, string hidden)
    {
        var withUnits = Render(format, UnitCoefficients.Shown);
        var withoutUnits = Render(format, UnitCoefficients.Hidden);
        Assert.Contains(shown, withUnits);
        Assert.Contains(hidden, withoutUnits);
        Assert.DoesNotContain(shown, withoutUnits);
    }

    [Theory]
    [InlineData("text", UnitCoefficients.Shown)]
    [InlineData("json", UnitCoefficients.Shown)]
    [InlineData("latex", UnitCoefficients.Hidden)]
    [InlineData("markdown", UnitCoefficients.Hidden)]
    public void Unset_each_format_writes_its_own_default(string format, UnitCoefficients ownDefault)
    {
        var other = ownDefault == UnitCoefficients.Shown ? UnitCoefficients.Hidden : UnitCoefficients.Shown;
        Assert.Equal(Render(format, ownDefault), Render(format, null));
        Assert.NotEqual(Render(format, other), Render(format, null));
    }

    [Fact]
    public void CSV_writes_the_entries_of_M_in_the_text_notation_and_reads_the_setting()
    {
        var layer = ConvLayer.Create(kernel: "[[[[a+2b c] [d e]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]");
        string Csv(UnitCoefficients? units) => layer.Render("csv", new ReportOptions { UnitCoefficients = units });
        Assert.Contains("\"1a+2b\"", Csv(null));
        Assert.Equal(Csv(UnitCoefficients.Shown), Csv(null));
        Assert.Contains("\"a+2b\"", Csv(UnitCoefficients.Hidden));
    }

    [Fact]
    public void A_bias_stays_bare_whatever_the_setting()
    {
        var layer = ConvLayer.Create(kernel: "[[[[a b] [c d]]]]", input: "[[[1 2 3] [4 5 6] [7 8 9]]]", bias: "[p]");
        var options = new ReportOptions { Sections = [Section.OutputVector], UnitCoefficients = UnitCoefficients.Shown };
        Assert.Contains("1a+2b+4c+5d+p", layer.Render("text", options));
        Assert.Contains("1a + 2b + 4c + 5d + p", layer.Render("latex", options));
    }

    [Fact]
    public void A_spec_that_spells_the_setting_both_ways_is_refused_naming_both()
    {
        const string Spec = "kernel = [[[[a b] [c d]]]]\ninput = [[[1 2 3] [4 5 6] [7 8 9]]]\nhide-unit-coefficients = true\nunit-coefficients = true\n";
        var error = Assert.Throws<InputException>(() => ConvLayer.FromSpec(Spec, "spec"));
        Assert.Equal("'hide-unit-coefficients' and 'unit-coefficients' both give whether a coefficient of 1 is written: give one", error.Message);
        Assert.Equal(4, error.At?.Line);
    }
}
