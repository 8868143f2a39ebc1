using SymConv.Cli;
using SymConv.Parsing;

namespace SymConv.Tests.Cli;

/// <summary>The command's layer options are exactly the ones the library reads, each with help.</summary>
public class OptionCatalogTests
{
    [Fact]
    public void The_layer_options_are_the_library_layer_keys_with_help_and_no_others()
    {
        var layer = OptionCatalog.All.Where(o => o.Group == OptionCatalog.LayerGroup).ToList();
        Assert.Equal(LayerReader.Names, layer.Select(o => o.Name));
        Assert.Equal(LayerReader.Keys.Order(StringComparer.Ordinal), LayerReader.Names.Order(StringComparer.Ordinal));
        Assert.Empty(OptionCatalog.LayerHelpWithoutOption);
        Assert.All(layer, o => Assert.False(string.IsNullOrWhiteSpace(o.Help)));
        // No option of another group claims a layer name.
        Assert.All(OptionCatalog.All.Where(o => o.Group != OptionCatalog.LayerGroup), o => Assert.DoesNotContain(o.Name, LayerReader.Keys));
    }
}
