using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// Output sizes and padding amounts against cases worked by hand from PyTorch's documented formulas
///   Conv:          o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1
///   ConvTranspose: o = (i−1)s − 2p + d(k−1) + output_padding + 1
/// and the relations of Dumoulin & Visin, "A guide to convolution arithmetic for deep learning" (2016).
/// The reference's own size rules are checked against the same table.
/// </summary>
public class OutputSizeTests
{
    // i, k, s, p, d, padding word (null: p as given), transposed, output padding → before, after, o
    public static IEnumerable<object?[]> Cases => new object?[][]
    {
        // Dumoulin & Visin relation 1, fig 2.1: 4×4 input, 3×3 kernel, no padding, unit strides → 2×2.
        [4, 3, 1, 0, 1, null, false, 0, 0, 0, 2],
        // Relation 2, fig 2.2: i=5, k=4, s=1, p=2 → (5−4) + 2·2 + 1 = 6.
        [5, 4, 1, 2, 1, null, false, 0, 2, 2, 6],
        // Relation 3 (half padding), fig 2.3: i=5, k=3, p=1 → 5.
        [5, 3, 1, 1, 1, null, false, 0, 1, 1, 5],
        // Relation 4 (full padding), fig 2.4: i=5, k=3, p=2 → i + k − 1 = 7.
        [5, 3, 1, 2, 1, null, false, 0, 2, 2, 7],
        // Relation 5, fig 2.5: i=5, k=3, s=2, p=0 → ⌊(5−3)/2⌋ + 1 = 2.
        [5, 3, 2, 0, 1, null, false, 0, 0, 0, 2],
        // Relation 6, fig 2.6: i=5, k=3, s=2, p=1 → ⌊(5+2−3)/2⌋ + 1 = 3.
        [5, 3, 2, 1, 1, null, false, 0, 1, 1, 3],
        // Fig 2.7: i=6, k=3, s=2, p=1 → ⌊(6+2−3)/2⌋ + 1 = 3 (the floor drops a column).
        [6, 3, 2, 1, 1, null, false, 0, 1, 1, 3],
        // Relation 15, fig 5.1 (dilation): i=7, k=3, d=2 → ⌊(7 − 3 − 2·1)/1⌋ + 1 = 3.
        [7, 3, 1, 0, 2, null, false, 0, 0, 0, 3],
        // PyTorch's 'same': d(k−1) = 3 is odd, so 1 before and the extra pixel after; o = i.
        [5, 4, 1, 0, 1, "same", false, 0, 1, 2, 5],
        // 'same' with dilation 2 and k=3: total 4, 2 each side.
        [6, 3, 1, 0, 2, "same", false, 0, 2, 2, 6],
        // 'valid' is no padding.
        [5, 3, 1, 0, 1, "valid", false, 0, 0, 0, 3],
        // 'full': d(k−1) each side, o = i + d(k−1): 4 + 2·2 = 8.
        [4, 3, 1, 0, 2, "full", false, 0, 4, 4, 8],
        // TensorFlow SAME: o = ⌈5/2⌉ = 3, total max((3−1)·2 + 3 − 5, 0) = 2 → 1 and 1.
        [5, 3, 2, 0, 1, "tf-same", false, 0, 1, 1, 3],
        // TensorFlow SAME: o = ⌈6/2⌉ = 3, total (3−1)·2 + 3 − 6 = 1 → the pixel goes at the end.
        [6, 3, 2, 0, 1, "tf-same", false, 0, 0, 1, 3],
        // TensorFlow SAME with a 1-wide kernel needs no padding: o = ⌈7/3⌉ = 3.
        [7, 1, 3, 0, 1, "tf-same", false, 0, 0, 0, 3],
        // TensorFlow SAME, stride 1, k=4: total 3 → 1 before, 2 after, o = i.
        [4, 4, 1, 0, 1, "tf-same", false, 0, 1, 2, 4],
        // Transposed, relation 8: the transpose of fig 2.1 takes 2 back to 4: (2−1) + 2 + 1 = 4.
        [2, 3, 1, 0, 1, null, true, 0, 0, 0, 4],
        // Relation 9: full padding p = k−1 transposes no padding: i'=6, k=4, p=3 → 5 − 6 + 3 + 1 = 3.
        [6, 4, 1, 3, 1, null, true, 0, 3, 3, 3],
        // Relation 10: half padding is its own transpose: i'=5, k=3, p=1 → 5.
        [5, 3, 1, 1, 1, null, true, 0, 1, 1, 5],
        // Relation 11, fig 4.5: i'=2, k=3, s=2 → s(i'−1) + k = 5.
        [2, 3, 2, 0, 1, null, true, 0, 0, 0, 5],
        // Relation 12, fig 4.6: i'=3, k=3, s=2, p=1 → s(i'−1) + k − 2p = 5.
        [3, 3, 2, 1, 1, null, true, 0, 1, 1, 5],
        // Relation 13, fig 4.7: the same with a = 1 recovers the 6 of fig 2.7: 4 + 1 + 3 − 2 = 6.
        [3, 3, 2, 1, 1, null, true, 1, 1, 1, 6],
        // Transposed dilation: i'=3, k=3, d=2 → 2 + 4 + 1 = 7, back to fig 5.1's input.
        [3, 3, 1, 0, 2, null, true, 0, 0, 0, 7],
        // Output padding may reach the stride when it stays below the dilation: s=1, d=3, a=2 → 2 + 6 + 2 + 1 = 11.
        [3, 3, 1, 0, 3, null, true, 2, 0, 0, 11],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_size_and_padding_follow_the_formulas(
        int i, int k, int s, int p, int d, string? word, bool transposed, int outputPadding, int before, int after, int o)
    {
        var options = new List<(string, string)>
        {
            ("kernel-shape", $"1,1,{k}"), ("input-shape", $"1,{i}"), ("stride", $"{s}"), ("dilation", $"{d}"),
            ("padding", word ?? $"{p}"),
        };
        if (transposed) options.Add(("transposed", ""));
        if (outputPadding != 0) options.Add(("output-padding", $"{outputPadding}"));
        var geometry = Layers.Matrix([.. options]).Geometry;
        Assert.Equal((before, after, o), (geometry.PadBefore[0], geometry.PadAfter[0], geometry.OutputSize[0]));

        var spec = new ReferenceSpec([s], word, [p], "zeros", [d], 1, transposed, [outputPadding], false);
        var plan = ReferenceSizes.Plan(spec, [1, 1, k], [1, i])!;
        Assert.Equal((before, after, o), (plan.PadBefore[0], plan.PadAfter[0], plan.OutputSize[0]));
    }

    [Fact]
    public void Per_dimension_values_apply_to_their_own_dimension()
    {
        // Height: ⌊(5 + 2 − 3)/2⌋ + 1 = 3; width: ⌊(6 + 0 − 3)/1⌋ + 1 = 4.
        var geometry = Layers.Matrix(("kernel-shape", "2,1,3,3"), ("input-shape", "1,5,6"), ("stride", "2,1"), ("padding", "1,0")).Geometry;
        Assert.Equal([2, 3, 4], geometry.OutputShape.Dims);
    }

    [Fact]
    public void A_transposed_layer_takes_the_forward_output_size_back_to_its_input_size()
    {
        // Forward: 7 → ⌊(7 + 2 − 2·2 − 1)/3⌋ + 1 = 2. Transposed: (2−1)·3 − 2 + 4 + 1 = 6, so getting
        // back to 7 takes output padding 1 (Dumoulin & Visin's a = (i + 2p − d(k−1) − 1) mod s = 4 mod 3).
        var forward = Layers.Matrix(("kernel-shape", "1,1,3"), ("input-shape", "1,7"), ("stride", "3"), ("padding", "1"), ("dilation", "2")).Geometry;
        Assert.Equal(2, forward.OutputSize[0]);
        var back = Layers.Matrix(("kernel-shape", "1,1,3"), ("input-shape", "1,2"), ("stride", "3"), ("padding", "1"), ("dilation", "2"),
            ("transposed", ""), ("output-padding", "1")).Geometry;
        Assert.Equal(7, back.OutputSize[0]);
    }
}
