using System.Xml.Linq;
using SymConv.Tests.Support;

namespace SymConv.Tests.Pictures;

/// <summary>The animation read back as XML: frame f's window, lit row of M and new y′ entry are one neuron's, on one clock.</summary>
public class SlidingWindowAnimationTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("seed", new[] { "--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3" })]
    [InlineData("stride-padding", new[] { "--kernel-shape", "1,1,3,3", "--input-shape", "1,5,5", "--padding", "1", "--stride", "2" })]
    [InlineData("dilation-channels", new[] { "--kernel-shape", "2,2,2,2", "--input-shape", "2,4,4", "--dilation", "2" })]
    public void Each_frame_shows_one_neurons_window_its_row_of_M_and_its_output_in_step(string name, string[] layer)
    {
        var outcome = CliRunner.Run([.. layer, "--format", "animated-svg"]);
        Assert.True(outcome.ExitCode == 0, name + ": " + outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = SvgMatrixTests.Matrix(layer);
        var g = matrix.Geometry;
        var windows = Frames(svg, "window-frame");
        Assert.Equal((int)g.OutputPlane, windows.Count);
        foreach (var (frame, window) in windows)
        {
            var row = (long)window.Attribute("data-row")!;
            Assert.Equal(frame, row); // the first output channel, in order
            // The taps on the input are the nonzeros of row `row` of M, by weight.
            var taps = window.Descendants(Ns + "rect").Where(r => (string?)r.Attribute("data-kind") == "tap")
                .Select(r => ((int)r.Attribute("data-row")!, (int)r.Attribute("data-column")!, (string)r.Attribute("data-weight")!))
                .Where(t => t.Item1 >= 0 && t.Item2 >= 0 && t.Item1 < g.InputSize[0] && t.Item2 < g.InputSize[1]);
            var expected = matrix.Row(row)
                .Select(e => { var i = g.InputShape.Unflatten(e.Column); return (i[1], i[2], matrix.Text(e.Value)); });
            Assert.Equal(expected.Order(), taps.Order());
            var lit = Frames(svg, "row-frame")[frame];
            Assert.Equal(row, (long)lit.Attribute("y")!);
            Assert.Equal(row, (long)Frames(svg, "output-frame")[frame].Attribute("data-row")!);
            // One clock: the same duration, and the frame begins at the same key time in all three.
            var clocks = new[] { window, lit, Frames(svg, "output-frame")[frame], Frames(svg, "value-frame")[frame] }
                .Select(e => e.Element(Ns + "animate")!).Select(a => ((string)a.Attribute("dur")!, ((string)a.Attribute("keyTimes")!).Split(';')[1])).Distinct();
            Assert.Single(clocks);
        }
    }

    [Fact]
    public void A_layer_too_big_to_watch_is_refused_with_the_bounds()
    {
        var outcome = CliRunner.Run("--kernel-shape", "1,1,3,3", "--input-shape", "1,30,30", "--format", "animated-svg");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("at most 14 positions a side", outcome.Stderr);
    }

    private static Dictionary<int, XElement> Frames(XDocument svg, string kind) =>
        svg.Descendants().Where(e => (string?)e.Attribute("class") == kind).ToDictionary(e => (int)e.Attribute("data-frame")!);
}
