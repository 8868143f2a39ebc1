using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Gradients;

/// <summary>
/// The options the random layers leave out — layouts, a padding value, a depth multiplier — against
/// the forward pass the library already checks: ∂L/∂x'[t] = Σ_s M[s,t] g'[s] from the dense M, and
/// ∂L/∂K[k] = Σ_s g'[s] ∂y'[s]/∂K[k], differentiating each y'[s] by hand below.
/// </summary>
public class GradientLayoutTests
{
    public static TheoryData<string> Layers_with_layouts => new()
    {
        "--kernel-shape 2,2,3,2 --input-shape 4,3,3 --layout nhwc --kernel-layout hwio --bias auto",
        "--kernel-shape 2,3,2,3 --input-shape 3,4,3 --transposed --stride 2 --layout nhwc --kernel-layout hwoi --output-padding 1",
        "--kernel-shape 2,2,1,2 --input-shape 1,4,4 --depth-multiplier 2 --kernel-layout hwim --padding 1 --padding-mode reflect",
        "--kernel-shape 2,1,3,3 --input-shape 1,4,4 --padding 1 --padding-value v --bias auto",
        "--kernel-shape 3,2,2 --input-shape 6,4 --layout nwc --kernel-layout wio --padding 2 --padding-mode circular --dilation 2 --groups 2",
        "--kernel-shape 2,2,2,2,2 --input-shape 3,3,3,2 --layout ndhwc --padding 1 --padding-mode replicate --stride 2 --flip",
    };

    [Theory]
    [MemberData(nameof(Layers_with_layouts))]
    public void Gradients_follow_the_forward_pass_under_layouts(string options)
    {
        var parts = options.Split(' ');
        var pairs = new List<(string, string)>();
        for (var i = 0; i < parts.Length; i++)
        {
            var key = parts[i][2..];
            var value = i + 1 < parts.Length && !parts[i + 1].StartsWith("--", StringComparison.Ordinal) ? parts[++i] : "";
            pairs.Add((key, value));
        }
        var matrix = Layers.Matrix([.. pairs]);
        var gradient = LayerGradient.Of(matrix);
        var g = gradient.Upstream.Values.ToArray();
        var dense = LibraryView.Dense(matrix);

        for (var t = 0; t < matrix.Columns; t++)
        {
            var expected = Polynomial.Zero;
            for (var s = 0; s < matrix.Rows; s++) expected += dense[s, t] * g[s];
            Assert.True(expected == gradient.GradInput[t], $"dL/dx'[{t}] is {matrix.Text(gradient.GradInput[t])}, expected {matrix.Text(expected)}");
        }
        var outputs = Enumerable.Range(0, (int)matrix.Rows).Select(s => matrix.Output(s)).ToArray();
        for (var k = 0; k < matrix.Layer.Kernel.Shape.Size; k++)
        {
            var symbol = matrix.Layer.Kernel[k].Terms[0].Monomial.SymbolAt(0);
            var expected = Polynomial.Zero;
            for (var s = 0; s < outputs.Length; s++) expected += Derivative(outputs[s], symbol) * g[s];
            Assert.True(expected == gradient.GradKernel[k], $"dL/dK[{k}] is {matrix.Text(gradient.GradKernel[k])}, expected {matrix.Text(expected)}");
        }
        if (matrix.Layer.Bias is { } bias)
            for (var o = 0; o < bias.Shape.Size; o++)
            {
                var symbol = bias[o].Terms[0].Monomial.SymbolAt(0);
                var expected = Polynomial.Zero;
                for (var s = 0; s < outputs.Length; s++) expected += Derivative(outputs[s], symbol) * g[s];
                Assert.True(expected == gradient.GradBias![o], $"dL/db[{o}] is {matrix.Text(gradient.GradBias![o])}, expected {matrix.Text(expected)}");
            }
    }

    // ∂p/∂symbol, term by term: the symbol's exponent comes down and goes one lower.
    private static Polynomial Derivative(Polynomial p, int symbol)
    {
        var sum = Polynomial.Zero;
        foreach (var term in p.Terms)
        {
            var rest = Polynomial.Constant(term.Coefficient);
            var found = 0;
            for (var f = 0; f < term.Monomial.FactorCount; f++)
            {
                var (s, e) = (term.Monomial.SymbolAt(f), term.Monomial.ExponentAt(f));
                if (s == symbol) { found = e; e--; }
                for (var i = 0; i < e; i++) rest *= Polynomial.Variable(s);
            }
            if (found > 0) sum += rest * Polynomial.Constant(Rational.Of(found));
        }
        return sum;
    }
}
