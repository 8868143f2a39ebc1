using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The JSON Schemas under schemas/ against real output, through the jsonschema package (draft
/// 2020-12): every key the writers print is in its schema and every key the schema requires is
/// printed, so a reader may trust either.
/// </summary>
public class JsonSchemaTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Layers()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var spec in Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(spec), [spec]);
        data.Add("bias-rows", [CliRunner.Example("seed.conv"), "--bias", "auto", "--rows", "0..1,6"]);
        data.Add("fractions", ["--kernel", "[[[[alpha, -1/2], [b_{1,2}, 3x^2]]]]", "--input", "[[[1/3 2 0] [4 y 6] [7 8 0]]]"]);
        data.Add("transposed-groups", ["--kernel-shape", "4,1,2,2", "--input-shape", "4,3,3", "--transposed", "--stride", "2", "--groups", "2"]);
        data.Add("patches-rows", [CliRunner.Example("seed.conv"), "--show", "U", "--rows", "0..1,6", "--bias", "auto"]);
        data.Add("patches-transposed", ["--kernel-shape", "4,1,2,2", "--input-shape", "4,3,3", "--transposed", "--groups", "2", "--show", "all"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Layer_json_follows_its_schema(string name, string[] layer) =>
        JsonSchemas.Validate(output, "layer", name, Json([.. layer, "--format", "json"]));

    [Fact]
    public void Check_json_follows_its_schema()
    {
        var outcome = CliRunner.Run("check", CliRunner.Example("seed.conv"), "--format", "json",
            "--claim", "y'[3] = 5a+6b+8c+9d", "--claim", "y'[2] = 4a+5b+7c+9d", "--claim", "M[0,:] = [a b 0|c d 0|0 0 1]",
            "--claim", "M[(u,v,w),(i,j,k)] = K[u,i,j-v-5,k-w] if 0 <= j-v < P and 0 <= k-w < Q", "--claim", "y = [[[1 2] [3 4]] [[5 6] [7 8]]]");
        Assert.True(outcome.ExitCode == 1, outcome.Stderr);
        JsonSchemas.Validate(output, "check", "claims", outcome.Stdout);
        // Unreadable claims are listed too, and make the exit code 2.
        var unreadable = CliRunner.Run("check", CliRunner.Example("seed.conv"), "--format", "json",
            "--claim", "y'[3] = 5a+6b+8c+9d", "--claim", "y'[-1] = a", "--claim", "y'[0] = 1a+");
        Assert.True(unreadable.ExitCode == 2, unreadable.Stderr);
        JsonSchemas.Validate(output, "check", "unreadable claims", unreadable.Stdout);
    }

    [Theory]
    [InlineData("seed", new[] { "--at", "0,1,1", "--activation", "relu" })]
    [InlineData("bias", new[] { "--bias", "auto", "--at", "5" })]
    [InlineData("padded-corner", new[] { "--padding", "1", "--at", "1,0,0", "--activation", "tanh" })]
    [InlineData("padding-value", new[] { "--padding", "1", "--padding-value", "v", "--at", "0", "--layout", "nhwc", "--input", "[[[1] [2]] [[3] [4]]]" })]
    public void Neuron_json_follows_its_schema(string name, string[] options)
    {
        var outcome = CliRunner.Run(["neuron", CliRunner.Example("seed.conv"), .. options, "--format", "json"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        JsonSchemas.Validate(output, "neuron", name, outcome.Stdout);
    }

    // A schema that accepts anything would pass the tests above: it must refuse a document with
    // a required key left out or one it does not know.
    [Theory]
    [InlineData("\"rows_shown\": null,", "")]
    [InlineData("\"kernel\": [", "\"weights\": [")]
    public void Layer_schema_refuses_a_document_it_does_not_describe(string key, string replacement)
    {
        if (ExternalTools.JsonSchemaPython(output) is not { } python) return;
        var json = Json(CliRunner.Example("seed.conv"), "--format", "json");
        var broken = json.Replace(key, replacement, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        var result = JsonSchemas.Run(python, "layer", broken);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("invalid", result.Output);
    }

    // kernel_shape is PyTorch's weight layout: (out, in/groups, k…) forward, (in, out/groups, k…) transposed.
    [Theory]
    [InlineData(false, 6, 2)]
    [InlineData(true, 4, 3)]
    public void Kernel_shape_is_the_weight_layout_of_pytorch(bool transposed, int first, int second)
    {
        string[] layer = ["--kernel-shape", transposed ? "4,3,2,2" : "6,2,2,2", "--input-shape", "4,3,3", "--groups", "2", "--format", "json"];
        using var json = System.Text.Json.JsonDocument.Parse(Json(transposed ? [.. layer, "--transposed"] : layer));
        var kernel = json.RootElement.GetProperty("kernel_shape");
        var outputShape = json.RootElement.GetProperty("output_shape");
        Assert.Equal(first, kernel[0].GetInt32());
        Assert.Equal(second, kernel[1].GetInt32());
        Assert.Equal(6, outputShape[0].GetInt32());
    }

    private static string Json(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return outcome.Stdout;
    }
}
