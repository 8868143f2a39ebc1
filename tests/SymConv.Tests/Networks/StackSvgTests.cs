using System.Globalization;
using System.Xml.Linq;
using SymConv.Tests.Support;

namespace SymConv.Tests.Networks;

/// <summary>--format svg on a stack: the picture of M_total, each cell an entry of the product, checked against the product worked out by plain loops.</summary>
public sealed class StackSvgTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Fact]
    public void Every_cell_is_an_entry_of_M_total_and_every_nonzero_entry_a_cell()
    {
        int[,] first = { { 1, 2 }, { 3, 4 } }, second = { { 1, -1 }, { 0, 2 } };
        var spec = TempFile.Write(
            "layers = [nn.Conv2d(1, 1, 2, bias=False), nn.Conv2d(1, 1, 2, bias=False)]\n" +
            "kernel[0] = [[[[1 2] [3 4]]]]\nkernel[1] = [[[[1 -1] [0 2]]]]\ninput-shape = 1,4,4\n", "stack.conv");
        var outcome = CliRunner.Run(spec, "--format", "svg");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var legend = svg.Descendants(Ns + "text").Where(t => t.Attribute("data-entry") is not null)
            .DistinctBy(t => (string)t.Attribute("data-entry")!).ToDictionary(t => int.Parse((string)t.Attribute("data-entry")!, CultureInfo.InvariantCulture), t => t.Value);
        var drawn = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "cells" && (string?)g.Attribute("data-map") == "M_total")
            .Elements(Ns + "rect")
            .Select(r => (int.Parse((string)r.Attribute("y")!, CultureInfo.InvariantCulture), int.Parse((string)r.Attribute("x")!, CultureInfo.InvariantCulture),
                legend[int.Parse(((string)r.Attribute("class")!)[1..], CultureInfo.InvariantCulture)]))
            .Order().ToList();
        // y[i,j] = Σ_{p,q} K1[p,q] z[i+p,j+q] with z[u,v] = Σ_{r,s} K0[r,s] x[u+r,v+s]: the weight of
        // x[a,b] in y[i,j] is Σ K1[p,q] K0[a-i-p, b-j-q] over the taps that land inside K0.
        var expected = new List<(int, int, string)>();
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 2; j++)
                for (var a = 0; a < 4; a++)
                    for (var b = 0; b < 4; b++)
                    {
                        var weight = 0;
                        for (var p = 0; p < 2; p++)
                            for (var q = 0; q < 2; q++)
                            {
                                int r = a - i - p, s = b - j - q;
                                if (r is >= 0 and < 2 && s is >= 0 and < 2) weight += second[p, q] * first[r, s];
                            }
                        if (weight != 0) expected.Add((i * 2 + j, a * 4 + b, weight.ToString(CultureInfo.InvariantCulture)));
                    }
        Assert.Equal(expected.Order(), drawn);
        Assert.Contains("M_total is 4×16", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_the_picture_does_not_read_are_refused()
    {
        var outcome = CliRunner.Run("--layers", "[nn.Conv1d(1, 1, 2), nn.Conv1d(1, 1, 2)]", "--input-shape", "1,5", "--format", "svg", "--show", "y'");
        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("symconv: error: --show does not change --format svg", outcome.Stderr, StringComparison.Ordinal);
    }
}
