using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;
using SymConv.Networks;
using SymConv.Networks.Layers;

namespace SymConv.Tests.Networks.Layers;

/// <summary>
/// The layer maps on symbolic inputs against references written as plain loops from PyTorch's
/// documented formulas, and the parameter layers' rows as a person reads them.
/// </summary>
public sealed class NetworkLayerReferenceTests
{
    // AvgPool2d as torch/nn/modules/pooling.py documents it, one output at a time: the window's
    // entries inside the input, over the divisor PyTorch's kernel takes.
    private static Dictionary<long, Rational>[] AvgPool2dByLoops(int c, int h, int w, int kh, int kw, int sh, int sw, int ph, int pw,
        bool ceil, bool includePad, int? divisor)
    {
        int Out(int n, int k, int s, int p)
        {
            var o = ceil ? (int)Math.Ceiling((n + 2 * p - k) / (double)s) + 1 : (n + 2 * p - k) / s + 1;
            if (ceil && (o - 1) * s >= n + p) o--;
            return o;
        }
        int oh = Out(h, kh, sh, ph), ow = Out(w, kw, sw, pw);
        var rows = new List<Dictionary<long, Rational>>();
        for (var ch = 0; ch < c; ch++)
            for (var i = 0; i < oh; i++)
                for (var j = 0; j < ow; j++)
                {
                    int h0 = i * sh - ph, w0 = j * sw - pw;
                    int h1 = Math.Min(h0 + kh, h + ph), w1 = Math.Min(w0 + kw, w + pw);
                    var poolSize = (h1 - h0) * (w1 - w0);
                    var taps = new List<long>();
                    for (var y = Math.Max(h0, 0); y < Math.Min(h1, h); y++)
                        for (var x = Math.Max(w0, 0); x < Math.Min(w1, w); x++)
                            taps.Add(((long)ch * h + y) * w + x);
                    var d = divisor ?? (includePad ? poolSize : taps.Count);
                    rows.Add(taps.ToDictionary(t => t, _ => Rational.Of(1, d)));
                }
        return [.. rows];
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AvgPool2d_rows_are_the_plain_loops(int seed)
    {
        var random = new Random(seed);
        int kh = random.Next(1, 4), kw = random.Next(1, 4), sh = random.Next(1, 4), sw = random.Next(1, 4);
        int ph = random.Next(0, kh / 2 + 1), pw = random.Next(0, kw / 2 + 1);
        int h = random.Next(kh, kh + 5), w = random.Next(kw, kw + 5), c = random.Next(1, 3);
        bool ceil = random.Next(2) == 0, include = random.Next(2) == 0;
        int? divisor = random.Next(3) == 0 ? random.Next(1, 7) : null;
        var text = FormattableString.Invariant(
            $"AvgPool2d(({kh}, {kw}), ({sh}, {sw}), ({ph}, {pw}), ceil_mode={ceil}, count_include_pad={include}, divisor_override={(divisor?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None")})");
        var input = new Shape(c, h, w);
        var map = LayerUnderTest.Read(text, input).Map(input)!;
        var expected = AvgPool2dByLoops(c, h, w, kh, kw, sh, sw, ph, pw, ceil, include, divisor);
        Assert.Equal(expected.Length, map.Rows);
        for (var i = 0; i < expected.Length; i++)
        {
            var row = map.Row(i).ToDictionary(e => e.Column, e => ConstantOf(e.Value));
            Assert.Equal(expected[i].OrderBy(p => p.Key), row.OrderBy(p => p.Key));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_AvgPool_said_to_be_one_convolution_is_that_convolutions_M(int seed)
    {
        var random = new Random(1000 + seed);
        int k = random.Next(1, 4), s = random.Next(1, 4), p = random.Next(0, k / 2 + 1), n = random.Next(k, k + 6);
        var options = random.Next(3) switch { 0 => ", divisor_override=5", 1 => ", count_include_pad=False", _ => "" };
        var text = FormattableString.Invariant($"AvgPool2d({k}, {s}, {p}, ceil_mode={random.Next(2) == 0}{options})");
        var input = new Shape(2, n, n + 1);
        var pool = (IConvolutionEquivalent)LayerUnderTest.Read(text, input);
        var form = pool.AsConvolution(input, out var why);
        if (form is null)
        {
            Assert.NotNull(why);
            return;
        }
        var conv = new ConvolutionMatrix(new Layer(form.Kernel, new Tensor<Polynomial>(input, _ => Polynomial.Zero), form.Bias, form.Spec, new SymbolTable()));
        var map = pool.Map(input)!;
        Assert.Equal(map.Rows, conv.Rows);
        for (var i = 0; i < map.Rows; i++)
            Assert.Equal(map.Row(i), conv.Row(i));
    }

    // Bilinear interpolation as torch.nn.functional.interpolate documents it for align_corners:
    // output i reads source position i·(in−1)/(out−1) between its two neighbours, per dimension.
    private static Dictionary<long, Rational> BilinearByLoops(int h, int w, int oh, int ow, int i, int j, bool align)
    {
        (int, int, Rational) Along(int n, int o, int k)
        {
            var source = align
                ? (o > 1 ? Rational.Of((long)k * (n - 1), o - 1) : Rational.Zero)
                : Rational.Of(2L * k * n + n - o, 2L * o);   // (k + 1/2)·n/o − 1/2
            if (o == n) source = k;
            if (source.Sign < 0) source = Rational.Zero;
            var low = (int)(source.Numerator / source.Denominator);
            return (low, Math.Min(low + 1, n - 1), source - low);
        }
        var (y0, y1, fy) = Along(h, oh, i);
        var (x0, x1, fx) = Along(w, ow, j);
        var row = new Dictionary<long, Rational>();
        void Add(int y, int x, Rational weight)
        {
            if (weight.IsZero) return;
            long column = (long)y * w + x;
            row[column] = row.TryGetValue(column, out var sum) ? sum + weight : weight;
        }
        Add(y0, x0, (Rational.One - fy) * (Rational.One - fx));
        Add(y0, x1, (Rational.One - fy) * fx);
        Add(y1, x0, fy * (Rational.One - fx));
        Add(y1, x1, fy * fx);
        return row.Where(p => !p.Value.IsZero).ToDictionary(p => p.Key, p => p.Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bilinear_rows_by_size_are_the_plain_loops_in_exact_rationals(int seed)
    {
        var random = new Random(2000 + seed);
        int h = random.Next(1, 6), w = random.Next(1, 6), oh = random.Next(1, 9), ow = random.Next(1, 9);
        var align = random.Next(2) == 0;
        var text = FormattableString.Invariant($"Upsample(size=({oh}, {ow}), mode='bilinear', align_corners={align})");
        var input = new Shape(1, h, w);
        var map = LayerUnderTest.Read(text, input).Map(input)!;
        for (var i = 0; i < oh; i++)
            for (var j = 0; j < ow; j++)
            {
                var row = map.Row((long)i * ow + j).ToDictionary(e => e.Column, e => ConstantOf(e.Value));
                Assert.Equal(BilinearByLoops(h, w, oh, ow, i, j, align).OrderBy(p => p.Key), row.OrderBy(p => p.Key));
            }
    }

    [Fact]
    public void Count_include_pad_false_with_padding_is_no_single_convolution()
    {
        var input = new Shape(1, 4, 4);
        var pool = (IConvolutionEquivalent)LayerUnderTest.Read("AvgPool2d(3, 1, 1, count_include_pad=False)", input);
        Assert.Null(pool.AsConvolution(input, out var why));
        Assert.Equal("AvgPool2d(3, 1, 1, count_include_pad=False) divides a window at the border by the entries it has inside the input (count_include_pad=False), not by the kernel's size", why);
    }

    [Fact]
    public void Linear_rows_are_its_weights_and_its_bias_after_a_flatten()
    {
        var symbols = new SymbolTable();
        var input = new Shape(3);
        var map = LayerUnderTest.Read("nn.Linear(3, 2)", input, symbols).Map(input)!;
        Assert.Equal("w0_{1,0} w0_{1,1} w0_{1,2} | b0_1", RowText(map, 1, symbols));
        Assert.Equal((2L, 3L), (map.Rows, map.Columns));
    }

    [Fact]
    public void Linear_acts_on_the_last_dimension_as_PyTorch_does()
    {
        var symbols = new SymbolTable();
        var input = new Shape(2, 3);
        var map = LayerUnderTest.Read("Linear(3, 2, bias=False)", input, symbols).Map(input)!;
        // Row (1, 0): the second row of the input times the first row of the weight.
        Assert.Equal([3L, 4L, 5L], map.Row(2).Select(e => e.Column));
        Assert.Equal("w0_{0,0} w0_{0,1} w0_{0,2} | 0", RowText(map, 2, symbols));
        Assert.False(map.IsAffine);
    }

    [Fact]
    public void BatchNorm_is_a_scale_and_a_shift_per_channel()
    {
        var symbols = new SymbolTable();
        var input = new Shape(2, 1, 2);
        var map = LayerUnderTest.Read("BatchNorm2d(2)", input, symbols).Map(input)!;
        Assert.Equal("s0_0 | t0_0", RowText(map, 1, symbols));
        Assert.Equal("s0_1 | t0_1", RowText(map, 2, symbols));
    }

    [Fact]
    public void Residual_is_the_identity_plus_its_body()
    {
        var symbols = new SymbolTable();
        var input = new Shape(1, 3, 3);
        var map = LayerUnderTest.Read("Residual(Conv2d(1, 1, 3, padding=1, bias=False))", input, symbols).Map(input)!;
        // Centre: every tap of the kernel, the centre tap plus the x of the identity.
        Assert.Equal("w0_{0,0,0,0} w0_{0,0,0,1} w0_{0,0,0,2} w0_{0,0,1,0} w0_{0,0,1,1}+1 w0_{0,0,1,2} w0_{0,0,2,0} w0_{0,0,2,1} w0_{0,0,2,2} | 0",
            RowText(map, 4, symbols));
    }

    [Fact]
    public void Residual_of_several_layers_composes_them()
    {
        var input = new Shape(1, 4);
        var map = LayerUnderTest.Read("Residual(AvgPool1d(2), Upsample(scale_factor=2))", input).Map(input)!;
        // x + upsample(avgpool(x)): row 1 is x_1 + (x_0 + x_1)/2.
        Assert.Equal([(0L, Rational.Of(1, 2)), (1L, Rational.Of(3, 2))], map.Row(1).Select(e => (e.Column, ConstantOf(e.Value))));
    }


    [Fact]
    public void MaxPool_reads_its_window_and_selects_the_first_maximum()
    {
        var input = new Shape(1, 2, 3);
        var pool = (ILinearAtPoint)LayerUnderTest.Read("MaxPool2d(2, stride=1)", input);
        Assert.Null(pool.Map(input));
        Assert.Equal("max", pool.Function);
        Assert.Equal([1L, 2L, 4L, 5L], pool.Reads(input, 1));
        var x = new Rational[] { 0, 3, 1, 3, 2, 3 };
        var selection = pool.MapAt(input, x)!;
        Assert.Equal([1L], selection.Row(0).Select(e => e.Column));
        Assert.Equal([1L], selection.Row(1).Select(e => e.Column));
    }

    [Fact]
    public void Sigmoid_has_no_rational_map_at_a_point_and_relu_has_its_diagonal()
    {
        var input = new Shape(3);
        var x = new Rational[] { -1, 0, 2 };
        Assert.Null(((ILinearAtPoint)LayerUnderTest.Read("Sigmoid()", input)).MapAt(input, x));
        var relu = ((ILinearAtPoint)LayerUnderTest.Read("ReLU()", input)).MapAt(input, x)!;
        Assert.Equal([0, 0, 1], Enumerable.Range(0, 3).Select(i => relu.Row(i).Count));
        Assert.Equal("relu", ((ILinearAtPoint)LayerUnderTest.Read("nn.ReLU(inplace=True)", input)).Function);
    }

    [Fact]
    public void A_constant_pad_is_affine_with_its_value_as_the_padded_entries()
    {
        var input = new Shape(1, 2);
        var map = LayerUnderTest.Read("ConstantPad1d((1, -1), 2.5)", input).Map(input)!;
        // (c, x_0): the padding, then x_0; x_1 is cropped away.
        Assert.Equal(2, map.Rows);
        Assert.Empty(map.Row(0));
        Assert.Equal(Polynomial.Constant(Rational.Of(5, 2)), map.Offset(0));
        Assert.Equal([0L], map.Row(1).Select(e => e.Column));
        Assert.True(map.Offset(1).IsZero);
    }

    private static Rational ConstantOf(Polynomial value)
    {
        Assert.True(value.TryGetConstant(out var constant));
        return constant;
    }

    // The row's entries in column order, then its offset: "w_{0,0} w_{0,1} | b_0".
    private static string RowText(ILinearMap map, long row, SymbolTable symbols) =>
        string.Join(' ', map.Row(row).Select(e => PolynomialText.Format(e.Value, symbols))) + " | " + PolynomialText.Format(map.Offset(row), symbols);
}
