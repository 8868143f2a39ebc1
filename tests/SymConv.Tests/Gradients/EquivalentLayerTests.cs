using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Gradients;

/// <summary>
/// The equivalent-layer statement is a layer that can be run: the transposed convolution it names
/// (for a forward layer) or the forward one (for a transposed layer), applied to g with the layer's
/// own kernel, gives dL/dx — over the padded input for folding padding modes, whose border the test
/// folds back itself, by reading which input entry each padded position copies from the reference's F.pad.
/// </summary>
public class EquivalentLayerTests
{
    [Fact]
    public void The_stated_layer_applied_to_g_gives_dL_dx()
    {
        var random = new Random(31337);
        for (var n = 0; n < 120; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1500);
            var matrix = Layers.Matrix([.. layer.Options]);
            var gradient = LayerGradient.Of(matrix);
            var equivalent = EquivalentLayer.Of(matrix);
            var g = matrix.Geometry;
            var folds = !g.Transposed && g.PaddingMode != PaddingMode.Zeros;
            var padded = folds ? new Shape([g.InChannels, .. g.InputSize.Select((s, d) => s + g.PadBefore[d] + g.PadAfter[d])]) : g.InputShape;
            var twinInput = new Tensor<Polynomial>(padded, _ => Polynomial.Zero);
            var stated = new ConvolutionMatrix(new Layer(matrix.Layer.Kernel, gradient.Upstream, null, equivalent.Spec!, matrix.Layer.Symbols));
            // A transposed layer's output padding may reach its stride: the forward convolution then has positions past x, which the statement drops.
            var cropped = g.Transposed && !stated.Geometry.OutputShape.Equals(padded);
            Assert.True(!g.Transposed || cropped == ForwardTwin.Of(matrix).Cropped, $"the stated layer gives {stated.Geometry.OutputShape}, not {padded}, for {layer}");
            Assert.True(cropped || stated.Geometry.OutputShape.Equals(padded), $"the stated layer gives {stated.Geometry.OutputShape}, not {padded}, for {layer}");

            var expected = new Polynomial[g.InputShape.Size];
            Array.Fill(expected, Polynomial.Zero);
            // Where each padded position reads from: F.pad of the reference applied to the flat indices.
            var sources = folds ? PaddedSources(layer, g) : null;
            for (var s = 0; s < stated.Rows; s++)
            {
                var index = stated.Geometry.OutputShape.Unflatten(s);
                if (cropped && index.Where((i, d) => i >= padded[d]).Any()) continue;
                var at = cropped ? padded.Flatten(index) : s;
                var target = sources is null ? at : sources[at];
                expected[target] += stated.Output(s);
            }
            for (var t = 0; t < expected.Length; t++)
                Assert.True(expected[t] == gradient.GradInput[t], $"the stated layer gives dL/dx'[{t}] = {matrix.Text(expected[t])}, not {matrix.Text(gradient.GradInput[t])}, for {layer}; {string.Join(" ", equivalent.Lines)}");
        }
    }

    [Fact]
    public void The_equivalently_sentence_flips_K_exactly_when_the_layer_does_not()
    {
        // Its recipe run by hand: the full cross-correlation of g with K, flipped as the sentence says,
        // channel axes swapped, must give dL/dx (a flipping layer's flip and the backward pass's cancel).
        var random = new Random(2718);
        for (var n = 0; n < 40; n++)
        {
            int c = random.Next(1, 3), d = random.Next(1, 3), p = random.Next(1, 4), q = random.Next(1, 4), dil = random.Next(1, 3);
            int h = dil * (p - 1) + random.Next(1, 4), w = dil * (q - 1) + random.Next(1, 4);
            var flip = random.Next(2) == 0;
            var k = new int[d, c, p, q];
            foreach (var (o, i, u, v) in Cells(d, c, p, q)) k[o, i, u, v] = random.Next(-5, 6);
            var kernel = "[" + string.Join(" ", Enumerable.Range(0, d).Select(o => "[" + string.Join(" ", Enumerable.Range(0, c).Select(i =>
                "[" + string.Join(" ", Enumerable.Range(0, p).Select(u => "[" + string.Join(" ", Enumerable.Range(0, q).Select(v => k[o, i, u, v])) + "]")) + "]")) + "]")) + "]";
            (string, string)[] options = [("kernel", kernel), ("input-shape", $"{c},{h},{w}"), ("dilation", $"{dil}")];
            var matrix = Layers.Matrix(flip ? [.. options, ("flip", "")] : options);
            var g = matrix.Geometry;
            var upstream = new Tensor<Polynomial>(g.OutputShape, [.. Enumerable.Range(0, (int)g.OutputShape.Size).Select(_ => Polynomial.Constant(Rational.Of(random.Next(-4, 5))))]);
            var dx = LayerGradient.Of(matrix, upstream).GradInput;
            var sentence = EquivalentLayer.Of(matrix).Lines.Single(l => l.StartsWith("Equivalently", StringComparison.Ordinal));
            var flipped = sentence.Contains("with K flipped in every spatial dimension", StringComparison.Ordinal);
            Assert.True(flipped != sentence.Contains("with K as written", StringComparison.Ordinal), sentence);
            Assert.Contains(flipped ? "the full convolution of g with K" : "the full cross-correlation of g with K", sentence);

            int ho = g.OutputShape[1], wo = g.OutputShape[2], rp = dil * (p - 1), rq = dil * (q - 1);
            for (var i = 0; i < c; i++)
                for (var y = 0; y < h; y++)
                    for (var x = 0; x < w; x++)
                    {
                        var sum = 0;
                        foreach (var (o, _, u, v) in Cells(d, 1, p, q))
                        {
                            // g padded by the kernel's reach on each side, read at (y + dil·u, x + dil·v).
                            int gy = y + dil * u - rp, gx = x + dil * v - rq;
                            if (gy < 0 || gy >= ho || gx < 0 || gx >= wo) continue;
                            var weight = flipped ? k[o, i, p - 1 - u, q - 1 - v] : k[o, i, u, v];
                            upstream[((long)o * ho + gy) * wo + gx].TryGetConstant(out var gv);
                            sum += weight * (int)gv.Numerator;
                        }
                        var at = ((long)i * h + y) * w + x;
                        Assert.True(Polynomial.Constant(Rational.Of(sum)) == dx[at], $"the sentence's recipe gives dL/dx[{i},{y},{x}] = {sum}, not {matrix.Text(dx[at])}, for flip {flip}, K {kernel}, dilation {dil}: {sentence}");
                    }
        }
    }

    private static IEnumerable<(int, int, int, int)> Cells(int a, int b, int c, int d) =>
        from i in Enumerable.Range(0, a) from j in Enumerable.Range(0, b) from k in Enumerable.Range(0, c) from l in Enumerable.Range(0, d) select (i, j, k, l);

    // The reference's padding of a grid of flat indices: entry i of the result is the input entry that padded position i copies.
    private static int[] PaddedSources(RandomLayer layer, LayerGeometry g)
    {
        var a = IntegerArithmetic.Instance;
        var indices = new Grid<System.Numerics.BigInteger>([.. g.InputShape.Dims], [.. Enumerable.Range(0, (int)g.InputShape.Size).Select(i => new System.Numerics.BigInteger(i))]);
        var mode = layer.Spec.Mode;
        var padded = ReferenceConvolution.Pad(a, indices, g.PadBefore.ToArray(), g.PadAfter.ToArray(), mode);
        return [.. padded.Values.Select(v => (int)v)];
    }
}
