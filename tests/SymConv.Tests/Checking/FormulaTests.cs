using SymConv.Checking;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// Index formulas for M, written out by hand for each kind of layer as a textbook derives them:
/// the right one holds at every entry, a plausible wrong one does not.
/// </summary>
public class FormulaTests
{
    private const string SeedSlip = "M[(u,v,w),(i,j,k)] = K[u,i,v-j,w-k] if 0 <= v-j < P and 0 <= w-k < Q";
    private const string SeedCorrected = "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q";

    [Fact]
    public void The_seed_answers_formula_with_its_sign_slip_fails()
    {
        var result = Check(Seed(), SeedSlip);
        Assert.False(result.Holds);
        Assert.Equal(72, result.EntryCount);
        Assert.Equal(SlipMismatchesByHand(), result.MismatchCount);
        // The first entry it gets wrong: output (0,0,0) reads input (0,0,1) through b; the slip says 0.
        var first = result.Mismatches[0];
        Assert.Equal("M[0,1] at (u,v,w)=(0,0,0), (i,j,k)=(0,0,1)", first.Location);
        Assert.Equal("b", Seed().Text(first.True));
        Assert.True(first.Claimed!.IsZero);
    }

    [Fact]
    public void The_corrected_formula_holds()
    {
        Assert.True(Check(Seed(), SeedCorrected).Holds);
        Assert.True(Check(Seed(), SeedCorrected + ", otherwise 0").Holds);
        Assert.True(Check(Seed(), "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 ≤ j−v < P and 0 ≤ k−w < Q otherwise 0").Holds);
        Assert.True(Check(Seed(), "M[(u,v,w),(i,j,k)] = K_{u,i,j-v,k-w} if 0 <= j-v < P and 0 <= k-w < Q").Holds);
    }

    // The seed's layer by hand: how many of the 72 entries the two formulas disagree on.
    private static int SlipMismatchesByHand()
    {
        var count = 0;
        for (var u = 0; u < 2; u++)
        for (var v = 0; v < 2; v++)
        for (var w = 0; w < 2; w++)
        for (var j = 0; j < 3; j++)
        for (var k = 0; k < 3; k++)
        {
            var right = j - v is >= 0 and < 2 && k - w is >= 0 and < 2 ? (u, j - v, k - w) : ((int, int, int)?)null;
            var slip = v - j is >= 0 and < 2 && w - k is >= 0 and < 2 ? (u, v - j, w - k) : ((int, int, int)?)null;
            if (right != slip) count++;
        }
        return count;
    }

    public static TheoryData<string[], string, string> Layers => new()
    {
        // Stride 2: output v starts reading at input 2v.
        {
            ["kernel-shape=2,2,3,3", "input-shape=2,7,7", "stride=2"],
            "M[(u,v,w),(i,j,k)] = K[u,i,j-2*v,k-2*w] if 0 <= j-2*v < P and 0 <= k-2*w < Q",
            "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q"
        },
        {
            ["kernel-shape=1,1,2,3", "input-shape=1,5,7", "stride=2,3"],
            "M[(u,v,w),(i,j,k)] = K[u,i,j-stride[0]*v,k-stride[1]*w] if 0 <= j-stride[0]*v < P and 0 <= k-stride[1]*w < Q",
            "M[(u,v,w),(i,j,k)] = K[u,i,j-stride[1]*v,k-stride[0]*w] if 0 <= j-stride[1]*v < P and 0 <= k-stride[0]*w < Q"
        },
        // Dilation 2: the kernel's taps sit two inputs apart.
        {
            ["kernel-shape=1,1,2,2", "input-shape=1,5,5", "dilation=2"],
            "M[(u,v,w),(i,j,k)] = K[u,i,(j-v)//2,(k-w)//2] if (j-v) % 2 == 0 and (k-w) % 2 == 0 and 0 <= (j-v)//2 < P and 0 <= (k-w)//2 < Q",
            "M[(u,v,w),(i,j,k)] = K[u,i,(j-v)//2,(k-w)//2] if 0 <= (j-v)//2 < P and 0 <= (k-w)//2 < Q"
        },
        // Zero padding 1: output v reads input v-1+p.
        {
            ["kernel-shape=1,2,3,3", "input-shape=2,4,4", "padding=1"],
            "M[(u,v,w),(i,j,k)] = K[u,i,j-v+1,k-w+1] if 0 <= j-v+1 < P and 0 <= k-w+1 < Q",
            SeedCorrected
        },
        // Transposed, stride 2: input j scatters to outputs 2j..2j+P-1; the kernel is (in, out, P, Q).
        {
            ["kernel-shape=2,3,3,3", "input-shape=2,3,3", "transposed=true", "stride=2"],
            "M[(u,v,w),(i,j,k)] = K[i,u,v-2*j,w-2*k] if 0 <= v-2*j < P and 0 <= w-2*k < Q",
            "M[(u,v,w),(i,j,k)] = K[u,i,v-2*j,w-2*k] if 0 <= v-2*j < P and 0 <= w-2*k < Q"
        },
        {
            ["kernel-shape=1,2,3,3", "input-shape=1,3,3", "transposed=true", "stride=2", "padding=1", "output-padding=1"],
            "M[(u,v,w),(i,j,k)] = K[i,u,v+1-2*j,w+1-2*k] if 0 <= v+1-2*j < P and 0 <= w+1-2*k < Q",
            "M[(u,v,w),(i,j,k)] = K[i,u,v-2*j,w-2*k] if 0 <= v-2*j < P and 0 <= w-2*k < Q"
        },
        // Groups: output channel u reads only the input channels of its group.
        {
            ["kernel-shape=4,1,2,2", "input-shape=2,3,3", "groups=2"],
            "M[(u,v,w),(i,j,k)] = K[u, i - (u // (D//G)) * (C//G), j-v, k-w] if i // (C//G) == u // (D//G) and 0 <= j-v < P and 0 <= k-w < Q",
            "M[(u,v,w),(i,j,k)] = K[u, 0, j-v, k-w] if 0 <= j-v < P and 0 <= k-w < Q"
        },
        // A true convolution flips the kernel.
        {
            ["kernel-shape=2,1,2,2", "input-shape=1,3,3", "flip=true"],
            "M[(u,v,w),(i,j,k)] = K[u,i,P-1-(j-v),Q-1-(k-w)] if 0 <= j-v < P and 0 <= k-w < Q",
            SeedCorrected
        },
        // One and three spatial dimensions: the names run from the last dimension backwards.
        {
            ["kernel-shape=2,1,3", "input-shape=1,6"],
            "M[(u,w),(i,k)] = K[u,i,k-w] if 0 <= k-w < Q and w < W'",
            "M[(u,w),(i,k)] = K[u,i,w-k] if 0 <= w-k < Q"
        },
        {
            ["kernel-shape=1,2,2,2,2", "input-shape=2,3,3,3"],
            "M[(u,z,v,w),(i,t,j,k)] = K[u,i,t-z,j-v,k-w] if 0 <= t-z < R and 0 <= j-v < P and 0 <= k-w < Q",
            "M[(u,z,v,w),(i,t,j,k)] = K[u,i,j-v,t-z,k-w] if 0 <= t-z < R and 0 <= j-v < P and 0 <= k-w < Q"
        },
        // Flat indices, decoded by hand as the seed defines them: s = uH'W' + vW' + w.
        {
            ["kernel-shape=2,1,2,2", "input-shape=1,3,3"],
            "M[s,t] = K[s // (H'*W'), t // (H*W), (t // W) % H - (s // W') % H', t % W - s % W'] if 0 <= (t // W) % H - (s // W') % H' < P and 0 <= t % W - s % W' < Q",
            "M[s,t] = K[s // (H'*W'), t // (H*W), (t // W) % H - (s // W') % H', t % W - s % W'] if 0 <= (t // W) % H - (s // W') % H' < P and 0 <= t % W - s % W' <= Q"
        },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void The_textbook_formula_holds_and_a_plausible_wrong_one_fails(string[] options, string right, string wrong)
    {
        var matrix = Support.Layers.Matrix([.. options.Select(o => (o[..o.IndexOf('=')], o[(o.IndexOf('=') + 1)..]))]);
        var good = Check(matrix, right);
        Assert.True(good.Holds, string.Join("\n", good.Mismatches.Select(m => m.Location + " " + m.Problem)));
        Assert.Equal(matrix.Rows * matrix.Columns, good.EntryCount);
        var bad = Check(matrix, wrong);
        Assert.False(bad.Holds);
        Assert.InRange(bad.MismatchCount, 1, bad.EntryCount);
    }

    [Fact]
    public void Reading_outside_K_in_a_branch_taken_is_a_mismatch_that_says_so()
    {
        var result = Check(Seed(), "M[(u,v,w),(i,j,k)] = K[u,i,j-v-5,k-w] if 0 <= j-v < P and 0 <= k-w < Q");
        Assert.False(result.Holds);
        Assert.Equal(32, result.MismatchCount); // every entry where the condition holds
        Assert.Null(result.Mismatches[0].Claimed);
        Assert.Equal("reads K[0,0,-5,0], outside K, whose shape is 2×1×2×2", result.Mismatches[0].Problem);
    }

    [Fact]
    public void The_answers_literal_s_reads_outside_K_for_rows_past_the_channels()
    {
        // M_{s,t} = K_{s,…}: s is the flat row, so rows 2.. read channels K does not have.
        var result = Check(Seed(), "M[s=(u,v,w),t=(i,j,k)] = K[s,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q");
        Assert.False(result.Holds);
        // Row 1 reads channel 1 for channel 0, rows 2..7 read outside K: 7 rows × 4 taps.
        Assert.Equal(28, result.MismatchCount);
    }

    [Theory]
    [InlineData("M[(u,v,w),(i,j,k)] = 0 if j < v or k < w or j-v >= P or not k-w < Q, K[u,i,j-v,k-w]")]
    [InlineData("M[(u,v,w),(i,j,k)] = 0 if j < v or k < w; 0 if j-v >= P or (k-w >= Q); otherwise K[u,i,j-v,k-w]")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] + 0*K[0,0,0,0] if not (j < v or k < w or j-v > P-1 or k-w > Q-1)")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if v <= j <= v+P-1 and w <= k < w+Q, otherwise 2*0")]
    public void Cases_otherwise_and_logic_read_as_written(string claim) => Assert.True(Check(Seed(), claim).Holds);

    [Theory]
    // Implicit multiplication by a number, single =, mod, ⌊ ⌋, else, 0 otherwise, typographic primes.
    [InlineData("stride=2", "M[(u,v,w),(i,j,k)] = K[u,i,j-2v,k-2w] if 0 <= j-2v < P and 0 <= k-2w < Q else 0",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-2v,k-2w] if 0 <= j-2v <= P and 0 <= k-2w < Q else 0")]
    [InlineData("stride=2", "M[(u,v,w),(i,j,k)] = K[u,i,j-2v,k-2w] if 0 <= j-2v < P and 0 <= k-2w < Q, 0 otherwise",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-2v,k-2w] if 0 <= j-2v < P and 0 <= k-2w < Q, 1 otherwise")]
    [InlineData("padding=1", "M[(u,v,w),(i,j,k)] = K[u,i,j-(v-1),k-(w-1)] if 0 <= j-v+1 < P and 0 <= k+1-w < Q",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-2(v-1),k-(w-1)] if 0 <= j-v+1 < P and 0 <= k+1-w < Q")]
    [InlineData("dilation=2", "M[(u,v,w),(i,j,k)] = K[u,i,⌊(j-v)/2⌋,⌊(k-w)/2⌋] if (j-v) % 2 = 0 and (k-w) mod 2 = 0 and 0 <= j-v < 2P and 0 <= k-w < 2Q",
        "M[(u,v,w),(i,j,k)] = K[u,i,⌊(j-v)/2⌋,⌊(k-w)/2⌋] if 0 <= j-v < 2P and 0 <= k-w < 2Q")]
    [InlineData("dilation=2", "M[(u,v,w),(i,j,k)] = K[u,i,(j-v)//2,(k-w)//2] if (j-v) mod 2 = 0 = (k-w) mod 2 and 0 <= j-v <= 2(P-1) and 0 <= k-w <= 2(Q-1)",
        "M[(u,v,w),(i,j,k)] = K[u,i,(j-v)//2,(k-w)//2] if (j-v) mod 2 = 0 = (k-w) mod 2 and 0 <= j-v <= 2P and 0 <= k-w <= 2(Q-1)")]
    [InlineData("stride=1", "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q and v < H′ and w < W’",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q and v < H′-1 and w < W’")]
    public void Formulas_as_papers_write_them_hold_and_a_changed_one_fails(string option, string right, string wrong)
    {
        var matrix = Support.Layers.Matrix(("kernel-shape", "2,2,3,3"), ("input-shape", "2,7,7"), (option[..option.IndexOf('=')], option[(option.IndexOf('=') + 1)..]));
        var good = Check(matrix, right);
        Assert.True(good.Holds, string.Join("\n", good.Mismatches.Select(m => m.Location + " " + m.Problem)));
        Assert.False(Check(matrix, wrong).Holds);
    }

    [Theory]
    // abs, min, max and (A if C else B), the pieces symconv formula prints for padded layers.
    [InlineData("M[(u,v,w),(i,j,k)] = (K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q else 0)",
        "M[(u,v,w),(i,j,k)] = (K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w <= Q else 0)")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if abs(2(j-v)-1) == 1 and max(k-w, w-k) <= min(k-w, 1)",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if abs(2(j-v)-1) == 1 and max(k-w, w-k) <= min(k-w, 2)")]
    [InlineData("M[(u,v,w),(i,j,k)] = (K[u,i,j-v,k-w] if j-v < P else 0) + 0 if 0 <= j-v < P and 0 <= k-w < Q",
        "M[(u,v,w),(i,j,k)] = (K[u,i,j-v,k-w] if j-v < P else 0) + 1 if 0 <= j-v < P and 0 <= k-w < Q")]
    public void Functions_and_choices_hold_when_true_and_fail_when_false(string right, string wrong)
    {
        Assert.True(Check(Seed(), right).Holds, right);
        Assert.False(Check(Seed(), wrong).Holds, wrong);
    }

    [Theory]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if sqrt(j) == v", "'sqrt' is not a function of the formula language: it has abs(e), min(a, b) and max(a, b)", 40)]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if min(j) == v", "min takes 2 arguments, not 1", 40)]
    public void An_unknown_function_or_a_wrong_count_of_arguments_is_refused(string claim, string message, int column)
    {
        var result = Check(Seed(), claim);
        Assert.Equal(message, result.Unreadable!.Message);
        Assert.Equal(column, result.Unreadable.At!.Column);
    }

    [Theory]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q, otherwise K[0,0,0,0]")]
    [InlineData("M[(u,v,w),(i,j,k)] = -K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q")]
    [InlineData("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q and u == 0")]
    public void A_formula_wrong_in_one_part_fails(string claim) => Assert.False(Check(Seed(), claim).Holds);
}
