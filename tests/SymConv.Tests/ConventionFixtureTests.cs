using System.Text.Json;
using SymConv.Algebra;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// The conventions of other frameworks against real PyTorch and NumPy: Fixtures/conventions.json holds
/// small integer layers that tests/pytorch/make_convention_fixtures.py built from each framework's own
/// definition (F.pad for sides, same-lower and causal, numpy.pad for symmetric, F.pad with a value,
/// permutes for the layouts, tf.nn.depthwise_conv2d's order for the depth multiplier) in float64, with
/// their outputs, their Jacobians in the layout's order (M) and their outputs on the zero input (the
/// padding term p). Regenerate with torch installed; CI reads the committed JSON.
/// </summary>
public class ConventionFixtureTests
{
    private static readonly LayerFixtures Fixtures = new("conventions.json");

    public static TheoryData<string> Names() => Fixtures.Names();

    [Fact]
    public void The_fixtures_cover_every_convention()
    {
        var keys = Fixtures.Value.SelectMany(f => f.GetProperty("options").EnumerateArray().Select(o => o[0].GetString() + "=" + o[1].GetString())).ToList();
        foreach (var wanted in new[] { "padding=same-lower", "padding=causal", "padding-mode=symmetric", "padding-value=", "depth-multiplier=",
                     "layout=nhwc", "kernel-layout=hwio", "kernel-layout=hwoi", "kernel-layout=ihwo", "kernel-layout=ohwi", "kernel-layout=iohw",
                     "kernel-layout=oihw", "kernel-layout=hwim", "transposed=" })
            Assert.Contains(keys, k => k.StartsWith(wanted, StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("padding=", StringComparison.Ordinal) && k.Contains(':'));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void SymConv_gives_the_output_the_Jacobian_and_the_padding_term_the_frameworks_give(string name)
    {
        var fixture = Fixtures.Value.Single(f => f.GetProperty("name").GetString() == name);
        var options = fixture.GetProperty("options").EnumerateArray().Select(o => (o[0].GetString()!, o[1].GetString()!)).ToArray();
        var matrix = Layers.Matrix(options);

        var shape = fixture.GetProperty("output_shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(shape, matrix.Geometry.OutputShape.Dims);

        var output = Exact(fixture.GetProperty("output"));
        Assert.Equal(output.Length, matrix.Rows);
        for (var r = 0; r < output.Length; r++)
            Assert.True(output[r] == matrix.Output(r), $"y'_{r} is {matrix.Text(matrix.Output(r))}, the framework says {matrix.Text(output[r])}");

        var padding = Exact(fixture.GetProperty("padding_term"));
        for (var r = 0; r < padding.Length; r++)
            Assert.True(padding[r] == matrix.PaddingTerm(r), $"p_{r} is {matrix.Text(matrix.PaddingTerm(r))}, the framework says {matrix.Text(padding[r])}");

        var jacobian = fixture.GetProperty("matrix");
        Assert.Equal(jacobian.GetProperty("cols").GetInt64(), matrix.Columns);
        var expected = jacobian.GetProperty("entries").EnumerateArray()
            .Select(e => (Row: e[0].GetInt64(), Column: e[1].GetInt64(), Value: e[2].GetInt64()))
            .ToLookup(e => e.Row);
        for (long r = 0; r < matrix.Rows; r++)
        {
            var want = string.Join(' ', expected[r].Select(e => $"{e.Column}:{e.Value}"));
            var got = string.Join(' ', matrix.Row(r).Select(e => $"{e.Column}:{matrix.Text(e.Value)}"));
            Assert.True(want == got, $"row {r} of M is [{got}], the framework's Jacobian says [{want}]");
        }
    }

    // The fixture's exact numbers ("3", "-3/4"), read as SymConv reads a tensor of them.
    private static Polynomial[] Exact(JsonElement values)
    {
        var texts = values.EnumerateArray().Select(v => v.GetString()!).ToArray();
        if (texts.Length == 0) return [];
        return [.. TensorReader.Read("fixture", "[" + string.Join(", ", texts) + "]", new SymbolTable()).Values];
    }
}
