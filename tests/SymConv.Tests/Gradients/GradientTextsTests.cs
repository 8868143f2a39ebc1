using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Gradients;

/// <summary>
/// The fast path of the backward pass's text — ∂L/∂x and ∂L/∂K written from the taps as packed
/// terms, in blocks on every core — against the general path: each entry's polynomial from
/// LayerGradient (ProductSum over the rows of Mᵀ and U) formatted by PolynomialText. Random layers
/// of every option, numeric and symbolic, the layouts and padding values the random layers leave
/// out, and upstream gradients of fresh symbols, numbers and fractions with zeros, and symbols
/// shared with the layer (so x·g can be a square and like terms merge or cancel).
/// </summary>
public class GradientTextsTests
{
    private static readonly string[] LayersWithLayouts =
    [
        "--kernel-shape 2,2,3,2 --input-shape 4,3,3 --layout nhwc --kernel-layout hwio --bias auto",
        "--kernel-shape 2,3,2,3 --input-shape 3,4,3 --transposed --stride 2 --layout nhwc --kernel-layout hwoi --output-padding 1",
        "--kernel-shape 2,2,1,2 --input-shape 1,4,4 --depth-multiplier 2 --kernel-layout hwim --padding 1 --padding-mode reflect",
        "--kernel-shape 2,1,3,3 --input-shape 1,4,4 --padding 1 --padding-value v --bias auto",
        "--kernel-shape 2,1,2,2 --input-shape 1,3,4 --padding 1,2 --padding-value -1/2 --stride 2",
        "--kernel-shape 3,2,2 --input-shape 6,4 --layout nwc --kernel-layout wio --padding 2 --padding-mode circular --dilation 2 --groups 2",
        "--kernel-shape 2,2,2,2,2 --input-shape 3,3,3,2 --layout ndhwc --padding 1 --padding-mode replicate --stride 2 --flip",
        "--kernel-shape 2,2,3,3 --input-shape 2,2,3 --transposed --stride 3 --padding 1 --output-padding 2 --dilation 3",
        "--kernel-shape 2,1,2,3 --input-shape 2,3,2 --transposed --stride 2 --output-padding 2,1 --dilation 3 --bias auto",
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 12));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fast_texts_of_the_gradients_are_the_general_path_byte_for_byte(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 10; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1200);
            var matrix = Layers.Matrix([.. layer.Options]);
            foreach (var upstream in Upstreams(random, matrix))
                AssertSameTexts(matrix, upstream, random, layer.ToString());
        }
    }

    [Fact]
    public void Fast_texts_follow_layouts_and_padding_values()
    {
        var random = new Random(5);
        foreach (var options in LayersWithLayouts)
        {
            var matrix = Layers.Matrix([.. Pairs(options)]);
            foreach (var upstream in Upstreams(random, matrix))
                AssertSameTexts(matrix, upstream, random, options);
        }
    }

    [Fact]
    public void Coefficients_too_big_for_a_long_take_the_exact_path()
    {
        // 10^12 · 10^12 overflows a long: the entries that meet it must still be exact.
        var matrix = Layers.Matrix(("kernel", "[[[[1000000000000, 1/3], [a, -1000000000000]]]]"), ("input", "[[[1000000000000, 3, b], [1, 2, c]]]"));
        var upstream = new Tensor<Polynomial>(matrix.Geometry.OutputShape, [Poly(matrix, "1000000000000"), Poly(matrix, "g")]);
        AssertSameTexts(matrix, upstream, new Random(1), "big coefficients");
    }

    [Theory]
    [InlineData("dL/dx", "[k*g_{0,0,0} k*g_{0,0,1}]")]
    [InlineData("dL/dx'", "[k*g_{0,0,0} k*g_{0,0,1}]")]
    [InlineData("dL/dK", "[x*g_{0,0,0}+y*g_{0,0,1}]")]
    public void Plain_entries_from_the_fast_path_are_spaced_as_the_seed_spaces_them(string section, string line)
    {
        var outcome = CliRunner.Run("grad", "--kernel", "[[[[k]]]]", "--input", "[[[x y]]]", "--show", section);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\n" + line + "\n", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_layers_reach_the_fast_path_for_both_gradients()
    {
        var random = new Random(0);
        var (input, kernel) = (0, 0);
        for (var n = 0; n < 100; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1200);
            var fast = new SingleTermGradient(LayerGradient.Of(Layers.Matrix([.. layer.Options])));
            if (fast.ForInput is not null) input++;
            if (fast.ForKernel is not null) kernel++;
        }
        Assert.InRange(input, 40, 100);
        Assert.InRange(kernel, 40, 100);
    }

    private static void AssertSameTexts(ConvolutionMatrix matrix, Tensor<Polynomial> upstream, Random random, string what)
    {
        var gradient = LayerGradient.Of(matrix, upstream);
        foreach (var units in new[] { UnitCoefficients.Shown, UnitCoefficients.Hidden })
        {
            foreach (var numbers in new[] { NumberNotation.Fraction, NumberNotation.Decimal })
            {
                var report = new GradientReport(gradient, new GradientOptions { UnitCoefficients = units, Numbers = numbers }, freshUpstream: false);
                var general = new Dictionary<GradientSection, Tensor<Polynomial>>
                {
                    [GradientSection.Input] = gradient.GradInput,
                    [GradientSection.InputVector] = gradient.GradInput,
                    [GradientSection.Kernel] = gradient.GradKernel,
                };
                foreach (var (section, values) in general)
                {
                    // Blocks of one entry, a few, or all: every block boundary must fall anywhere.
                    var texts = GradientTexts.Of(report, section, blockBytes: random.Next(3) == 0 ? 1 << 20 : random.Next(1, 400),
                        kernelRangeTerms: random.Next(3) == 0 ? GradKernelTerms.RangeTerms : random.Next(1, 40))!;
                    Assert.Equal(values.Shape.Size, texts.Count);
                    // Read twice over, as the writer does when every entry is plain: blocks are made again from the walk kept.
                    for (long i = 0; i < 2 * texts.Count; i++)
                    {
                        var expected = PolynomialText.Format(values[i % texts.Count], matrix.Layer.Symbols, units, numbers);
                        var actual = Encoding.UTF8.GetString(texts[i % texts.Count]);
                        Assert.True(expected == actual, $"{section}[{i}] is {actual}, the general path says {expected}, for {what} ({units}, {numbers})");
                    }
                }
            }
        }
    }

    // Fresh symbols; numbers and fractions with zeros; symbols of the layer's own and new ones, with coefficients.
    private static IEnumerable<Tensor<Polynomial>> Upstreams(Random random, ConvolutionMatrix matrix)
    {
        var shape = matrix.Geometry.OutputShape;
        yield return UpstreamSymbols.Of(matrix);
        string[] numbers = ["0", "1", "-1", "2", "-3", "1/2", "-3/4", "0"];
        yield return new Tensor<Polynomial>(shape, [.. Enumerable.Range(0, (int)shape.Size).Select(_ => Poly(matrix, numbers[random.Next(numbers.Length)]))]);
        var names = matrix.Layer.Symbols.InternedNames.Where(n => !n.Contains('_', StringComparison.Ordinal)).Take(4).Append("u").Append("v").ToArray();
        yield return new Tensor<Polynomial>(shape, [.. Enumerable.Range(0, (int)shape.Size).Select(_ => random.Next(4) switch
        {
            0 => Poly(matrix, "-" + names[random.Next(names.Length)]),
            1 => Poly(matrix, random.Next(2, 4).ToString(CultureInfo.InvariantCulture) + names[random.Next(names.Length)]),
            2 => Poly(matrix, numbers[random.Next(numbers.Length)]),
            _ => Poly(matrix, names[random.Next(names.Length)]),
        })]);
    }

    private static Polynomial Poly(ConvolutionMatrix matrix, string text) =>
        SymConv.Parsing.TensorReader.Read("upstream", "[" + text + "]", matrix.Layer.Symbols).Values[0];

    private static List<(string, string)> Pairs(string options)
    {
        var parts = options.Split(' ');
        var pairs = new List<(string, string)>();
        for (var i = 0; i < parts.Length; i++)
        {
            var key = parts[i][2..];
            var value = i + 1 < parts.Length && !parts[i + 1].StartsWith("--", StringComparison.Ordinal) ? parts[++i] : "";
            pairs.Add((key, value));
        }
        return pairs;
    }
}
