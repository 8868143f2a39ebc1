using System.Text;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// The fast paths — the tap walk, single-term rows with small coefficients, streamed row text in
/// parallel blocks — against the plain ways: ReceptiveField's tap-by-tap walk, polynomial
/// arithmetic on every tap, and PolynomialText on each polynomial. Random small layers with
/// numbers, fractions, repeated symbols, every padding mode, groups, transposition and bias.
/// </summary>
public class FastPathTests
{
    private static readonly string[] Modes = ["zeros", "reflect", "replicate", "circular"];

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_tap_walk_finds_the_taps_of_the_plain_walk_in_the_same_order(int seed)
    {
        foreach (var matrix in RandomMatrices(seed, count: 5))
        {
            var g = matrix.Geometry;
            var walker = new TapWalker(g);
            var kernel = new int[walker.MaxTaps];
            var column = new int[walker.MaxTaps];
            for (long row = 0; row < matrix.Rows; row++)
            {
                var count = walker.Fill(row, kernel, column);
                var expected = ReceptiveField.Taps(g, row);
                var actual = Enumerable.Range(0, count).Select(i => new Tap(kernel[i], column[i])).ToList();
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Rows_and_outputs_equal_polynomial_arithmetic_on_every_tap(int seed)
    {
        foreach (var matrix in RandomMatrices(seed, count: 5))
        {
            for (long row = 0; row < matrix.Rows; row++)
            {
                Assert.Equal(ReferenceRow(matrix, row), matrix.Row(row).Select(e => (e.Column, e.Value)).ToList());
                Assert.Equal(ReferenceOutput(matrix, row), matrix.Output(row));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Streamed_text_of_y_prime_and_y_is_polynomial_text_byte_for_byte(int seed)
    {
        foreach (var matrix in RandomMatrices(seed, count: 5))
        {
            foreach (var (units, numbers) in new[] { UnitCoefficients.Shown, UnitCoefficients.Hidden }
                         .SelectMany(u => new[] { NumberNotation.Fraction, NumberNotation.Decimal }.Select(n => (u, n))))
            {
                var report = new Report(matrix, new ReportOptions { UnitCoefficients = units, Numbers = numbers });
                var texts = Enumerable.Range(0, (int)matrix.Rows)
                    .Select(r => PolynomialText.Format(ReferenceOutput(matrix, r), matrix.Layer.Symbols, units, numbers))
                    .ToList();
                var vector = "[" + string.Join(", ", texts) + "]\n";
                var tensor = ReferenceTensor(matrix.Geometry.OutputShape, texts);
                foreach (var blockBytes in new[] { 1, 40, 1 << 20 })
                {
                    Assert.Equal(vector, Streamed(w => RowTextStream.WriteVector(report, w, blockBytes)));
                    Assert.Equal(tensor, Streamed(w => RowTextStream.WriteTensor(report, w, blockBytes)));
                    Assert.Equal(vector, StreamedAsBytes(w => RowTextStream.WriteVector(report, w, blockBytes)));
                }
            }
        }
    }

    [Fact]
    public void The_random_layers_reach_every_path_and_option_they_claim()
    {
        var counts = new Dictionary<string, int>();
        foreach (var seed in Enumerable.Range(0, 40))
        {
            foreach (var matrix in RandomMatrices(seed, count: 5))
            {
                var g = matrix.Geometry;
                var features = new List<string>
                {
                    $"{g.SpatialRank}-D", g.Transposed ? "transposed" : "forward", "mode " + g.PaddingMode,
                    matrix.SingleTerms is null ? "general path" : "single-term path",
                };
                if (g.Groups > 1) features.Add("groups");
                if (g.Flip) features.Add("flip");
                if (matrix.Layer.Bias is not null) features.Add("bias");
                if (g.PadBefore.Any(p => p > 0)) features.Add("padding");
                foreach (var feature in features) counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }
        foreach (var feature in new[] { "1-D", "2-D", "3-D", "transposed", "forward", "mode Zeros", "mode Reflect", "mode Replicate",
                     "mode Circular", "general path", "single-term path", "groups", "flip", "bias", "padding" })
            Assert.True(counts.GetValueOrDefault(feature) >= 10, $"only {counts.GetValueOrDefault(feature)} layers with {feature}");
    }

    [Fact]
    public void Selected_rows_stream_in_the_order_given()
    {
        var matrix = Layers.Matrix(("kernel-shape", "3,2,2,2"), ("input-shape", "2,5,5"), ("bias", "auto"));
        var ranges = new[] { new RowRange(2, 7), new RowRange(40, 40), new RowRange(11, 30) };
        var report = new Report(matrix, new ReportOptions { Rows = ranges });
        var rows = ranges.SelectMany(r => Enumerable.Range((int)r.First, (int)(r.Last - r.First + 1)));
        var expected = "[" + string.Join(", ", rows.Select(r => matrix.Text(ReferenceOutput(matrix, r)))) + "]\n";
        Assert.Equal(expected, Streamed(w => RowTextStream.WriteVector(report, w, blockBytes: 50)));
    }

    [Fact]
    public void Streaming_reports_progress_in_rows_up_to_the_total()
    {
        var matrix = Layers.Matrix(("kernel-shape", "3,2,2,2"), ("input-shape", "2,6,6"));
        var seen = new List<ExportProgress>();
        var report = new Report(matrix, new ReportOptions()) { Progress = new Recorder(seen) };
        Streamed(w => RowTextStream.WriteVector(report, w, blockBytes: 100));
        Assert.True(seen.Count > 2);
        Assert.All(seen, p => Assert.Equal((Section.OutputVector, matrix.Rows), (p.Section, p.Total)));
        Assert.Equal(seen.Select(p => p.Done).Order(), seen.Select(p => p.Done));
        Assert.Equal(matrix.Rows, seen[^1].Done);
    }

    private sealed class Recorder(List<ExportProgress> seen) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => seen.Add(value);
    }

    [Fact]
    public void Coefficients_too_big_for_a_long_take_the_exact_path()
    {
        // 10^12 · 10^12 overflows a long; 1/3 · 3 and 10^12 · -10^12 must still come out exact.
        var matrix = Layers.Matrix(
            ("kernel", "[[[[1000000000000, 1/3], [a, -1000000000000]]]]"),
            ("input", "[[[1000000000000, 3, b], [1000000000000, 1000000000000, c]]]"));
        Assert.NotNull(matrix.SingleTerms);
        for (long row = 0; row < matrix.Rows; row++)
            Assert.Equal(ReferenceOutput(matrix, row), matrix.Output(row));
        // Worked by hand: row 0 is 10^24 + 1 + 10^12·a − 10^24, row 1 is 3·10^12 + b/3 + 10^12·a − 10^12·c.
        var report = new Report(matrix, new ReportOptions());
        Assert.Equal("[1000000000000a+1, 1000000000000a+1/3*b-1000000000000c+3000000000000]\n",
            Streamed(w => RowTextStream.WriteVector(report, w)));
    }

    [Fact]
    public void Entries_that_are_not_single_terms_take_the_general_path()
    {
        var matrix = Layers.Matrix(("kernel", "[[[[a+b, a^2], [2, c]]]]"), ("input", "[[[a, b, 1/2], [c, 0, a]]]"), ("bias", "[3]"));
        Assert.Null(matrix.SingleTerms);
        var report = new Report(matrix, new ReportOptions());
        var expected = "[" + string.Join(", ", Enumerable.Range(0, (int)matrix.Rows).Select(r => matrix.Text(ReferenceOutput(matrix, r)))) + "]\n";
        Assert.Equal(expected, Streamed(w => RowTextStream.WriteVector(report, w)));
    }

    private static string Streamed(Action<TextWriter> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        write(writer);
        return writer.ToString();
    }

    // A StreamWriter over UTF-8 takes the byte path: the same text must come out.
    private static string StreamedAsBytes(Action<TextWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 16, leaveOpen: true) { NewLine = "\n" })
        {
            writer.Write("<");
            write(writer);
            writer.Write(">");
        }
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("<", text);
        Assert.EndsWith(">", text);
        return text[1..^1];
    }

    // Row r of M the plain way: every tap's kernel entry, summed per column, zeros dropped.
    private static List<(long Column, Polynomial Value)> ReferenceRow(ConvolutionMatrix matrix, long row)
    {
        var sums = new SortedDictionary<long, Polynomial>();
        foreach (var tap in ReceptiveField.Taps(matrix.Geometry, row))
            sums[tap.Column] = sums.GetValueOrDefault(tap.Column, Polynomial.Zero) + matrix.Layer.Kernel[tap.KernelIndex];
        return sums.Where(s => !s.Value.IsZero).Select(s => (s.Key, s.Value)).ToList();
    }

    // y'_r the plain way: the sum over taps of kernel entry times input entry, plus the bias.
    private static Polynomial ReferenceOutput(ConvolutionMatrix matrix, long row)
    {
        var sum = Polynomial.Zero;
        foreach (var tap in ReceptiveField.Taps(matrix.Geometry, row))
            sum += matrix.Layer.Kernel[tap.KernelIndex] * matrix.Layer.Input[tap.Column];
        if (matrix.Layer.Bias is { } bias)
            sum += bias[row / matrix.Geometry.OutputPlane];
        return sum;
    }

    // The seed's nested brackets: a bracket per level on its own line, innermost entries on one line.
    private static string ReferenceTensor(Shape shape, IReadOnlyList<string> entries)
    {
        var text = new StringBuilder();
        var next = 0;
        Level(0);
        return text.ToString();

        void Level(int axis)
        {
            if (axis == shape.Rank - 1)
            {
                text.Append('[').Append(string.Join(", ", entries.Skip(next).Take(shape[axis]))).Append("]\n");
                next += shape[axis];
                return;
            }
            text.Append("[\n");
            for (var i = 0; i < shape[axis]; i++) Level(axis + 1);
            text.Append("]\n");
        }
    }

    private static IEnumerable<ConvolutionMatrix> RandomMatrices(int seed, int count)
    {
        var random = new Random(seed);
        var made = 0;
        while (made < count)
        {
            var matrix = TryRandomMatrix(random);
            if (matrix is null) continue;
            made++;
            yield return matrix;
        }
    }

    private static ConvolutionMatrix? TryRandomMatrix(Random random)
    {
        var rank = random.Next(1, 4);
        var groups = random.Next(1, 3);
        var transposed = random.Next(4) == 0;
        var inChannels = groups * random.Next(1, 3);
        var outPerGroup = random.Next(1, 3);
        var spatial = Enumerable.Range(0, rank).Select(_ => random.Next(rank == 3 ? 2 : 3, rank == 3 ? 4 : 6)).ToArray();
        var kernelSpatial = spatial.Select(n => random.Next(1, Math.Min(n, 3) + 1)).ToArray();
        int[] kernelShape = transposed
            ? [inChannels, outPerGroup, .. kernelSpatial]
            : [groups * outPerGroup, inChannels / groups, .. kernelSpatial];
        var options = new List<(string, string)>
        {
            ("kernel", RandomTensor(random, kernelShape, "abcuv")),
            ("input", RandomTensor(random, [inChannels, .. spatial], "abcxyz")),
            ("groups", groups.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("stride", random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("dilation", random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("padding", random.Next(0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (transposed) options.Add(("transposed", "true"));
        else options.Add(("padding-mode", Modes[random.Next(Modes.Length)]));
        if (random.Next(2) == 0) options.Add(("flip", "true"));
        if (random.Next(2) == 0)
            options.Add(("bias", random.Next(2) == 0 ? "auto" : RandomTensor(random, [transposed ? groups * outPerGroup : kernelShape[0]], "abw")));
        try
        {
            return Layers.Matrix([.. options]);
        }
        catch (InputException)
        {
            return null;
        }
    }

    // Mostly single terms — numbers, fractions, symbols that repeat, multiples of symbols — and
    // now and then a sum or a power, which sends the whole layer down the general path.
    private static readonly int[] Denominators = [1, 2, 3, 4, 5, 10];

    private static string RandomTensor(Random random, int[] shape, string letters)
    {
        return Level(0);

        string Level(int axis) => "[" + string.Join(", ", Enumerable.Range(0, shape[axis])
            .Select(_ => axis == shape.Length - 1 ? Entry() : Level(axis + 1))) + "]";

        string Entry()
        {
            var symbol = letters[random.Next(letters.Length)].ToString();
            return random.Next(12) switch
            {
                0 => "0",
                1 => random.Next(-3, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                // Denominators that terminate as decimals (2, 4, 5, 10) and one that does not (3).
                2 => $"{random.Next(-5, 6)}/{Denominators[random.Next(Denominators.Length)]}",
                3 => $"{random.Next(-3, 4)}*{symbol}",
                4 => $"-1/2*{symbol}",
                5 => random.Next(8) == 0 ? $"{symbol}+1" : symbol,
                6 => random.Next(8) == 0 ? $"{symbol}^2" : "-" + symbol,
                _ => symbol,
            };
        }
    }
}
