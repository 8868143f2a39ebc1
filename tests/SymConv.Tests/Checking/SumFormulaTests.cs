using SymConv.Checking;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// Sums in index formulas, as the forward pass is written by hand: each notation holds when
/// right, and a slip is caught at the entries a plain loop in this file says it gets wrong,
/// with the values the loop computes.
/// </summary>
public class SumFormulaTests
{
    private const string Forward = "y[d,i,j] = sum(K[d,c,p,q] * x[c,i+p,j+q] for c < C, p < P, q < Q)";

    [Theory]
    [InlineData(Forward)]
    [InlineData("y[d,i,j] = sum(K[d,c,p,q]*x[c,i+p,j+q] for c < C for p in range(P) for q in range(0, Q))")]
    [InlineData("y[d,i,j] = sum(K[d,c,p,q]*x[c,i+p,j+q] for 0 <= c < C, p <= P-1, 0 <= q <= Q-1)")]
    [InlineData("y[d,i,j] = Σ_{c,p,q} K[d,c,p,q] * x[c,i+p,j+q]")]
    [InlineData("y[d,i,j] = Σ_{c<C, p<P, q<Q} K[d,c,p,q] * x[c,i+p,j+q]")]
    [InlineData("y[d,i,j] = ∑_{c} Σ_{p=0}^{P-1} \\sum_{q=0}^{1} K_{d,c,p,q} * x_{c,i+p,j+q}")]
    [InlineData("y[d,i,j] = Σ_{c,p,q : 0 <= p} K[d,c,p,q] * x[c,i+p,j+q] + 0")]
    [InlineData("y'[s] = Σ_{p<P, q<Q} K[s // 4,0,p,q] * x[0,(s // 2) % 2 + p,s % 2 + q]")]
    [InlineData("y[s=(d,i,j)] = sum(K[d,0,p,q] * x'[3(i+p) + j+q] for p < P, q < Q)")]
    [InlineData("M[(u,v,w),(i,j,k)] = sum(K[u,i,p,q] for p < P, q < Q if j == v+p and k == w+q)")]
    // Products as papers write them: reads side by side, ·, × and \cdot.
    [InlineData("y[d,i,j] = Σ_{c,p,q} K_{d,c,p,q} x_{c,i+p,j+q}")]
    [InlineData("y[d,i,j] = Σ_{c,p,q} K[d,c,p,q] · x[c,i+p,j+q]")]
    [InlineData("y[d,i,j] = Σ_{c,p,q} K[d,c,p,q] × x[c,i+p,j+q]")]
    [InlineData("y[d,i,j] = Σ_{c,p,q} K[d,c,p,q] \\cdot x[c,i+p,j+q]")]
    [InlineData("y[d,i,j] = sum(K[d,c,p,q] x[c,i+p,j+q] for c < C, p < P, q < Q)")]
    public void A_right_forward_sum_holds(string claim) => Assert.True(Check(Seed(), claim).Holds, claim);

    public static TheoryData<string[], string> Layers => new()
    {
        { ["kernel-shape=2,3,3,2", "input-shape=3,5,6"], Forward },
        { ["kernel-shape=2,3,3,2", "input-shape=3,7,6", "stride=2,1"], "y[d,i,j] = sum(K[d,c,p,q] * x[c,2i+p,j+q] for c < C, p < P, q < Q)" },
        { ["kernel-shape=2,2,3,3", "input-shape=2,4,5", "padding=1"], "y[d,i,j] = sum(K[d,c,p,q] * x[c,i+p-1,j+q-1] for c < C, p < P, q < Q if 0 <= i+p-1 < H and 0 <= j+q-1 < W)" },
        { ["kernel-shape=2,2,2,2", "input-shape=2,5,5", "dilation=2", "bias=auto"], "y[d,i,j] = Σ_{c<C, p<P, q<Q} K[d,c,p,q] * x[c,i+2p,j+2q] + b[d]" },
        { ["kernel-shape=4,1,2,2", "input-shape=2,3,3", "groups=2"], "y[d,i,j] = sum(K[d,c,p,q] * x[(d // 2) + c,i+p,j+q] for c < 1, p < P, q < Q)" },
        { ["kernel-shape=2,2,3", "input-shape=2,6"], "y[d,j] = sum(K[d,c,q] * x[c,j+q] for c < C, q < Q)" },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void The_forward_pass_as_a_sum_holds_for_each_kind_of_layer(string[] options, string claim)
    {
        var matrix = SymConv.Tests.Support.Layers.Matrix([.. options.Select(o => (o.Split('=')[0], o.Split('=')[1]))]);
        var result = Check(matrix, claim);
        Assert.True(result.Holds, string.Join("\n", result.Mismatches.Select(m => m.Location + " " + m.Problem)));
        Assert.Equal(matrix.Geometry.OutputShape.Size, result.EntryCount);
    }

    [Fact]
    public void A_kernel_read_transposed_is_caught_at_the_entries_a_plain_loop_finds()
    {
        // Numbers, so that the loop below can compute both sides: K 2×2×2×3 on x 2×4×5.
        var kernel = Enumerable.Range(0, 24).Select(n => n * 7 % 11 - 5).ToArray();
        var input = Enumerable.Range(0, 40).Select(n => n * 3 % 13 - 6).ToArray();
        var matrix = SymConv.Tests.Support.Layers.Matrix(("kernel", Nested(kernel, [2, 2, 2, 3])), ("input", Nested(input, [2, 4, 5])));
        // The slip: p and q swapped in x (the window read sideways), with q kept below P.
        var result = Check(matrix, "y[d,i,j] = sum(K[d,c,p,q] * x[c,i+q%2,j+p] for c < C, p < P, q < Q)");

        int K(int d, int c, int p, int q) => kernel[((d * 2 + c) * 2 + p) * 3 + q];
        int X(int c, int i, int j) => input[(c * 4 + i) * 5 + j];
        var differing = new List<(string Location, int True, int Claimed)>();
        for (var d = 0; d < 2; d++)
        for (var i = 0; i < 3; i++)
        for (var j = 0; j < 3; j++)
        {
            int truth = 0, claimed = 0;
            for (var c = 0; c < 2; c++)
            for (var p = 0; p < 2; p++)
            for (var q = 0; q < 3; q++)
            {
                truth += K(d, c, p, q) * X(c, i + p, j + q);
                claimed += K(d, c, p, q) * X(c, i + q % 2, j + p);
            }
            if (truth != claimed) differing.Add(($"y[{d},{i},{j}] at (d,i,j)=({d},{i},{j})", truth, claimed));
        }
        Assert.False(result.Holds);
        Assert.Equal(differing.Count, result.MismatchCount);
        Assert.Equal(18, result.EntryCount);
        Assert.Equal(differing.Take(5).Select(m => (m.Location, m.True.ToString(), m.Claimed.ToString())),
            result.Mismatches.Select(m => (m.Location, matrix.Text(m.True), matrix.Text(m.Claimed!))));
    }

    [Fact]
    public void A_read_outside_a_tensor_that_no_condition_guards_is_a_mismatch_that_says_so()
    {
        // Padding 1 without the condition: the corner reads x[0,-1,-1].
        var matrix = SymConv.Tests.Support.Layers.Matrix(("kernel-shape", "1,1,3,3"), ("input-shape", "1,3,3"), ("padding", "1"));
        var result = Check(matrix, "y[d,i,j] = sum(K[d,c,p,q] * x[c,i+p-1,j+q-1] for c < C, p < P, q < Q)");
        Assert.False(result.Holds);
        Assert.Equal(8, result.MismatchCount);
        Assert.Equal("y[0,0,0] at (d,i,j)=(0,0,0)", result.Mismatches[0].Location);
        Assert.Null(result.Mismatches[0].Claimed);
        Assert.Equal("reads x[0,-1,-1], outside x, whose shape is 1×3×3", result.Mismatches[0].Problem);
    }

    [Theory]
    [InlineData("y[d,i,j] = sum(K[d,c,p,q] for c)", "the sum's index c needs a range: for c < N, for A <= c < B or for c in range(A, B) (only Σ_{c} takes it from the dimension c indexes)", 31)]
    [InlineData("y[d,i,j] = sum(K[d,c,p,q] for c == 1)", "a sum's index runs as v < E, v <= E, A <= v < B or v in range(A, B), such as sum(g[u,v,w] * x[i,v+p,w+q] for v < H', w < W')", 31)]
    [InlineData("y[d,i,j] = sum(K[d,0,p,0] for p in rng(2))", "a sum's index runs as v < E, v <= E, A <= v < B or v in range(A, B), such as sum(g[u,v,w] * x[i,v+p,w+q] for v < H', w < W')", 36)]
    [InlineData("y[d,i,j] = Σ_{p=0} K[d,0,p,0]", "Σ_{v=A}^{B} runs one index from A to B, both included: write the start in the braces and the end after ^, such as Σ_{v=0}^{H'-1}", 15)]
    [InlineData("y[d,i,j] = Σ_{v} 1", "the range of v is not written, and v indexes no tensor on its own (as in g[u,v,w]) to take it from: write Σ_{v<N} or sum(… for v < N)", 15)]
    [InlineData("y[d,i,j] = Σ_{v} K[0,0,v,0] * x[0,v,0]", "the range of v is not written, and it indexes dimension 3 of K (size 2) and dimension 2 of x (size 3): write Σ_{v<2} or the range you mean", 15)]
    [InlineData("y[d,i,j] = sum(K[d,0,i,0] for i < 2)", "the index name 'i' is already an index name in this claim; choose another name", 31)]
    [InlineData("y[d,i,j] = sum(K[d,0,0,0] for P < 2)", "the index name 'P' is already a size of the layer; choose another name", 31)]
    [InlineData("y[d,i,j] = sum(K[d,0,p,0] for p < 2", "unexpected end of text; expected an operator or a comparison (< <= > >= == = !=) or 'in' or ',' or 'for' or 'if' or ')'", 36)]
    [InlineData("y[d,i,j] = sum(K[d,0,p,0] for p < 2 if)", "unexpected ')'; expected 'not' or a number, a name, '(' or '⌊'", 39)]
    [InlineData("y[d,i,j] = Σ_{c,p,q} K[d,c,p,q] c", "unexpected 'c'; expected an operator or 'if' or 'otherwise' or ',' or ';' and another case or 'else' or the end of the formula", 33)]
    [InlineData("y[d,i,j] = sum(K[d,0,p,0] p < 2)", "unexpected 'p'; expected an operator or 'for' or ',' or ')'", 27)]
    [InlineData("y[d,i,j] = Σ_{p<P} K[d,0,p,0] + db[d]", "the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add bias", 33)]
    public void A_sum_that_cannot_be_read_is_refused_with_a_caret(string claim, string message, int column)
    {
        var result = Check(Seed(), claim);
        var error = Assert.IsType<InputException>(result.Unreadable);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.At!.Column);
    }

    [Fact]
    public void A_sum_over_a_large_layer_is_refused_before_any_entry_is_evaluated()
    {
        // 198×198 outputs, each a sum of 200×200 terms: 1.6 billion terms.
        var matrix = SymConv.Tests.Support.Layers.Matrix(("kernel-shape", "1,1,3,3"), ("input-shape", "1,200,200"));
        var refused = Assert.Throws<InputException>(() => ClaimChecker.Check(matrix, [ClaimSource.Of("--claim", "y[d,i,j] = sum(x[0,v,w] for v < H, w < W)")]));
        Assert.Equal("checking this formula evaluates it at every entry of y (39,204 entries), its sums adding 40,000 terms to each: more than the 20,000,000 evaluations' work a run may do; bound its sums' ranges by the index (for j-P < v <= j), or check on a smaller layer with the same options", refused.Message);
    }

    [Fact]
    public void A_sum_whose_range_depends_on_an_index_is_counted_as_it_runs()
    {
        // The range v <= i*1000 cannot be weighed beforehand; the meter stops it at its bound.
        var layer = new ClaimLayer(Seed(), sumTerms: 1_000);
        var refused = Assert.Throws<InputException>(() => ClaimChecker.Check(layer, [ClaimSource.Of("--claim", "y[d,i,j] = sum(0 for v <= i*1000)")]));
        Assert.Equal("the formulas' sums ran past 1,000 terms, the work a run may do; check them on a smaller layer with the same options", refused.Message);
        Assert.True(ClaimChecker.Check(new ClaimLayer(Seed(), sumTerms: 1_000), [ClaimSource.Of("--claim", "y[d,i,j] = y[d,i,j] + sum(0 for v <= i*10)")])[0].Holds);
    }

    // A flat list as the text notation's nested brackets.
    private static string Nested(int[] values, int[] shape)
    {
        string Level(int depth, int offset)
        {
            if (depth == shape.Length - 1) return "[" + string.Join(' ', values.Skip(offset).Take(shape[depth])) + "]";
            var stride = shape.Skip(depth + 1).Aggregate(1, (a, b) => a * b);
            return "[" + string.Join(' ', Enumerable.Range(0, shape[depth]).Select(k => Level(depth + 1, offset + k * stride))) + "]";
        }
        return Level(0, 0);
    }
}
