using System.Xml.Linq;
using SymConv.Tests.Support;

namespace SymConv.Tests.Pictures;

/// <summary>The receptive-field diagram read back as XML and held against the neuron's row of M.</summary>
public class SvgReceptiveFieldTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(3L, new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3" })]
    [InlineData(1L, new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,5,5", "--padding", "1", "--dilation", "2", "--stride", "2" })]
    [InlineData(7L, new[] { "--kernel-shape", "2,2,3,3", "--input-shape", "2,6,6", "--padding", "2", "--flip" })]
    [InlineData(40L, new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,30,30", "--padding", "1" })]
    public void The_taps_on_the_input_are_the_neurons_row_of_M_and_the_rest_of_the_window_lies_on_padding(long row, string[] layer)
    {
        var outcome = CliRunner.Run(["neuron", .. layer, "--at", row.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Support.Layers.Matrix(Pairs(layer));
        var g = matrix.Geometry;
        var expected = matrix.Row(row).Select(e =>
        {
            var index = g.InputShape.Unflatten(e.Column);
            return ($"x[{index[0]},", index[1], index[2], matrix.Text(e.Value));
        }).Order().ToList();
        var drawn = new List<(string, int, int, string)>();
        var padded = 0;
        foreach (var plane in svg.Descendants(Ns + "g").Where(e => (string?)e.Attribute("class") == "input"))
        {
            var label = (string)plane.Attribute("data-label")!;
            foreach (var rect in plane.Elements(Ns + "rect").Where(r => (string?)r.Attribute("data-kind") == "tap"))
            {
                var (r, c) = ((int)rect.Attribute("data-row")!, (int)rect.Attribute("data-column")!);
                var weight = rect.ElementsAfterSelf(Ns + "text").First(t => (string?)t.Attribute("class") == "weight").Value;
                if (r < 0 || c < 0 || r >= g.InputSize[0] || c >= g.InputSize[1]) padded++;
                else drawn.Add((label[..(label.IndexOf(',') + 1)], r, c, weight));
            }
        }
        Assert.Equal(expected, drawn.Order());
        // The window has a tap for every kernel entry of every input channel of the group: those not on the input are on padding.
        Assert.Equal(g.InChannelsPerGroup * g.KernelSize[0] * g.KernelSize[1], expected.Count + padded);
        Assert.Single(svg.Descendants(Ns + "rect"), r => (string?)r.Attribute("data-kind") == "neuron");
    }

    [Fact]
    public void A_zero_weight_tap_is_drawn_in_a_colour_of_its_own()
    {
        // M has no entry for a zero weight, but the window still covers it: its tap needs a fill the style defines.
        var outcome = CliRunner.Run(["neuron", "--kernel", "[[[[a 0] [b c]]]]", "--input-shape", "1,3,3", "--at", "0", "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var zero = Assert.Single(svg.Descendants(Ns + "rect"), r => (string?)r.Attribute("data-kind") == "tap" && (string?)r.Attribute("data-weight") == "0");
        var style = string.Concat(svg.Descendants(Ns + "style").Select(e => e.Value));
        var fills = System.Text.RegularExpressions.Regex.Matches(style, @"\.(e\d+)\{fill:(#[0-9a-f]{6})\}").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var colour = fills[(string)zero.Attribute("class")!];
        var weights = svg.Descendants(Ns + "rect").Where(r => (string?)r.Attribute("data-kind") == "tap" && (string?)r.Attribute("data-weight") != "0");
        Assert.All(weights, w => Assert.NotEqual(colour, fills[(string)w.Attribute("class")!]));
    }

    [Fact]
    public void A_transposed_neuron_shows_where_each_input_it_reads_is_scattered_as_its_row_of_C()
    {
        string[] layer = ["--kernel-shape", "1,1,3,3", "--input-shape", "1,2,2", "--transposed", "--stride", "2"];
        var outcome = CliRunner.Run(["neuron", .. layer, "--at", "0,2,2", "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Support.Layers.Matrix(Pairs(layer));
        var row = matrix.Geometry.OutputShape.Flatten([0, 2, 2]);
        var planes = svg.Descendants(Ns + "g").Where(e => ((string?)e.Attribute("data-label"))?.EndsWith(" feeds", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(matrix.Row(row).Count, planes.Count);
        foreach (var (entry, plane) in matrix.Row(row).Zip(planes))
        {
            // Column `entry.Column` of M, by a plain scan of M's rows.
            var expected = new List<(int, int, string)>();
            for (long r = 0; r < matrix.Rows; r++)
                foreach (var e in matrix.Row(r).Where(e => e.Column == entry.Column))
                {
                    var index = matrix.Geometry.OutputShape.Unflatten(r);
                    expected.Add((index[1], index[2], matrix.Text(e.Value)));
                }
            var drawn = plane.Elements(Ns + "rect").Where(r => (string?)r.Attribute("data-kind") == "tap")
                .Select(r => ((int)r.Attribute("data-row")!, (int)r.Attribute("data-column")!, r.ElementsAfterSelf(Ns + "text").First(t => (string?)t.Attribute("class") == "weight").Value));
            Assert.Equal(expected.Order(), drawn.Order());
        }
    }

    private static (string, string)[] Pairs(string[] layer)
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i < layer.Length; i++)
            pairs.Add(i + 1 < layer.Length && !layer[i + 1].StartsWith("--", StringComparison.Ordinal) ? (layer[i][2..], layer[++i]) : (layer[i][2..], "true"));
        return [.. pairs];
    }
}
