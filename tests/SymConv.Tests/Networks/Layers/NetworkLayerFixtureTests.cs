using System.Text.Json;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Networks.Layers;
using SymConv.Tests.Support;

namespace SymConv.Tests.Networks.Layers;

/// <summary>
/// Every layer of Fixtures/netlayers.json (tests/pytorch/make_netlayer_fixtures.py, real PyTorch
/// 1.13 in float64) read from its constructor: its output shape is PyTorch's, its map is
/// PyTorch's Jacobian, and the map applied to the input is PyTorch's output — exactly, or one
/// correct rounding away, or within 1e-12 where PyTorch computes weights in floating point, as
/// each fixture says. Where PyTorch's Jacobian is not the map its own forward applies (its nearest
/// upsampling's backward shortcut), the map is checked by the output alone.
/// </summary>
public sealed class NetworkLayerFixtureTests
{
    private static readonly LayerFixtures Fixtures = new("netlayers.json");

    public static TheoryData<string> Names() => Fixtures.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void The_map_is_PyTorchs_jacobian_and_gives_its_output(string name)
    {
        var fixture = Fixtures.Value.Single(f => f.GetProperty("name").GetString() == name);
        var input = new Shape(Ints(fixture.GetProperty("input_shape")));
        var x = fixture.GetProperty("input").EnumerateArray().Select(v => LayerUnderTest.Exact(v.GetDouble())).ToArray();
        var layer = LayerUnderTest.Read(fixture.GetProperty("layer").GetString()!, input);

        Assert.Equal(new Shape(Ints(fixture.GetProperty("output_shape"))), layer.OutputShape(input));
        var map = layer.Map(input) ?? ((ILinearAtPoint)layer).MapAt(input, x)!;
        var values = ParameterValues(layer, fixture);
        var dense = LayerUnderTest.Dense(map, values);
        var jacobian = fixture.GetProperty("jacobian").EnumerateArray().ToArray();
        var output = fixture.GetProperty("output").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal(jacobian.Length, dense.Length);
        var compare = fixture.GetProperty("compare").GetString();
        // PyTorch's nearest backward shortcut: its Jacobian is not its forward's map (see the generator).
        var jacobianIsForward = !fixture.GetProperty("backward_differs").GetBoolean();
        for (var i = 0; i < dense.Length; i++)
        {
            var torchRow = new double[input.Size];
            foreach (var entry in jacobian[i].EnumerateArray())
                torchRow[entry[0].GetInt32()] = entry[1].GetDouble();
            var y = LayerUnderTest.Evaluate(map.Offset(i), values);
            for (var j = 0; j < torchRow.Length; j++)
            {
                if (jacobianIsForward) Same(compare, dense[i][j], torchRow[j], $"{name}: M[{i},{j}]");
                y += dense[i][j] * x[j];
            }
            Same(compare, y, output[i], $"{name}: y[{i}]");
        }
    }

    private static void Same(string? compare, Rational exact, double torch, string what)
    {
        switch (compare)
        {
            case "exact":
                Assert.True(exact == LayerUnderTest.Exact(torch), $"{what}: SymConv {exact}, PyTorch {torch:R}");
                break;
            case "rounded":
                Assert.True(LayerUnderTest.RoundsTo(exact, torch), $"{what}: SymConv {exact} does not round to PyTorch's {torch:R}");
                break;
            default:
                Assert.True(Math.Abs(LayerUnderTest.Approximate(exact) - torch) <= 1e-12, $"{what}: SymConv {exact}, PyTorch {torch:R}");
                break;
        }
    }

    // Linear's weight and bias, BatchNorm's scale and shift, as the fixture gives them.
    private static Func<int, Rational> ParameterValues(object layer, JsonElement fixture)
    {
        var values = new Dictionary<int, Rational>();
        void Put(Tensor<Polynomial>? tensor, string key)
        {
            if (tensor is null) return;
            var given = fixture.GetProperty(key).EnumerateArray().Select(v => LayerUnderTest.Exact(v.GetDouble())).ToArray();
            for (var i = 0; i < given.Length; i++)
            {
                var symbol = tensor[i];
                Assert.Equal(1, symbol.TermCount);
                values[symbol.Terms[0].Monomial.SymbolAt(0)] = given[i];
            }
        }
        if (layer is Linear linear)
        {
            Put(linear.Weight, "weight");
            Put(linear.Bias, "bias");
        }
        if (layer is BatchNorm norm)
        {
            Put(norm.Scale, "scale");
            Put(norm.Shift, "shift");
        }
        return id => values[id];
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];
}
