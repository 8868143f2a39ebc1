using System.Numerics;
using System.Text;
using System.Text.Json;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Networks;

/// <summary>
/// Random nn.Sequential stacks run through real PyTorch (tests/pytorch/make_stack_fixtures.py):
/// SymConv's M_total must be torch's Jacobian of the whole stack and y' its forward pass, exactly.
/// </summary>
public sealed class StackFixtureTests
{
    private static readonly Lazy<JsonElement> File = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "stacks.json");
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        return document.RootElement.Clone();
    });

    // "stacks": random stacks of convolutions; "mixed": convolutions with pooling, upsampling, padding,
    // flatten and linear layers, ReLU and MaxPool (their Jacobian at the fixture's input).
    public static TheoryData<string, int> Stacks() => Indices("stacks", "mixed");

    public static TheoryData<string, int> Refusals() => Indices("refused", "mixed_refused");

    private static TheoryData<string, int> Indices(params string[] sets)
    {
        var data = new TheoryData<string, int>();
        foreach (var set in sets)
            for (var i = 0; i < File.Value.GetProperty(set).GetArrayLength(); i++) data.Add(set, i);
        return data;
    }

    /// <summary>The stack as a spec file: the layers, each layer's weight and bias, the input.</summary>
    internal static string Spec(JsonElement fixture)
    {
        var spec = new StringBuilder();
        spec.Append("layers = [\n");
        foreach (var layer in fixture.GetProperty("layers").EnumerateArray())
            spec.Append("  ").Append(layer.GetString()).Append(",\n");
        spec.Append("]\n");
        var index = 0;
        foreach (var parameters in fixture.GetProperty("parameters").EnumerateArray())
        {
            if (parameters.GetProperty("kernel").ValueKind != JsonValueKind.Null)
                spec.Append($"kernel[{index}] = {parameters.GetProperty("kernel").GetRawText()}\n");
            if (parameters.GetProperty("bias").ValueKind != JsonValueKind.Null)
                spec.Append($"bias[{index}] = {parameters.GetProperty("bias").GetRawText()}\n");
            index++;
        }
        spec.Append($"input = {fixture.GetProperty("input").GetRawText()}\n");
        return spec.ToString();
    }

    // An exact number as the fixture writes it: "3" or "-1/4".
    internal static Polynomial Exact(string text)
    {
        var parts = text.Split('/');
        var numerator = BigInteger.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var denominator = parts.Length == 2 ? BigInteger.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : BigInteger.One;
        return Polynomial.Constant(Rational.Of(numerator, denominator));
    }

    private static NetworkStack Read(string spec) => StackReader.Read(SpecGrammar.Read("stack.conv", spec));

    [Theory]
    [MemberData(nameof(Stacks))]
    public void M_total_is_torchs_Jacobian_of_the_stack(string set, int index)
    {
        var fixture = File.Value.GetProperty(set)[index];
        var stack = Read(Spec(fixture));
        var total = stack.Total!;
        var jacobian = fixture.GetProperty("jacobian");
        Assert.Equal(jacobian.GetProperty("rows").GetInt64(), total.Rows);
        Assert.Equal(jacobian.GetProperty("cols").GetInt64(), total.Columns);
        var expected = jacobian.GetProperty("entries").EnumerateArray()
            .Select(e => (e[0].GetInt64(), e[1].GetInt64(), Exact(e[2].GetString()!)))
            .ToList();
        var actual = new List<(long, long, Polynomial)>();
        for (long r = 0; r < total.Rows; r++)
            foreach (var entry in total.Row(r))
                actual.Add((r, entry.Column, entry.Value));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Y_prime_of_the_stack_is_torchs_forward_pass(string set, int index)
    {
        var fixture = File.Value.GetProperty(set)[index];
        var stack = Read(Spec(fixture));
        var activations = new StackActivations(stack);
        var last = stack.Layers.Count - 1;
        Assert.Equal(fixture.GetProperty("output_shape").EnumerateArray().Select(e => e.GetInt32()), stack.Layers[last].Output.Dims);
        var expected = fixture.GetProperty("output").EnumerateArray().Select(e => Exact(e.GetString()!)).ToList();
        var actual = Enumerable.Range(0, expected.Count).Select(i => activations.Entry(last, i)).ToList();
        Assert.Equal(expected, actual);
        // y' = M_total x' + c, row by row, as the offset says.
        var total = stack.Total!;
        for (long r = 0; r < total.Rows; r++)
        {
            var sum = total.Offset(r);
            foreach (var entry in total.Row(r)) sum += entry.Value * stack.Input[entry.Column];
            Assert.Equal(expected[(int)r], sum);
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_stack_torch_refuses_is_refused_naming_both_layers(string set, int index)
    {
        var fixture = File.Value.GetProperty(set)[index];
        var layers = string.Join(", ", fixture.GetProperty("layers").EnumerateArray().Select(l => l.GetString()));
        var shape = string.Join(",", fixture.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt32()));
        var outcome = CliRunner.Run("--layers", "[" + layers + "]", "--input-shape", shape);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        var names = fixture.GetProperty("names").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var written = fixture.GetProperty("layers").EnumerateArray().Select(l => l.GetString()!).ToArray();
        foreach (var n in names)
            Assert.Contains($"layer {n} ({written[n]})", outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.Split('\n'), l => l.StartsWith("symconv: error:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }
}
