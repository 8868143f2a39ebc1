using System.Text.Json;

namespace SymConv.Tests.Support;

/// <summary>
/// A checked-in fixture file of layers made by real PyTorch (tests/pytorch/): its "layers" array,
/// read once, and their names as theory data.
/// </summary>
public sealed class LayerFixtures(string file)
{
    private readonly Lazy<JsonElement[]> _layers = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("layers").EnumerateArray().Select(e => e.Clone()).ToArray();
    });

    /// <summary>Every layer of the file, in its order.</summary>
    public JsonElement[] Value => _layers.Value;

    /// <summary>The layers' names, for a [MemberData] theory.</summary>
    public TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Value) data.Add(fixture.GetProperty("name").GetString()!);
        return data;
    }
}
