using SymConv.Algebra;
using SymConv.Checking;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// Claims on the backward pass — g, dx, dK, db — as a hand derivation writes them. The truth and
/// the claimed values of every entry come from plain loops in this file (the convolution's
/// definition, differentiated by hand, under the layer's fresh upstream symbols g_{d,i,j}); a
/// wrong derivation must be caught at exactly the entries the loops say differ, with their values.
/// </summary>
public class GradientClaimTests
{
    // Layer A: K 2×2×2×3 on x 2×5×6, stride (2,1), padding 1, a bias; y is 2×3×6.
    private static readonly int[] KernelA = [.. Enumerable.Range(0, 24).Select(n => n * 5 % 9 - 4)];
    private static readonly int[] InputA = [.. Enumerable.Range(0, 60).Select(n => n * 7 % 11 - 5)];
    private static readonly int[] BiasA = [3, -2];

    private static ConvolutionMatrix LayerA() => Layers.Matrix(
        ("kernel", Nested(KernelA, [2, 2, 2, 3])), ("input", Nested(InputA, [2, 5, 6])), ("bias", "[3 -2]"),
        ("stride", "2,1"), ("padding", "1"));

    private static int KA(int u, int i, int p, int q) => KernelA[((u * 2 + i) * 2 + p) * 3 + q];

    // x read with zero padding, as the convolution's definition reads it.
    private static int XA(int c, int h, int w) => h is >= 0 and < 5 && w is >= 0 and < 6 ? InputA[(c * 5 + h) * 6 + w] : 0;

    private static Polynomial Number(long n) => Polynomial.Constant(Rational.Of(n));

    // y[u,v,w] = Σ K[u,i,p,q] x[i, 2v+p-1, w+q-1] + b[u], so for L = Σ g·y, by hand:
    private static Polynomial TrueGradKernel(Tensor<Polynomial> g, int u, int i, int p, int q)
    {
        var sum = Polynomial.Zero;
        for (var v = 0; v < 3; v++)
        for (var w = 0; w < 6; w++)
            sum += Number(XA(i, 2 * v + p - 1, w + q - 1)) * G(g, u, v, w);
        return sum;
    }

    private static Polynomial TrueGradInput(Tensor<Polynomial> g, int i, int j, int k)
    {
        var sum = Polynomial.Zero;
        for (var u = 0; u < 2; u++)
        for (var v = 0; v < 3; v++)
        for (var w = 0; w < 6; w++)
        for (var p = 0; p < 2; p++)
        for (var q = 0; q < 3; q++)
            if (2 * v + p - 1 == j && w + q - 1 == k) sum += Number(KA(u, i, p, q)) * G(g, u, v, w);
        return sum;
    }

    private static Polynomial TrueGradBias(Tensor<Polynomial> g, int u)
    {
        var sum = Polynomial.Zero;
        for (var v = 0; v < 3; v++)
        for (var w = 0; w < 6; w++)
            sum += G(g, u, v, w);
        return sum;
    }

    private static Polynomial G(Tensor<Polynomial> g, int u, int v, int w) => g[(u * 3 + v) * 6 + w];

    [Theory]
    [InlineData("dK[u,i,p,q] = sum(g[u,v,w] * x[i,2v+p-1,w+q-1] for v < H', w < W' if 0 <= 2v+p-1 < H and 0 <= w+q-1 < W)")]
    [InlineData("dK[u,i,p,q] = Σ_{v<H', w<W' : 0 <= 2v+p-1 < H and 0 <= w+q-1 < W} g[u,v,w] * x[i,2v+p-1,w+q-1]")]
    [InlineData("dx[i,j,k] = sum(K[u,i,p,q] * g[u,v,w] for u < D, v < H', w < W', p < P, q < Q if 2v+p-1 == j and w+q-1 == k)")]
    [InlineData("dx[i,j,k] = sum(K[u,i,j+1-2v,k+1-w] * g[u,v,w] for u < D, v < H', w < W' if 0 <= j+1-2v < P and 0 <= k+1-w < Q)")]
    [InlineData("dx'[t] = sum(K[u,t // 30,p,q] * g[u,v,w] for u < D, v < H', w < W', p < P, q < Q if 2v+p-1 == (t // 6) % 5 and w+q-1 == t % 6)")]
    [InlineData("db[u] = Σ_{v,w} g[u,v,w]")]
    [InlineData("db[u] = sum(g[u,v,w] for v < H', w < W')")]
    [InlineData("g[u,v,w] = g[u,v,w] + 0*y[u,v,w]")]
    public void A_right_derivation_holds(string claim)
    {
        var result = Check(LayerA(), claim);
        Assert.True(result.Holds, string.Join("\n", result.Mismatches.Select(m => m.Location + " " + m.Problem)));
    }

    [Fact]
    public void The_plain_loops_agree_with_the_backward_pass_the_claims_are_checked_against()
    {
        var matrix = LayerA();
        var gradient = LayerGradient.Of(matrix);
        var g = gradient.Upstream;
        for (var u = 0; u < 2; u++)
        {
            Assert.Equal(TrueGradBias(g, u), gradient.GradBias![u]);
            for (var i = 0; i < 2; i++)
            for (var p = 0; p < 2; p++)
            for (var q = 0; q < 3; q++)
                Assert.Equal(TrueGradKernel(g, u, i, p, q), gradient.GradKernel[((u * 2 + i) * 2 + p) * 3 + q]);
        }
        for (var i = 0; i < 2; i++)
        for (var j = 0; j < 5; j++)
        for (var k = 0; k < 6; k++)
            Assert.Equal(TrueGradInput(g, i, j, k), gradient.GradInput[(i * 5 + j) * 6 + k]);
    }

    [Fact]
    public void A_kernel_gradient_that_forgets_the_stride_is_caught_where_the_loops_differ()
    {
        var matrix = LayerA();
        var g = UpstreamSymbols.Of(matrix);
        var result = Check(matrix, "dK[u,i,p,q] = sum(g[u,v,w] * x[i,v+p-1,w+q-1] for v < H', w < W' if 0 <= v+p-1 < H and 0 <= w+q-1 < W)");
        Polynomial Claimed(int u, int i, int p, int q)
        {
            var sum = Polynomial.Zero;
            for (var v = 0; v < 3; v++)
            for (var w = 0; w < 6; w++)
                sum += Number(XA(i, v + p - 1, w + q - 1)) * G(g, u, v, w);
            return sum;
        }
        AssertCaught(result, "dK", "(u,i,p,q)", [2, 2, 2, 3], n => TrueGradKernel(g, n[0], n[1], n[2], n[3]), n => Claimed(n[0], n[1], n[2], n[3]));
    }

    [Fact]
    public void An_input_gradient_that_forgets_the_padding_is_caught_where_the_loops_differ()
    {
        var matrix = LayerA();
        var g = UpstreamSymbols.Of(matrix);
        var result = Check(matrix, "dx[i,j,k] = sum(K[u,i,j-2v,k-w] * g[u,v,w] for u < D, v < H', w < W' if 0 <= j-2v < P and 0 <= k-w < Q)");
        Polynomial Claimed(int i, int j, int k)
        {
            var sum = Polynomial.Zero;
            for (var u = 0; u < 2; u++)
            for (var v = 0; v < 3; v++)
            for (var w = 0; w < 6; w++)
                if (j - 2 * v is >= 0 and < 2 && k - w is >= 0 and < 3) sum += Number(KA(u, i, j - 2 * v, k - w)) * G(g, u, v, w);
            return sum;
        }
        AssertCaught(result, "dx", "(i,j,k)", [2, 5, 6], n => TrueGradInput(g, n[0], n[1], n[2]), n => Claimed(n[0], n[1], n[2]));
    }

    [Fact]
    public void A_bias_gradient_that_sums_one_column_is_caught()
    {
        var matrix = LayerA();
        var g = UpstreamSymbols.Of(matrix);
        var result = Check(matrix, "db[u] = Σ_{v<H'} g[u,v,0]");
        AssertCaught(result, "db", "u", [2], n => TrueGradBias(g, n[0]), n => G(g, n[0], 0, 0) + G(g, n[0], 1, 0) + G(g, n[0], 2, 0));
    }

    [Theory]
    // The seed: dK[0,0,1,1] reads x at (1,1), (1,2), (2,1), (2,2) under g_{0,·,·}.
    [InlineData("dK[0,0,1,1] = 5g_{0,0,0}+6g_{0,0,1}+8g_{0,1,0}+9g_{0,1,1}", true)]
    [InlineData("dK[(0,0,1,1)] = 5g_{0,0,0}+6g_{0,0,1}+8g_{0,1,0}+9g_{0,1,1}", false)]
    [InlineData("dK[0,0,1,1] = 5g_{0,0,0}+6g_{0,0,1}+8g_{0,1,0}+8g_{0,1,1}", false)]
    [InlineData("dx[0,1,1] = a g_{0,1,1} + b g_{0,1,0} + c g_{0,0,1} + d g_{0,0,0} + e g_{1,1,1} + f g_{1,1,0} + g g_{1,0,1} + h g_{1,0,0}", true)]
    [InlineData("dx'[4] = a g_{0,1,1} + b g_{0,1,0} + c g_{0,0,1} + d g_{0,0,0} + e g_{1,1,1} + f g_{1,1,0} + g g_{1,0,1} + h g_{1,0,0}", true)]
    [InlineData("dx[0,0,0] = a g_{0,0,0} + e g_{1,0,0}", true)]
    [InlineData("g[1,0,1] = g_{1,0,1}", true)]
    [InlineData("g = [[[g_{0,0,0} g_{0,0,1}] [g_{0,1,0} g_{0,1,1}]] [[g_{1,0,0} g_{1,0,1}] [g_{1,1,0} g_{1,1,1}]]]", true)]
    [InlineData("dK = [[[[1g_{0,0,0}+2g_{0,0,1}+4g_{0,1,0}+5g_{0,1,1} 2g_{0,0,0}+3g_{0,0,1}+5g_{0,1,0}+6g_{0,1,1}] [4g_{0,0,0}+5g_{0,0,1}+7g_{0,1,0}+8g_{0,1,1} 5g_{0,0,0}+6g_{0,0,1}+8g_{0,1,0}+9g_{0,1,1}]]] [[[1g_{1,0,0}+2g_{1,0,1}+4g_{1,1,0}+5g_{1,1,1} 2g_{1,0,0}+3g_{1,0,1}+5g_{1,1,0}+6g_{1,1,1}] [4g_{1,0,0}+5g_{1,0,1}+7g_{1,1,0}+8g_{1,1,1} 5g_{1,0,0}+6g_{1,0,1}+8g_{1,1,0}+9g_{1,1,1}]]]]", true)]
    public void Entry_and_tensor_claims_on_the_seeds_backward_pass(string claim, bool holds)
    {
        var result = Check(Seed(), claim);
        if (claim.StartsWith("dK[(", StringComparison.Ordinal))
        {
            // A tuple is M's notation; the other parts take one index per dimension.
            Assert.Equal("dK has shape 2×1×2×2, so an entry needs 4 indices, not 0", result.Unreadable!.Message);
            return;
        }
        Assert.Null(result.Unreadable);
        Assert.Equal(holds, result.Holds);
    }

    [Theory]
    [InlineData("db[0] = 0", "the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add bias", 1)]
    [InlineData("dK[u,i,p,q] = db[u]", "the layer has no bias, so it has no gradient db = ∂L/∂b to claim; add bias", 15)]
    [InlineData("dK[0,0,2,0] = 0", "index 2 is outside dK: dimension 3 runs 0..1", 8)]
    [InlineData("dx[i,j] = 0", "dx has shape 1×3×3, so its formula names 3 indices, such as dx[d,i,j] = …, or one flat index, dx[s]", 3)]
    [InlineData("dK[u,i,p,q] = g[u,p,q,0]", "g has shape 2×2×2, so reading it takes 3 indices, not 4", 15)]
    [InlineData("dk[0,0,0,0] = 0", "'dk' is not a part of the layer: a claim is about K, x, x', M, b, y' or y, or the backward pass g, dx, dx', dK or db", 1)]
    public void A_claim_on_a_part_the_layer_does_not_have_is_refused_with_a_caret(string claim, string message, int column)
    {
        var result = Check(Seed(), claim);
        var error = Assert.IsType<InputException>(result.Unreadable);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.At!.Column);
    }

    [Fact]
    public void Claims_are_checked_against_the_backward_pass_they_are_given()
    {
        // A numeric upstream gradient: g = 1 everywhere makes dK the sum of each tap's inputs.
        var matrix = Seed();
        var ones = new Tensor<Polynomial>(matrix.Geometry.OutputShape, _ => Polynomial.One);
        var results = ClaimChecker.Check(LayerGradient.Of(matrix, ones), [ClaimSource.Of("--claim", "dK[0,0,0,0] = 12"), ClaimSource.Of("--claim", "dK[u,i,p,q] = Σ_{v<H', w<W'} x[i,v+p,w+q]")]);
        Assert.All(results, r => Assert.True(r.Holds));
    }

    // Every entry of the part in row-major order: the count of those the loops say differ, and the first five with both values.
    private static void AssertCaught(ClaimResult result, string part, string names, int[] shape, Func<int[], Polynomial> truth, Func<int[], Polynomial> claimed)
    {
        var shapeOf = new Shape(shape);
        var differing = new List<(string Location, Polynomial True, Polynomial Claimed)>();
        for (long flat = 0; flat < shapeOf.Size; flat++)
        {
            var index = shapeOf.Unflatten(flat);
            var (t, c) = (truth(index), claimed(index));
            var at = string.Join(',', index);
            if (t != c) differing.Add(($"{part}[{at}] at {(names.StartsWith('(') ? $"{names}=({at})" : $"{names}={at}")}", t, c));
        }
        Assert.NotEmpty(differing);
        Assert.False(result.Holds);
        Assert.Equal(shapeOf.Size, result.EntryCount);
        Assert.Equal(differing.Count, result.MismatchCount);
        Assert.Equal(differing.Take(ClaimChecker.MismatchesShown).ToList(), result.Mismatches.Select(m => (m.Location, m.True, m.Claimed!)).ToList());
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
