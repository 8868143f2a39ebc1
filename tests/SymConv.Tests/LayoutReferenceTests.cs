using System.Globalization;
using System.Numerics;
using System.Text;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// The other frameworks' conventions against the plain reference: random layers of Reference/ are laid
/// out channels last and in every kernel layout by a plain transpose of their arrays here, written as
/// the options a user would type, and the library's M and y' must be the reference's, permuted the same
/// way. Depthwise layers are also written with --depth-multiplier and hwim; forward layers with zeros
/// padding are padded with a value other than zero, the reference padding with that value (F.pad's value).
/// </summary>
public class LayoutReferenceTests
{
    private static readonly string[] ForwardLayouts = ["oihw", "iohw", "hwio", "hwoi", "ihwo", "ohwi"];

    [Fact]
    public void Every_layout_gives_the_reference_M_and_y_permuted()
    {
        var random = new Random(20261201);
        var counts = new Dictionary<string, int>();
        for (var n = 0; n < 300; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: false, maxCells: 1500);
            var spec = layer.Spec;
            var rank = layer.Rank;
            var channelsLast = random.Next(2) == 0;
            var depthwise = !spec.Transposed && layer.KernelShape[1] == 1 && spec.Groups == layer.InputShape[0];
            string[] layouts = depthwise ? [.. ForwardLayouts, "hwim", "hwim"] : ForwardLayouts;
            var kernelLayout = layouts[random.Next(layouts.Length)];
            var multiplier = depthwise && (kernelLayout == "hwim" || random.Next(2) == 0);
            var paddingValue = !spec.Transposed && spec.Mode == "zeros" && random.Next(3) == 0 ? random.Next(1, 4) * (random.Next(2) == 0 ? 1 : -1) : 0;

            var kernel = new Grid<BigInteger>(layer.KernelShape, layer.IntegerKernel!);
            var input = new Grid<BigInteger>(layer.InputShape, layer.IntegerInput!);
            var laidKernel = LayKernel(kernel, kernelLayout, spec.Transposed, spec.Groups);
            var laidInput = channelsLast ? Transpose(input, ChannelsLast(rank + 1)) : input;
            var options = layer.Options.Where(o => o.Key is not ("kernel" or "input") && !(multiplier && o.Key == "groups")).ToList();
            options.Add(("kernel", Text(laidKernel)));
            options.Add(("input", Text(laidInput)));
            options.Add(("layout", channelsLast ? "nhwc" : "nchw"));
            options.Add(("kernel-layout", kernelLayout));
            if (multiplier) options.Add(("depth-multiplier", (layer.KernelShape[0] / layer.InputShape[0]).ToString(CultureInfo.InvariantCulture)));
            if (paddingValue != 0) options.Add(("padding-value", paddingValue.ToString(CultureInfo.InvariantCulture)));
            var described = string.Join(' ', options.Select(o => $"--{o.Key} '{o.Item2}'"));

            var matrix = Layers.Matrix([.. options]);
            var a = IntegerArithmetic.Instance;
            var output = ReferenceConvolution.Apply(a, spec, kernel, input, layer.IntegerBias, new BigInteger(paddingValue));
            var laidOutput = channelsLast ? Transpose(output, ChannelsLast(rank + 1)) : output;
            Assert.True(laidOutput.Shape.SequenceEqual(matrix.Geometry.OutputShape.Dims),
                $"output shape {matrix.Geometry.OutputShape}, the reference says {string.Join('×', laidOutput.Shape)}, for {described}");
            for (var r = 0; r < laidOutput.Values.Length; r++)
            {
                var want = LibraryView.Constant(laidOutput.Values[r]);
                Assert.True(want == matrix.Output(r), $"y'_{r} is {matrix.Text(matrix.Output(r))}, the reference says {laidOutput.Values[r]}, for {described}");
                var sum = LibraryView.RowTimesInput(matrix, r) + matrix.PaddingTerm(r);
                Assert.True(want == sum, $"(M x' + p + b)_{r} is {matrix.Text(sum)}, the reference says {laidOutput.Values[r]}, for {described}");
            }

            // M column by column: the one-hot input at column j as laid out, through the reference with zeros padding.
            var dense = LibraryView.Dense(matrix);
            for (var j = 0; j < laidInput.Values.Length; j++)
            {
                var oneHot = new Grid<BigInteger>(laidInput.Shape, BigInteger.Zero);
                oneHot.Values[j] = BigInteger.One;
                var canonical = channelsLast ? Transpose(oneHot, ChannelsFirst(rank + 1)) : oneHot;
                var column = ReferenceConvolution.Apply(a, spec, kernel, canonical, bias: null);
                var laidColumn = channelsLast ? Transpose(column, ChannelsLast(rank + 1)) : column;
                for (var r = 0; r < laidColumn.Values.Length; r++)
                    Assert.True(LibraryView.Constant(laidColumn.Values[r]) == dense[r, j],
                        $"M[{r},{j}] is {matrix.Text(dense[r, j])}, the reference says {laidColumn.Values[r]}, for {described}");
            }

            // A transposed layer's C reads the same tensors as laid out: M = Cᵀ still.
            if (spec.Transposed)
            {
                var twin = SymConv.Convolution.ForwardTwin.Of(matrix);
                for (long t = 0; t < twin.Rows; t++)
                {
                    var row = twin.Row(t).ToDictionary(e => e.Column, e => e.Value);
                    for (long c = 0; c < twin.Columns; c++)
                        Assert.True(row.GetValueOrDefault(c, SymConv.Algebra.Polynomial.Zero) == dense[c, t], $"C[{t},{c}] is not M[{c},{t}], for {described}");
                }
            }

            foreach (var feature in new[] { kernelLayout, channelsLast ? "nhwc" : "nchw", spec.Transposed ? "transposed" : "forward",
                         multiplier ? "depth multiplier" : "", paddingValue != 0 ? "padding value" : "", $"{rank}-D" })
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        string[] wanted = [.. ForwardLayouts, "hwim", "nhwc", "nchw", "transposed", "depth multiplier", "padding value", "1-D", "2-D", "3-D"];
        foreach (var feature in wanted)
            Assert.True(counts.GetValueOrDefault(feature) >= 3, $"only {counts.GetValueOrDefault(feature)} layers with {feature}");
    }

    // The axes of PyTorch's weight — forward (o, i, k…), transposed (i, o, k…) — in the order a layout names them.
    private static Grid<BigInteger> LayKernel(Grid<BigInteger> kernel, string layout, bool transposed, int groups)
    {
        var rank = kernel.Shape.Length - 2;
        var (o, i) = transposed ? (1, 0) : (0, 1);
        var spatial = Enumerable.Range(2, rank).ToArray();
        if (layout == "hwim")
        {
            // (k…, 1, C·m) is (k…, C, m) written out: the same entries in the same order.
            var hwio = Transpose(kernel, [.. spatial, i, o]);
            return new Grid<BigInteger>([.. kernel.Shape[2..], groups, kernel.Shape[0] / groups], hwio.Values);
        }
        int[] order = layout switch
        {
            "oihw" => [o, i, .. spatial],
            "iohw" => [i, o, .. spatial],
            "hwio" => [.. spatial, i, o],
            "hwoi" => [.. spatial, o, i],
            "ihwo" => [i, .. spatial, o],
            "ohwi" => [o, .. spatial, i],
            _ => throw new ArgumentException(layout),
        };
        return Transpose(kernel, order);
    }

    private static int[] ChannelsLast(int axes) => [.. Enumerable.Range(1, axes - 1), 0];

    private static int[] ChannelsFirst(int axes) => [axes - 1, .. Enumerable.Range(0, axes - 1)];

    // result[index] = grid[source], source[order[d]] = index[d]: axis d of the result is axis order[d] of the grid.
    private static Grid<BigInteger> Transpose(Grid<BigInteger> grid, int[] order)
    {
        var result = new Grid<BigInteger>([.. order.Select(axis => grid.Shape[axis])], BigInteger.Zero);
        foreach (var index in Grid<BigInteger>.Indices(result.Shape))
        {
            var source = new int[index.Length];
            for (var d = 0; d < index.Length; d++) source[order[d]] = index[d];
            result[index] = grid[source];
        }
        return result;
    }

    private static string Text(Grid<BigInteger> grid)
    {
        var text = new StringBuilder();
        var next = 0;
        Level(0);
        return text.ToString();

        void Level(int axis)
        {
            text.Append('[');
            for (var k = 0; k < grid.Shape[axis]; k++)
            {
                if (k > 0) text.Append(", ");
                if (axis == grid.Shape.Length - 1) text.Append(grid.Values[next++].ToString(CultureInfo.InvariantCulture));
                else Level(axis + 1);
            }
            text.Append(']');
        }
    }
}
