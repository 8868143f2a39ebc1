using CsCheck;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Onnx;

namespace SymConv.Tests.Onnx;

/// <summary>
/// The two readings of a float weight: the shortest decimal that rounds to it (what NumPy's repr
/// prints, and the default), and its exact binary value (--weights exact).
/// </summary>
public class WeightReadingTests
{
    [Theory]
    [InlineData(0.1f, "1/10")]
    [InlineData(-0.3f, "-3/10")]
    [InlineData(1e-5f, "1/100000")]
    [InlineData(2.5e-8f, "1/40000000")]
    [InlineData(1e10f, "10000000000")]
    [InlineData(3.4028235e38f, "340282350000000000000000000000000000000")]
    [InlineData(1.401298e-45f, "1/1000000000000000000000000000000000000000000000")]
    [InlineData(-0.0f, "0")]
    [InlineData(0.5f, "1/2")]
    public void A_float32_reads_as_its_shortest_decimal(float value, string expected) =>
        Assert.Equal(expected, FloatValue.Shortest(value).ToString());

    [Theory]
    [InlineData(0.1f, "13421773/134217728")]
    [InlineData(-0.3f, "-5033165/16777216")]
    [InlineData(0.5f, "1/2")]
    [InlineData(3f, "3")]
    [InlineData(1.401298e-45f, "1/713623846352979940529142984724747568191373312")]
    public void A_float32_reads_exactly_as_its_binary_value(float value, string expected) =>
        Assert.Equal(expected, FloatValue.Exact(value).ToString());

    [Fact]
    public void Half_and_double_read_as_their_own_shortest_decimals()
    {
        Assert.Equal("1/10", FloatValue.Shortest((Half)0.1).ToString());
        Assert.Equal("1/10", FloatValue.Shortest(0.1).ToString());
        // 0.1 as a float16 is 0.0999755859375 exactly.
        Assert.Equal("819/8192", FloatValue.Exact((double)(Half)0.1).ToString());
    }

    // Written apart from FloatValue: a decimal is a float's shortest reading only if it lies in the
    // float's rounding interval (half-way to each neighbour, the ends only when the mantissa is even).
    [Fact]
    public void The_shortest_decimal_rounds_back_to_the_same_float32() =>
        Gen.Int.Where(bits => float.IsFinite(BitConverter.Int32BitsToSingle(bits))).Sample(bits =>
        {
            var value = BitConverter.Int32BitsToSingle(bits);
            var shortest = FloatValue.Shortest(value);
            var exact = FloatValue.Exact(value);
            var up = MathF.BitIncrement(value);
            var down = MathF.BitDecrement(value);
            var high = float.IsFinite(up) ? (exact + FloatValue.Exact(up)) / 2 : exact;
            var low = float.IsFinite(down) ? (exact + FloatValue.Exact(down)) / 2 : exact;
            var even = (bits & 1) == 0;
            var inside = (even ? shortest.CompareTo(low) >= 0 : shortest.CompareTo(low) > 0)
                && (even ? shortest.CompareTo(high) <= 0 : shortest.CompareTo(high) < 0);
            return inside && shortest.ToString().Replace("-", "").Split('/')[0].TrimEnd('0').Length <= 9;
        }, iter: 20000);

    [Fact]
    public void The_exact_value_of_a_float32_converts_back_to_it() =>
        Gen.Int.Where(bits => float.IsFinite(BitConverter.Int32BitsToSingle(bits))).Sample(bits =>
        {
            var value = BitConverter.Int32BitsToSingle(bits);
            var exact = FloatValue.Exact(value);
            return (float)((double)exact.Numerator / (double)exact.Denominator) == value || Math.Abs(value) < 1e-30f;
        }, iter: 20000);

    [Fact]
    public void Inexact_weights_show_numpy_s_shortest_repr_by_default_and_the_binary_value_when_exact()
    {
        var fixture = OnnxFixtures.Model("inexact.onnx");
        var node = OnnxModel.Load(OnnxFixtures.Path_("inexact.onnx")).Convolutions[0];
        var shortest = fixture.GetProperty("shortest").EnumerateArray().Select(e => Decimal(e.GetString()!)).ToArray();
        var exact = OnnxFixtures.Fractions(fixture.GetProperty("exact"));

        var layer = node.ToLayer(WeightValues.Shortest, _ => OnnxFixtures.Input(Ones()));
        Assert.Equal(shortest, Numbers(layer));
        layer = node.ToLayer(WeightValues.Exact, _ => OnnxFixtures.Input(Ones()));
        Assert.Equal(exact, Numbers(layer));
    }

    [Theory]
    [InlineData("float16.onnx")]
    [InlineData("float64.onnx")]
    [InlineData("float-data.onnx")]
    public void Float16_float64_and_float_data_weights_give_torch_s_output(string file)
    {
        var torch = OnnxFixtures.Node(file, 0);
        var node = OnnxModel.Load(OnnxFixtures.Path_(file)).Convolutions[0];
        foreach (var reading in new[] { WeightValues.Exact, WeightValues.Shortest })
        {
            var matrix = new ConvolutionMatrix(node.ToLayer(reading, _ => OnnxFixtures.Input(torch)));
            var output = OnnxFixtures.Fractions(torch.GetProperty("output"));
            Assert.Equal(output.Length, matrix.Rows);
            for (var r = 0; r < output.Length; r++)
                Assert.True(matrix.Output(r) == Polynomial.Constant(output[r]), $"{file} ({reading}): y'[{r}]");
        }
    }

    private static Rational[] Numbers(SymConv.Model.Layer layer) =>
        [.. layer.Kernel.Values.Concat(layer.Bias!.Values).Select(p => p.TryGetConstant(out var v) ? v : throw new InvalidOperationException())];

    private static System.Text.Json.JsonElement Ones() =>
        System.Text.Json.JsonDocument.Parse("""{"input_shape":[1,5],"input":["1","1","1","1","1"]}""").RootElement;

    // NumPy's positional repr ("0.000000025") read as the exact decimal it writes.
    private static Rational Decimal(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('-').Split('.');
        var value = Rational.ParseDecimal(digits[0], digits.Length > 1 ? digits[1] : "");
        return negative ? -value : value;
    }
}
