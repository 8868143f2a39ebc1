using System.Numerics;
using System.Text.Json;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Frameworks;

/// <summary>
/// --layer against real PyTorch: Fixtures/constructors.json holds constructor texts that
/// tests/pytorch/make_constructor_fixtures.py evaluated literally in torch 1.13, with integer weights,
/// the forward pass and the Jacobian (PyTorch's M) in float64. Keras is not installed there: its layers
/// were computed by the equivalent torch computation (kernel permuted from Keras's layout, F.pad for
/// SAME and causal, a full transposed convolution cropped as TensorFlow crops it), in the same script.
/// </summary>
public class ConstructorFixtureTests
{
    private static readonly Lazy<JsonElement> Document = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "constructors.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    });

    private static IEnumerable<JsonElement> Layers => Document.Value.GetProperty("layers").EnumerateArray();

    private static JsonElement Fixture(string name) => Layers.Single(f => f.GetProperty("name").GetString() == name);

    private static bool IsTorch(JsonElement f) => f.GetProperty("framework").GetString() == "pytorch";

    private static TheoryData<string> Names(Func<JsonElement, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Layers.Where(which)) data.Add(fixture.GetProperty("name").GetString()!);
        return data;
    }

    public static TheoryData<string> AllLayers() => Names(_ => true);

    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        foreach (var refusal in Document.Value.GetProperty("refused").EnumerateArray())
            data.Add(refusal.GetProperty("layer").GetString()!, string.Join(',', refusal.GetProperty("input_shape").EnumerateArray().Select(e => e.GetInt32())));
        return data;
    }

    [Fact]
    public void The_fixtures_cover_every_keyword_of_both_frameworks()
    {
        var torch = string.Join(' ', Layers.Where(IsTorch).Select(f => f.GetProperty("layer").GetString()));
        foreach (var keyword in new[] { "in_channels=", "out_channels=", "kernel_size=", "stride=", "padding=", "dilation=", "groups=", "bias=",
                     "padding_mode=", "output_padding=", "'same'", "'valid'", "'reflect'", "'replicate'", "'circular'", "torch.nn.", "ConvTranspose1d",
                     "ConvTranspose2d", "ConvTranspose3d", "Conv1d", "Conv3d", "LazyConv2d", "LazyConvTranspose1d", "(2, 3)", "[3, 2]" })
            Assert.Contains(keyword, torch);
        var keras = string.Join(' ', Layers.Where(f => !IsTorch(f)).Select(f => f.GetProperty("layer").GetString()));
        foreach (var keyword in new[] { "filters=", "kernel_size=", "strides=", "padding='same'", "padding='valid'", "padding='causal'",
                     "data_format='channels_first'", "data_format='channels_last'", "dilation_rate=", "groups=", "use_bias=", "depth_multiplier=",
                     "output_padding=", "input_shape=", "keras.layers.", "tf.keras.layers.", "Conv1D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose", "DepthwiseConv1D", "DepthwiseConv2D" })
            Assert.Contains(keyword, keras);
    }

    [Theory]
    [MemberData(nameof(AllLayers))]
    public void A_constructor_with_the_frameworks_weights_gives_its_M_and_y(string name)
    {
        var fixture = Fixture(name);
        var options = new List<(string, string)>
        {
            ("layer", fixture.GetProperty("layer").GetString()!),
            ("input", fixture.GetProperty("input").GetString()!),
            ("kernel", fixture.GetProperty("kernel").GetString()!),
        };
        if (fixture.GetProperty("bias").GetString() is { } bias) options.Add(("bias", bias));
        AssertAgrees(fixture, Support.Layers.Matrix([.. options]), value => value);
    }

    [Theory]
    [MemberData(nameof(AllLayers))]
    public void Fresh_symbols_fill_the_weight_and_the_bias_the_framework_makes(string name)
    {
        var fixture = Fixture(name);
        var matrix = Support.Layers.Matrix(("layer", fixture.GetProperty("layer").GetString()!), ("input", fixture.GetProperty("input").GetString()!));
        var kernel = matrix.Layer.Kernel;
        // The weight as the framework lays it out: Keras's (k…, in, filters), PyTorch's (out, in, k…).
        Assert.Equal(fixture.GetProperty("weight_shape").EnumerateArray().Select(e => e.GetInt32()), kernel.Shape.Dims);
        Assert.Equal(fixture.GetProperty("has_bias").GetBoolean(), matrix.Layer.Bias is not null);

        // Put the framework's weights in place of the fresh symbols, entry by entry in reading order: M and y' are its.
        var values = new Dictionary<int, Rational>();
        var weights = Integers(fixture.GetProperty("kernel").GetString()!);
        for (var flat = 0; flat < weights.Length; flat++) values.Add(SymbolOf(kernel[flat]), Rational.Of(weights[flat]));
        if (fixture.GetProperty("bias").GetString() is { } biasText)
        {
            var bias = Integers(biasText);
            for (var i = 0; i < bias.Length; i++) values.Add(SymbolOf(matrix.Layer.Bias![i]), Rational.Of(bias[i]));
        }
        AssertAgrees(fixture, matrix, value => Polynomial.Constant(Evaluate(value, values)));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_torch_refuses_is_refused(string constructor, string inputShape)
    {
        var error = Assert.Throws<InputException>(() => new ConvolutionMatrix(LayerReader.Read([
            SpecEntry.FromCommandLine("layer", constructor), SpecEntry.FromCommandLine("input-shape", inputShape)])));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private static void AssertAgrees(JsonElement fixture, ConvolutionMatrix matrix, Func<Polynomial, Polynomial> value)
    {
        var shape = fixture.GetProperty("output_shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(shape, matrix.Geometry.OutputShape.Dims);

        var output = fixture.GetProperty("output").EnumerateArray().Select(e => new BigInteger(e.GetInt64())).ToArray();
        Assert.Equal(output.Length, matrix.Rows);
        for (var r = 0; r < output.Length; r++)
        {
            var got = value(matrix.Output(r));
            Assert.True(Polynomial.Constant(Rational.Of(output[r])) == got, $"y'_{r} is {matrix.Text(got)}, the framework says {output[r]}");
        }

        var jacobian = fixture.GetProperty("matrix");
        Assert.Equal(jacobian.GetProperty("cols").GetInt64(), matrix.Columns);
        var expected = jacobian.GetProperty("entries").EnumerateArray()
            .Select(e => (Row: e[0].GetInt64(), Column: e[1].GetInt64(), Value: new BigInteger(e[2].GetInt64())))
            .ToLookup(e => e.Row);
        for (long r = 0; r < matrix.Rows; r++)
        {
            var want = string.Join(' ', expected[r].Select(e => $"{e.Column}:{e.Value}"));
            var got = string.Join(' ', matrix.Row(r).Select(e => (e.Column, Value: value(e.Value))).Where(e => !e.Value.IsZero).Select(e => $"{e.Column}:{matrix.Text(e.Value)}"));
            Assert.True(want == got, $"row {r} of M is [{got}], the framework's Jacobian says [{want}]");
        }
    }

    private static int SymbolOf(Polynomial symbol)
    {
        Assert.Equal(1, symbol.TermCount);
        var monomial = symbol.Terms[0].Monomial;
        Assert.Equal(1, monomial.FactorCount);
        return monomial.SymbolAt(0);
    }

    private static Rational Evaluate(Polynomial polynomial, IReadOnlyDictionary<int, Rational> values)
    {
        var sum = Rational.Zero;
        foreach (var term in polynomial.Terms)
        {
            var product = term.Coefficient;
            for (var f = 0; f < term.Monomial.FactorCount; f++)
                for (var e = 0; e < term.Monomial.ExponentAt(f); e++)
                    product *= values[term.Monomial.SymbolAt(f)];
            sum += product;
        }
        return sum;
    }

    private static long[] Integers(string json)
    {
        var values = new List<long>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Array) foreach (var c in e.EnumerateArray()) Walk(c);
            else values.Add(e.GetInt64());
        }
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return [.. values];
    }
}
