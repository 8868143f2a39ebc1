using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Networks;

/// <summary>
/// A stack's JSON and a stack neuron's against schemas/stack.schema.json and
/// schemas/stack-neuron.schema.json, through the jsonschema package (draft 2020-12), for stacks of
/// every kind the document distinguishes: with and without an equivalent layer, stopped by a layer
/// that is not linear, with no M_total at all, Jacobian at a numeric input, and flattened.
/// </summary>
public sealed class StackJsonSchemaTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Stacks() => new()
    {
        { "two-3x3, all", [CliRunner.Example("stacks/two-3x3.conv"), "--show", "all,y0"] },
        { "some rows", ["--layers", "[nn.Conv1d(1, 2, 2), nn.Conv1d(2, 1, 2)]", "--input-shape", "1,6", "--rows", "0..1,3", "--show", "all,y0"] },
        { "no equivalent", ["--layers", "[nn.Conv1d(1, 1, 2), nn.Conv1d(1, 1, 3, padding=1)]", "--input-shape", "1,5", "--show", "all"] },
        { "stops at a ReLU", ["--layers", "[nn.Conv1d(1, 2, 2), nn.ReLU(), nn.Conv1d(2, 1, 2)]", "--input-shape", "1,5", "--show", "all,y0,y2"] },
        { "no M_total", ["--layers", "[nn.ReLU(), nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4"] },
        { "flattened", ["--layers", "[nn.Flatten(0), nn.Linear(4, 2)]", "--input-shape", "2,2", "--show", "all"] },
        { "at this input", [TempFile.Write("layers = [nn.Conv1d(1, 1, 2), nn.ReLU(), nn.Conv1d(1, 1, 2)]\nkernel[0] = [[[1 -1]]]\nbias[0] = [0]\ninput = [[1 3 2 5]]\n"), "--show", "all"] },
    };

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Stack_json_follows_its_schema(string name, string[] stack) =>
        JsonSchemas.Validate(output, "stack", name, Json([.. stack, "--format", "json"]));

    [Theory]
    [InlineData("linear", new[] { "--layers", "[nn.Conv1d(1, 1, 2), nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4", "--at", "0,1" })]
    [InlineData("through a ReLU", new[] { "--layers", "[nn.Conv1d(1, 1, 2), nn.ReLU(), nn.Conv1d(1, 1, 2)]", "--input-shape", "1,4", "--at", "0,1" })]
    [InlineData("flattened", new[] { "--layers", "[nn.Flatten(0), nn.Linear(4, 2)]", "--input-shape", "2,2", "--at", "1" })]
    public void Stack_neuron_json_follows_its_schema(string name, string[] stack) =>
        JsonSchemas.Validate(output, "stack-neuron", name, Json(["neuron", .. stack, "--format", "json"]));

    // A schema that accepts anything would pass the tests above: it must refuse a document with a
    // required key left out, a key it does not know, or a reason beside an equivalent layer.
    [Theory]
    [InlineData("  \"linear_layers\": 2,\n", "")]
    [InlineData("\"activations\": {", "\"activation\": {")]
    [InlineData("\"equivalent\": {", "\"no_equivalent\": \"why\",\n  \"equivalent\": {")]
    [InlineData("\"linear\": true, \"at_this_input\": false", "\"linear\": true, \"at_this_input\": true")]
    public void Stack_schema_refuses_a_document_it_does_not_describe(string key, string replacement)
    {
        if (ExternalTools.JsonSchemaPython(output) is not { } python) return;
        var json = Json(CliRunner.Example("stacks/two-3x3.conv"), "--format", "json");
        var broken = json.Replace(key, replacement, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        var result = JsonSchemas.Run(python, "stack", broken);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("invalid", result.Output);
    }

    private static string Json(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return outcome.Stdout;
    }
}
