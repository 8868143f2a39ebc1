using SymConv.Checking;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// Claims as people write them — SymConv's own neuron line, LaTeX products, subscripted and
/// primed indices, slices — each beside the same notation with one value changed, which fails.
/// The values are the seed's answer (y'[3] = 5a+6b+8c+9d, row 1 of M = [0 a b|0 c d|0 0 0]).
/// </summary>
public class NotationTests
{
    [Theory]
    // The neuron view's value line, and the other ways notes write a product.
    [InlineData("y'[3] = a·5 + b·6 + c·8 + d·9", "y'[3] = a·5 + b·6 + c·8 + d·8")]
    [InlineData("y'[3] = a×5 + b×6 + c×8 + d×9", "y'[3] = a×5 + b×6 + c×8 + d×8")]
    [InlineData("y'[3] = 5 \\cdot a + 6 \\cdot b + 8\\cdot c + 9\\cdot d", "y'[3] = 5 \\cdot a + 6 \\cdot b + 8\\cdot c + 8\\cdot d")]
    [InlineData("y'[3] = 5 a + 6 b + 8 c + 9 d", "y'[3] = 5 a + 6 b + 8 c + 8 d")]
    [InlineData("y'[3] = a 5 + b 6 + c 8 + d 9", "y'[3] = a 5 + b 6 + c 8 + d 8")]
    [InlineData("y'[3] = 5a − 6b + 12b + 8c + 9d", "y'[3] = 5a − 6b + 8c + 9d")]
    // Indices as papers write them, and primes in their typographic spellings.
    [InlineData("y'_3 = 5a+6b+8c+9d", "y'_3 = 5a+6b+8c+8d")]
    [InlineData("y'_{3} = 5a+6b+8c+9d", "y'_{3} = 5a+6b+8c+8d")]
    [InlineData("y′[3] = 5a+6b+8c+9d", "y′[3] = 5a+6b+8c+8d")]
    [InlineData("y’_{3} = 5a+6b+8c+9d", "y’_{3} = 5a+6b+8c+8d")]
    [InlineData("y[0][1][1] = 5a+6b+8c+9d", "y[0][1][0] = 5a+6b+8c+9d")]
    [InlineData("y_{0,1,1} = 5a+6b+8c+9d", "y_{0,1,1} = 5a+6b+8c+9c")]
    [InlineData("M_{0,3} = c", "M_{0,3} = d")]
    [InlineData("M[0][3] = c", "M[0][4] = c")]
    [InlineData("x'_3 = 4", "x'_3 = 3")]
    [InlineData("x′_{4} = 5", "x′_{4} = 4")]
    // Slices: a run of a row of M, a row written with :, a run of y'.
    [InlineData("M[1,0:9] = [0 a b|0 c d|0 0 0]", "M[1,0:9] = [a b 0|c d 0|0 0 0]")]
    [InlineData("M[1,:] = [0 a b|0 c d|0 0 0]", "M[1,:] = [0 a b|0 c d|0 0 a]")]
    [InlineData("M[1,1:3] = [a b]", "M[1,1:3] = [b a]")]
    [InlineData("M[1,4:] = [c d 0 0 0]", "M[1,4:] = [c d 0 0 d]")]
    [InlineData("M[1,:3] = [0 a b]", "M[1,:3] = [0 a 0]")]
    [InlineData("y'[2:4] = [4a+5b+7c+8d, 5a+6b+8c+9d]", "y'[2:4] = [4a+5b+7c+8d, 5a+6b+8c+8d]")]
    [InlineData("x'[0:3] = [1 2 3]", "x'[0:3] = [1 2 4]")]
    public void A_notation_holds_when_true_and_fails_when_false(string right, string wrong)
    {
        Assert.True(Check(Seed(), right).Holds, right);
        Assert.False(Check(Seed(), wrong).Holds, wrong);
    }

    [Fact]
    public void LaTeX_products_of_weights_and_inputs_are_read_as_products()
    {
        var matrix = Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input-shape", "1,3,3"));
        Assert.True(Check(matrix, "y'[0] = a x_{0,0,0} + b x_{0,0,1} + c x_{0,1,0} + d x_{0,1,1}").Holds);
        Assert.True(Check(matrix, "y'[0] = a \\cdot x_{0,0,0} + b·x_{0,0,1} + c × x_{0,1,0} + d x_{0,1,1}").Holds);
        Assert.False(Check(matrix, "y'[0] = a x_{0,0,0} + b x_{0,0,1} + c x_{0,1,0} + d x_{0,1,2}").Holds);
    }

    [Fact]
    public void A_misnamed_symbol_is_explained_with_the_layers_symbols_and_the_nearest()
    {
        var matrix = Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input-shape", "1,3,3"));
        var result = Check(matrix, "y'[0] = a x_{0,0,0} + b x_{0,1} + c x_{0,1,0} + d x_{0,1,1}");
        Assert.False(result.Holds);
        Assert.Equal(
            [
                "x_{0,1} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,2,2} (did you mean x_{0,0,1}?)",
                "with x_{0,0,1} for x_{0,1} the claim holds: it fails only by this naming slip",
            ],
            result.Notices);
        // A slip that is not the only fault: the explanation, but no promise that mending it helps.
        var also = Check(matrix, "y'[0] = a x_2");
        Assert.Equal(["x_2 is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,2,2} (did you mean x_{0,0,2}?)"], also.Notices);
    }

    [Fact]
    public void Symbols_run_together_are_told_to_be_a_product()
    {
        var matrix = Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input-shape", "1,3,3"));
        var result = Check(matrix, "y'[0] = ax_{0,0,0} + b x_{0,0,1} + c x_{0,1,0} + d x_{0,1,1}");
        Assert.Equal(
            [
                "ax_{0,0,0} is read as one symbol, which this layer does not have; a x_{0,0,0} or a*x_{0,0,0} is a product",
                "with a*x_{0,0,0} for ax_{0,0,0} the claim holds: it fails only by this naming slip",
            ],
            result.Notices);
        Assert.Equal(["cd is read as one symbol, which this layer does not have; c d or c*d is a product"], Check(Seed(), "y'[0] = 1a+2b+4cd").Notices);
    }

    [Fact]
    public void A_symbol_of_no_kind_the_layer_has_lists_all_its_kinds()
    {
        Assert.Equal(["i is not a symbol of this layer; its kernel weights are a … h"], Check(Seed(), "y'[3] = 5a+6b+8c+9i").Notices);
        var numeric = Layers.Matrix(("kernel", "[[[[1 2]]]]"), ("input", "[[[1 2 3]]]"));
        Assert.Equal(["z is not a symbol of this layer; it has none: all its entries are numbers"], Check(numeric, "y'[0] = z").Notices);
        // A claim that names only the layer's symbols gets no notice, right or wrong.
        Assert.Empty(Check(Seed(), "y'[3] = 5a+6b+8c+8d").Notices);
    }

    [Fact]
    public void A_misnamed_symbol_of_a_large_generated_input_is_explained_from_its_shape()
    {
        // 1×20×20 inputs are more than are listed one by one: the range and the nearest come
        // from the family's shape and the subscript.
        var matrix = Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input-shape", "1,20,20"));
        var result = Check(matrix, "y'[0] = a x_{0,0,0} + b x_{0,1} + c x_{0,1,0} + d x_{0,1,1}");
        Assert.Equal(
            [
                "x_{0,1} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,19,19} (did you mean x_{0,0,1}?)",
                "with x_{0,0,1} for x_{0,1} the claim holds: it fails only by this naming slip",
            ],
            result.Notices);
        // One index out of range: the first input that differs only there, where it is 0.
        Assert.Equal(["x_{0,25,3} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,19,19} (did you mean x_{0,0,3}?)"],
            Check(matrix, "y'[0] = x_{0,25,3}").Notices);
        // Two out of range: nothing is near enough to suggest.
        Assert.Equal(["x_{1,25,3} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,19,19}"],
            Check(matrix, "y'[0] = x_{1,25,3}").Notices);
        Assert.Equal(["x_{0,019,3} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,19,19} (did you mean x_{0,0,3}?)"],
            Check(matrix, "y'[0] = x_{0,019,3}").Notices);
    }

    [Fact]
    public void Many_misnamed_symbols_are_told_five_and_counted()
    {
        var matrix = Layers.Matrix(("kernel-shape", "1,1,1,1"), ("input-shape", "1,3,3"));
        var result = Check(matrix, "y'[0] = a x_{0,0,0} + z_1 + z_2 + z_3 + z_4 + z_5 + z_6 + z_7");
        Assert.Equal(6, result.Notices.Count);
        Assert.StartsWith("z_5 is not a symbol of this layer", result.Notices[4]);
        Assert.Equal("… and 2 more symbols this layer does not have", result.Notices[5]);
    }

    [Fact]
    public void The_slip_notice_comes_before_the_cross()
    {
        var outcome = CliRunner.Run("check", "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3", "--claim", "y'[0] = a x_{0,0,0} + b x_{0,1} + c x_{0,1,0} + d x_{0,1,1}");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(
            "\n\nnote: x_{0,1} is not a symbol of this layer; its inputs are x_{0,0,0} … x_{0,2,2} (did you mean x_{0,0,1}?)\n" +
            "note: with x_{0,0,1} for x_{0,1} the claim holds: it fails only by this naming slip\n" +
            "✗ y'[0] = ",
            outcome.Stdout);
    }

    [Fact]
    public void Unknown_symbols_in_one_claim_do_not_become_known_to_the_next()
    {
        var results = ClaimChecker.Check(Seed(), [ClaimSource.Of("--claim", "y'[3] = 5a+6b+8c+9i"), ClaimSource.Of("--claim", "y'[3] = 5a+6b+8c+9i")]);
        Assert.All(results, r => Assert.Single(r.Notices));
    }
}
