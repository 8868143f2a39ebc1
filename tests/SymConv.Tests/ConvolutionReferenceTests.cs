using System.Numerics;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// The library against the plainly written reference in Reference/, on a few hundred random layers
/// (fixed seeds, so every run checks the same layers) covering stride, every padding rule and mode,
/// dilation, groups, bias, transposed layers with output padding and flipped kernels, in 1-D, 2-D and
/// 3-D, with integer and with symbolic entries.
/// </summary>
public class ConvolutionReferenceTests
{
    private const int IntegerLayers = 250;
    private const int SymbolicLayers = 150;

    [Fact]
    public void Each_column_of_M_is_the_layer_applied_to_a_one_hot_input()
    {
        var random = new Random(20260301);
        for (var n = 0; n < IntegerLayers; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: false);
            var matrix = Build(layer);
            var a = IntegerArithmetic.Instance;
            var kernel = new Grid<BigInteger>(layer.KernelShape, layer.IntegerKernel!);
            var dense = LibraryView.Dense(matrix);
            var columns = layer.InputShape.Aggregate(1, (x, y) => x * y);
            for (var j = 0; j < columns; j++)
            {
                var oneHot = new Grid<BigInteger>(layer.InputShape, BigInteger.Zero);
                oneHot.Values[j] = BigInteger.One;
                var column = ReferenceConvolution.Apply(a, layer.Spec, kernel, oneHot, bias: null);
                Assert.True(column.Values.Length == matrix.Rows, $"rows {matrix.Rows} ≠ {column.Values.Length} for {layer}");
                for (var r = 0; r < column.Values.Length; r++)
                {
                    var expected = LibraryView.Constant(column.Values[r]);
                    Assert.True(expected == dense[r, j], $"M[{r},{j}] is {matrix.Text(dense[r, j])}, the reference says {column.Values[r]}, for {layer}");
                }
            }
        }
    }

    [Fact]
    public void Each_column_of_a_symbolic_M_is_the_layer_applied_to_a_one_hot_input()
    {
        var random = new Random(4711);
        for (var n = 0; n < SymbolicLayers; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: true, maxCells: 1200);
            var matrix = Build(layer);
            var a = PolynomialArithmetic.Instance;
            var kernel = LibraryView.KernelOf(matrix);
            var dense = LibraryView.Dense(matrix);
            for (var j = 0; j < matrix.Columns; j++)
            {
                var oneHot = new Grid<Polynomial>(layer.InputShape, Polynomial.Zero);
                oneHot.Values[j] = Polynomial.One;
                var column = ReferenceConvolution.Apply(a, layer.Spec, kernel, oneHot, bias: null);
                for (var r = 0; r < column.Values.Length; r++)
                    Assert.True(column.Values[r] == dense[r, j], $"M[{r},{j}] is {matrix.Text(dense[r, j])}, the reference says {matrix.Text(column.Values[r])}, for {layer}");
            }
        }
    }

    [Fact]
    public void Integer_layers_give_the_reference_output_shape_and_values()
    {
        var random = new Random(1234567);
        for (var n = 0; n < IntegerLayers; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: false);
            var matrix = Build(layer);
            var expected = ReferenceConvolution.Apply(
                IntegerArithmetic.Instance, layer.Spec,
                new Grid<BigInteger>(layer.KernelShape, layer.IntegerKernel!),
                new Grid<BigInteger>(layer.InputShape, layer.IntegerInput!),
                layer.IntegerBias);
            Assert.True(expected.Shape.SequenceEqual(matrix.Geometry.OutputShape.Dims),
                $"output shape {matrix.Geometry.OutputShape}, the reference says {string.Join('×', expected.Shape)}, for {layer}");
            for (var r = 0; r < expected.Values.Length; r++)
            {
                var want = LibraryView.Constant(expected.Values[r]);
                Assert.True(want == matrix.Output(r), $"y'_{r} is {matrix.Text(matrix.Output(r))}, the reference says {expected.Values[r]}, for {layer}");
                Assert.True(want == LibraryView.RowTimesInput(matrix, r), $"(M x' + b)_{r} is {matrix.Text(LibraryView.RowTimesInput(matrix, r))}, the reference says {expected.Values[r]}, for {layer}");
            }
        }
    }

    [Fact]
    public void Symbolic_layers_give_the_reference_output()
    {
        var random = new Random(99);
        for (var n = 0; n < SymbolicLayers; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: true);
            var matrix = Build(layer);
            var expected = ReferenceConvolution.Apply(
                PolynomialArithmetic.Instance, layer.Spec, LibraryView.KernelOf(matrix), LibraryView.InputOf(matrix), LibraryView.BiasOf(matrix));
            Assert.True(expected.Shape.SequenceEqual(matrix.Geometry.OutputShape.Dims),
                $"output shape {matrix.Geometry.OutputShape}, the reference says {string.Join('×', expected.Shape)}, for {layer}");
            Assert.Equal(layer.HasBias, matrix.Layer.Bias is not null);
            for (var r = 0; r < expected.Values.Length; r++)
            {
                Assert.True(expected.Values[r] == matrix.Output(r), $"y'_{r} is {matrix.Text(matrix.Output(r))}, the reference says {matrix.Text(expected.Values[r])}, for {layer}");
                Assert.True(expected.Values[r] == LibraryView.RowTimesInput(matrix, r), $"(M x' + b)_{r} is {matrix.Text(LibraryView.RowTimesInput(matrix, r))}, the reference says {matrix.Text(expected.Values[r])}, for {layer}");
            }
        }
    }

    [Fact]
    public void The_library_refuses_exactly_the_layers_PyTorch_refuses()
    {
        var random = new Random(31337);
        var refused = 0;
        for (var n = 0; n < 600; n++)
        {
            var layer = RandomLayer.Draw(random, symbolic: false, wild: true);
            var plan = ReferenceSizes.Plan(layer.Spec, layer.KernelShape, layer.InputShape);
            ConvolutionMatrix? matrix = null;
            InputException? error = null;
            try
            {
                matrix = Build(layer);
            }
            catch (InputException e)
            {
                error = e;
            }
            if (plan is null)
            {
                refused++;
                Assert.True(error is not null, $"the library accepted a layer PyTorch refuses: {layer}");
            }
            else
            {
                Assert.True(error is null, $"the library refused a layer PyTorch accepts ({error?.Message}): {layer}");
                Assert.Equal(plan.OutputSize, matrix!.Geometry.OutputSize);
            }
        }
        // The draw must really exercise both sides.
        Assert.InRange(refused, 100, 500);
    }

    // Each test above by its seed, kind of entries, size bound and number of layers.
    public static TheoryData<int, bool, int, int> Draws => new()
    {
        { 20260301, false, 2500, IntegerLayers },
        { 4711, true, 1200, SymbolicLayers },
        { 1234567, false, 2500, IntegerLayers },
        { 99, true, 2500, SymbolicLayers },
    };

    [Theory]
    [MemberData(nameof(Draws))]
    public void The_random_layers_of_each_test_cover_every_option(int seed, bool symbolic, int maxCells, int count)
    {
        // The same draws as the test with this seed, counted by feature.
        var random = new Random(seed);
        var counts = new Dictionary<string, int>();
        for (var n = 0; n < count; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic, maxCells);
            var spec = layer.Spec;
            var plan = ReferenceSizes.Plan(spec, layer.KernelShape, layer.InputShape)!;
            var features = new List<string> { $"{layer.Rank}-D", spec.Transposed ? "transposed" : "forward", "mode " + spec.Mode };
            if (spec.PaddingRule is { } rule) features.Add(rule);
            else if (spec.PaddingAfter is not null) features.Add("sides");
            else if (spec.PaddingSizes.Any(p => p > 0)) features.Add("explicit padding");
            if (!plan.PadBefore.SequenceEqual(plan.PadAfter)) features.Add("asymmetric padding");
            if (spec.Stride.Any(s => s > 1)) features.Add("stride");
            if (spec.Dilation.Any(d => d > 1)) features.Add("dilation");
            if (spec.Groups > 1) features.Add(layer.InputShape[0] == spec.Groups ? "depthwise" : "groups");
            if (spec.OutputPadding.Any(p => p > 0)) features.Add("output padding");
            if (spec.OutputPadding.Where((p, d) => p >= spec.Stride[d]).Any()) features.Add("output padding ≥ stride");
            if (spec.Flip) features.Add("flip");
            if (layer.HasBias) features.Add("bias");
            foreach (var feature in features) counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        foreach (var feature in new[] { "1-D", "2-D", "3-D", "transposed", "forward", "mode zeros", "mode reflect", "mode replicate",
                     "mode circular", "mode symmetric", "valid", "same", "same-lower", "causal", "full", "tf-same", "explicit padding", "sides", "asymmetric padding", "stride", "dilation",
                     "groups", "depthwise", "output padding", "output padding ≥ stride", "flip", "bias" })
            Assert.True(counts.GetValueOrDefault(feature) >= 3, $"only {counts.GetValueOrDefault(feature)} layers with {feature}: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
    }

    private static ConvolutionMatrix Build(RandomLayer layer) => Layers.Matrix([.. layer.Options]);
}
