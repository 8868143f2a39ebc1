using System.Numerics;
using SymConv.Gradients;
using SymConv.Parsing;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Gradients;

/// <summary>
/// The backward pass against real PyTorch: Fixtures/grad.json holds small integer layers of every
/// option (and a padding value, and channels-last layouts) that tests/pytorch/make_grad_fixtures.py
/// ran forward and then backward with torch.autograd in float64 (exact for integers), with an
/// integer upstream gradient g and the gradients of L = Σ g·y. Regenerate with torch installed; CI
/// reads the committed JSON.
/// </summary>
public class GradientFixtureTests
{
    private static readonly LayerFixtures Fixtures = new("grad.json");

    public static TheoryData<string> Names() => Fixtures.Names();

    [Fact]
    public void The_fixtures_cover_every_option()
    {
        var keys = Fixtures.Value.SelectMany(f => f.GetProperty("options").EnumerateArray().Select(o => o[0].GetString() + "=" + o[1].GetString())).ToList();
        foreach (var wanted in new[] { "stride", "padding=same", "padding=full", "padding=tf-same", "padding=valid", "padding-mode=reflect",
                     "padding-mode=replicate", "padding-mode=circular", "dilation", "groups", "bias", "transposed", "output-padding", "flip",
                     "padding-value", "layout=nhwc", "kernel-layout=hwio", "kernel-layout=hwoi" })
            Assert.Contains(keys, k => k.StartsWith(wanted, StringComparison.Ordinal));
        Assert.True(Fixtures.Value.Length >= 45);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SymConv_gives_the_gradients_torch_autograd_gives(string name)
    {
        var fixture = Fixtures.Value.Single(f => f.GetProperty("name").GetString() == name);
        var options = fixture.GetProperty("options").EnumerateArray().Select(o => (o[0].GetString()!, o[1].GetString()!)).ToArray();
        var matrix = Layers.Matrix(options);
        var upstream = TensorReader.Read("upstream", fixture.GetProperty("upstream").GetString()!, matrix.Layer.Symbols);
        var gradient = LayerGradient.Of(matrix, upstream);

        Compare("dL/dx'", fixture.GetProperty("grad_input").EnumerateArray().Select(e => e.GetInt64()).ToArray(), i => gradient.GradInput[i]);
        Compare("dL/dK", fixture.GetProperty("grad_kernel").EnumerateArray().Select(e => e.GetInt64()).ToArray(), i => gradient.GradKernel[i]);
        if (fixture.GetProperty("grad_bias").ValueKind == System.Text.Json.JsonValueKind.Null)
            Assert.Null(gradient.GradBias);
        else
            Compare("dL/db", fixture.GetProperty("grad_bias").EnumerateArray().Select(e => e.GetInt64()).ToArray(), i => gradient.GradBias![i]);

        void Compare(string what, long[] expected, Func<long, SymConv.Algebra.Polynomial> actual)
        {
            for (var i = 0; i < expected.Length; i++)
                Assert.True(LibraryView.Constant(new BigInteger(expected[i])) == actual(i),
                    $"{what}[{i}] is {matrix.Text(actual(i))}, torch.autograd says {expected[i]}");
        }
    }
}
