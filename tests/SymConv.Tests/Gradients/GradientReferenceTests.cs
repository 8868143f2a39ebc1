using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Gradients;

/// <summary>
/// The backward pass against the plainly written reference convolution, for symbolic upstream
/// gradients on random layers of every option. y is linear in each of x, K and b, so the
/// reference's gradient of L = Σ_s g[s]·y[s] with respect to one entry is Σ_s g[s]·(the layer
/// applied with that entry one and the other's zero)[s]: one-hot inputs for ∂L/∂x, one-hot
/// kernels for ∂L/∂K, one-hot biases for ∂L/∂b.
/// </summary>
public class GradientReferenceTests
{
    [Fact]
    public void Gradients_of_random_layers_equal_the_reference_for_symbolic_upstream()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 120; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: true, maxCells: 900);
            var matrix = Layers.Matrix([.. layer.Options]);
            var upstream = Upstream(matrix);
            var gradient = LayerGradient.Of(matrix, upstream);
            var a = PolynomialArithmetic.Instance;
            var kernel = LibraryView.KernelOf(matrix);
            var input = LibraryView.InputOf(matrix);
            var g = upstream.Values.ToArray();

            for (var j = 0; j < input.Values.Length; j++)
            {
                var oneHot = new Grid<Polynomial>(input.Shape, Polynomial.Zero);
                oneHot.Values[j] = Polynomial.One;
                var expected = Dot(ReferenceConvolution.Apply(a, layer.Spec, kernel, oneHot, bias: null).Values, g);
                Assert.True(expected == gradient.GradInput[j],
                    $"dL/dx'[{j}] is {matrix.Text(gradient.GradInput[j])}, the reference says {matrix.Text(expected)}, for {layer}");
            }
            for (var k = 0; k < kernel.Values.Length; k++)
            {
                var oneHot = new Grid<Polynomial>(kernel.Shape, Polynomial.Zero);
                oneHot.Values[k] = Polynomial.One;
                var expected = Dot(ReferenceConvolution.Apply(a, layer.Spec, oneHot, input, bias: null).Values, g);
                Assert.True(expected == gradient.GradKernel[k],
                    $"dL/dK[{k}] is {matrix.Text(gradient.GradKernel[k])}, the reference says {matrix.Text(expected)}, for {layer}");
            }
            if (matrix.Layer.Bias is { } bias)
            {
                var zeroKernel = new Grid<Polynomial>(kernel.Shape, Polynomial.Zero);
                for (var o = 0; o < bias.Shape.Size; o++)
                {
                    var oneHot = Enumerable.Repeat(Polynomial.Zero, (int)bias.Shape.Size).ToArray();
                    oneHot[o] = Polynomial.One;
                    var expected = Dot(ReferenceConvolution.Apply(a, layer.Spec, zeroKernel, input, oneHot).Values, g);
                    Assert.True(expected == gradient.GradBias![o], $"dL/db[{o}] differs for {layer}");
                }
            }
            else
            {
                Assert.Null(gradient.GradBias);
            }
        }
    }

    [Fact]
    public void Rows_of_the_transpose_are_the_columns_of_M()
    {
        var random = new Random(77);
        for (var n = 0; n < 150; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1500);
            var matrix = Layers.Matrix([.. layer.Options]);
            var dense = LibraryView.Dense(matrix);
            var transpose = TransposedMatrix.Of(matrix);
            Assert.Equal(matrix.Columns, transpose.Rows);
            Assert.Equal(matrix.Rows, transpose.Columns);
            for (var t = 0; t < transpose.Rows; t++)
            {
                var row = transpose.Row(t);
                Assert.True(row.Zip(row.Skip(1)).All(p => p.First.Column < p.Second.Column), $"row {t} of Mᵀ is not sorted, for {layer}");
                Assert.DoesNotContain(row, e => e.Value.IsZero);
                var expected = Enumerable.Range(0, (int)matrix.Rows).Where(s => !dense[s, t].IsZero).Select(s => (long)s).ToArray();
                Assert.True(expected.SequenceEqual(row.Select(e => e.Column)), $"row {t} of Mᵀ has columns [{string.Join(',', row.Select(e => e.Column))}], M's column has rows [{string.Join(',', expected)}], for {layer}");
                foreach (var entry in row)
                    Assert.True(entry.Value == dense[entry.Column, t], $"Mᵀ[{t},{entry.Column}] differs for {layer}");
            }
        }
    }

    [Fact]
    public void The_patch_matrix_times_the_kernel_is_y()
    {
        var random = new Random(4242);
        for (var n = 0; n < 150; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1500);
            var matrix = Layers.Matrix([.. layer.Options]);
            var patches = PatchMatrix.Of(matrix);
            Assert.Equal(matrix.Rows, patches.Rows);
            Assert.Equal(matrix.Layer.Kernel.Shape.Size, patches.Columns);
            for (var s = 0; s < patches.Rows; s++)
            {
                var sum = patches.Offset(s);
                foreach (var entry in patches.Row(s))
                    sum += entry.Value * matrix.Layer.Kernel[entry.Column];
                Assert.True(sum == matrix.Output(s), $"U(x)[{s},:]·k' is {matrix.Text(sum)}, y'[{s}] is {matrix.Text(matrix.Output(s))}, for {layer}");
            }
        }
    }

    // Fresh symbols of the test's own, u0, u1, …, one per neuron.
    private static Tensor<Polynomial> Upstream(ConvolutionMatrix matrix)
    {
        var shape = matrix.Geometry.OutputShape;
        return new Tensor<Polynomial>(shape, Enumerable.Range(0, (int)shape.Size)
            .Select(s => matrix.Layer.Symbols.Symbol("up" + s.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray());
    }

    private static Polynomial Dot(Polynomial[] column, Polynomial[] g)
    {
        Assert.Equal(g.Length, column.Length);
        var sum = Polynomial.Zero;
        for (var s = 0; s < g.Length; s++) sum += column[s] * g[s];
        return sum;
    }
}
