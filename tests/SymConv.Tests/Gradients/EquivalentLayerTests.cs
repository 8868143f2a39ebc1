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
