using System.Numerics;
using System.Text.Json;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// SymConv against real PyTorch: Fixtures/pytorch.json holds small integer layers that
/// tests/pytorch/make_fixtures.py ran through torch.nn.ConvNd / ConvTransposeNd in float64 (exact for
/// integers), with their outputs and their Jacobians (PyTorch's M). Regenerate with torch installed;
/// CI reads the committed JSON and needs no torch.
/// </summary>
public class PyTorchFixtureTests
{
    private static readonly LayerFixtures Fixtures = new("pytorch.json");

    public static TheoryData<string> Names() => Fixtures.Names();

    [Fact]
    public void The_fixtures_cover_every_option()
    {
        var keys = Fixtures.Value.SelectMany(f => f.GetProperty("options").EnumerateArray().Select(o => o[0].GetString() + "=" + o[1].GetString())).ToList();
        foreach (var wanted in new[] { "stride", "padding=same", "padding=full", "padding=tf-same", "padding=valid", "padding-mode=reflect",
                     "padding-mode=replicate", "padding-mode=circular", "dilation", "groups", "bias", "transposed", "output-padding", "flip" })
            Assert.Contains(keys, k => k.StartsWith(wanted, StringComparison.Ordinal));
        Assert.True(Fixtures.Value.Length >= 40);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SymConv_gives_the_output_and_the_Jacobian_PyTorch_gives(string name)
    {
        var fixture = Fixtures.Value.Single(f => f.GetProperty("name").GetString() == name);
        var options = fixture.GetProperty("options").EnumerateArray().Select(o => (o[0].GetString()!, o[1].GetString()!)).ToArray();
        var matrix = Layers.Matrix(options);

        var shape = fixture.GetProperty("output_shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(shape, matrix.Geometry.OutputShape.Dims);

        var output = fixture.GetProperty("output").EnumerateArray().Select(e => new BigInteger(e.GetInt64())).ToArray();
        Assert.Equal(output.Length, matrix.Rows);
        for (var r = 0; r < output.Length; r++)
            Assert.True(LibraryView.Constant(output[r]) == matrix.Output(r), $"y'_{r} is {matrix.Text(matrix.Output(r))}, PyTorch says {output[r]}");

        var jacobian = fixture.GetProperty("matrix");
        Assert.Equal(jacobian.GetProperty("cols").GetInt64(), matrix.Columns);
        var expected = jacobian.GetProperty("entries").EnumerateArray()
            .Select(e => (Row: e[0].GetInt64(), Column: e[1].GetInt64(), Value: new BigInteger(e[2].GetInt64())))
            .ToLookup(e => e.Row);
        for (long r = 0; r < matrix.Rows; r++)
        {
            var want = string.Join(' ', expected[r].Select(e => $"{e.Column}:{e.Value}"));
            var got = string.Join(' ', matrix.Row(r).Select(e => $"{e.Column}:{matrix.Text(e.Value)}"));
            Assert.True(want == got, $"row {r} of M is [{got}], PyTorch's Jacobian says [{want}]");
        }
    }
}
