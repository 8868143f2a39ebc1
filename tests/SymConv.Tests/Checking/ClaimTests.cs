using SymConv.Checking;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// Every form of claim, true and false, against the seed example. The true claims are copied
/// from the seed's answer, not from our output; the false ones change one thing in them.
/// </summary>
public class ClaimTests
{
    [Theory]
    [InlineData("y'[3] = 5a+6b+8c+9d")]
    [InlineData("y'[0] = a + 2b + 4c + 5d")]
    [InlineData("y[1,1,0] = 4e+5f+7g+8h")]
    [InlineData("M[0,3] = c")]
    [InlineData("M[0,2] = 0")]
    [InlineData("M[(0,1,1),(0,2,2)] = d")]
    [InlineData("x'[4] = 5")]
    [InlineData("x[0,2,1] = 8")]
    [InlineData("K[1,0,1,0] = g")]
    [InlineData("M[0,:] = [a b 0|c d 0|0 0 0]")]
    [InlineData("M[5,:] = [0, e, f, 0, g, h, 0, 0, 0]")]
    [InlineData("M[(1,1,0),:] = [0 0 0 e f 0 g h 0]")]
    [InlineData("x' = [1 2 3|4 5 6|7 8 9]")]
    [InlineData("x = [[[1 2 3] [4 5 6] [7 8 9]]]")]
    [InlineData("K = [[[[a b] [c d]]] [[[e f] [g h]]]]")]
    [InlineData("y' = [1a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, 1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+8g+9h]")]
    [InlineData("y = [[[1a+2b+4c+5d, 2a+3b+5c+6d] [4a+5b+7c+8d, 5a+6b+8c+9d]] [[1e+2f+4g+5h, 2e+3f+5g+6h] [4e+5f+7g+8h, 5e+6f+8g+9h]]]")]
    [InlineData("M = [[a b 0|c d 0|0 0 0] [0 a b|0 c d|0 0 0] [0 0 0|a b 0|c d 0] [0 0 0|0 a b|0 c d] [e f 0|g h 0|0 0 0] [0 e f|0 g h|0 0 0] [0 0 0|e f 0|g h 0] [0 0 0|0 e f|0 g h]]")]
    public void A_claim_from_the_seed_answer_holds(string claim)
    {
        var result = Check(Seed(), claim);
        Assert.True(result.Holds, claim);
        Assert.Equal(0, result.MismatchCount);
    }

    [Theory]
    [InlineData("y'[3] = 5a+6b+8c+8d", "5a+6b+8c+9d", "5a+6b+8c+8d", "d")]
    [InlineData("y[1,1,0] = 4e+5f+7g+8h+1", "4e+5f+7g+8h", "4e+5f+7g+8h+1", "-1")]
    [InlineData("M[0,3] = d", "c", "d", "c-d")]
    [InlineData("M[0,2] = b", "0", "b", "-b")]
    [InlineData("x'[4] = 4", "5", "4", "1")]
    [InlineData("K[1,0,1,0] = 2g", "g", "2g", "-g")]
    public void A_wrong_entry_shows_the_true_value_the_claim_and_their_difference(string claim, string truth, string claimed, string difference)
    {
        var matrix = Seed();
        var result = Check(matrix, claim);
        Assert.False(result.Holds);
        Assert.Equal(truth, Support.Layers.Text(matrix, result.True!));
        Assert.Equal(claimed, Support.Layers.Text(matrix, result.Claimed!));
        Assert.Equal(difference, Support.Layers.Text(matrix, result.True! - result.Claimed!));
    }

    [Fact]
    public void A_wrong_row_lists_the_entries_that_differ()
    {
        // Row 1 of M is the seed's second row: [0 a b|0 c d|0 0 0]; this claims the first.
        var matrix = Seed();
        var result = Check(matrix, "M[1,:] = [a b 0|c d 0|0 0 0]");
        Assert.False(result.Holds);
        Assert.Equal(6, result.MismatchCount);
        Assert.Equal(9, result.EntryCount);
        Assert.Equal(["M[1,0]", "M[1,1]", "M[1,2]", "M[1,3]", "M[1,4]"], result.Mismatches.Select(m => m.Location));
        Assert.Equal("a", Support.Layers.Text(matrix, result.Mismatches[1].True));
        Assert.Equal("b", Support.Layers.Text(matrix, result.Mismatches[1].Claimed!));
    }

    [Fact]
    public void A_wrong_whole_output_counts_every_differing_entry()
    {
        // Two slips: y'[1] with 7c for 5c, and y'[7] with the last two terms swapped in value.
        var result = Check(Seed(), "y' = [1a+2b+4c+5d, 2a+3b+7c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, 1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+9g+8h]");
        Assert.False(result.Holds);
        Assert.Equal(2, result.MismatchCount);
        Assert.Equal(["y'[1]", "y'[7]"], result.Mismatches.Select(m => m.Location));
    }

    [Fact]
    public void A_whole_tensor_of_the_wrong_shape_fails_with_both_shapes()
    {
        var result = Check(Seed(), "M = [[a b 0 c d 0 0 0] [0 a b 0 c d 0 0]]");
        Assert.False(result.Holds);
        Assert.Equal("the claim has shape 2×8, but M has shape 8×9", result.Note);
    }

    [Fact]
    public void A_wrong_entry_of_y_by_multi_index_fails()
    {
        Assert.False(Check(Seed(), "y[1,1,0] = 5e+6f+8g+9h").Holds);
        Assert.True(Check(Seed(), "y[1,1,1] = 5e+6f+8g+9h").Holds);
    }

    [Fact]
    public void A_bias_claim_checks_the_bias()
    {
        var matrix = Support.Layers.Matrix(("kernel-shape", "2,1,2,2"), ("input-shape", "1,3,3"), ("bias", "auto"));
        Assert.True(Check(matrix, "b[1] = b_1").Holds);
        // The lettered kernel skips b, the bias's word: a c d e, f g h i.
        Assert.True(Check(matrix, "y'[0] = a*x_{0,0,0} + c*x_{0,0,1} + d*x_{0,1,0} + e*x_{0,1,1} + b_0").Holds);
        Assert.False(Check(matrix, "y'[0] = a*x_{0,0,0} + c*x_{0,0,1} + d*x_{0,1,0} + e*x_{0,1,1}").Holds);
    }

    [Fact]
    public void Claims_on_a_symbolic_input_compare_polynomials_not_text()
    {
        var matrix = Support.Layers.Matrix(("kernel", "[[[[1 -1]]]]"), ("input", "[[[a b c]]]"));
        Assert.True(Check(matrix, "y'[1] = -(c - b)").Holds);
        Assert.True(Check(matrix, "y = [[[a-b, b-c]]]").Holds);
        Assert.False(Check(matrix, "y'[1] = c - b").Holds);
    }
}
