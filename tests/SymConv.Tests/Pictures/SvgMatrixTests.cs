using System.Xml.Linq;
using SymConv.Convolution;
using SymConv.Tests.Support;

namespace SymConv.Tests.Pictures;

/// <summary>
/// The SVG of M read back as XML: every cell is a nonzero of M at its row and column, every
/// nonzero has a cell, and each cell's class names the legend line that writes its entry.
/// </summary>
public class SvgMatrixTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string[]> Layers() => new()
    {
        { "seed", [CliRunner.Example("seed.conv")] },
        { "reflect", [CliRunner.Example("reflect.conv")] },
        { "transposed", ["--kernel-shape", "1,2,3,3", "--input-shape", "1,3,3", "--transposed", "--stride", "2"] },
        { "three-dimensional", ["--kernel-shape", "2,1,2,2,2", "--input-shape", "1,3,3,3"] },
        { "many-weights", ["--kernel-shape", "2,3,3,3", "--input-shape", "3,6,6", "--padding", "1"] },
        { "numeric-nhwc", ["--kernel", "[[[[1 2] [0 -1/2]]]]", "--input-shape", "4,4,1", "--layout", "nhwc"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_cell_is_a_nonzero_of_M_and_every_nonzero_a_cell(string name, string[] layer)
    {
        var outcome = CliRunner.Run([.. layer, "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Matrix(layer);
        var legend = Legend(svg);
        AssertCells(svg, "M", matrix.Rows, r => matrix.Row(r).Select(e => (e.Column, matrix.Text(e.Value))), legend, name);
        if (matrix.Geometry.Transposed)
        {
            // C is M turned over: C's row r is M's column r.
            var columns = Enumerable.Range(0, (int)matrix.Columns).ToDictionary(c => (long)c, _ => new List<(long, string)>());
            for (long r = 0; r < matrix.Rows; r++)
                foreach (var e in matrix.Row(r)) columns[e.Column].Add((r, matrix.Text(e.Value)));
            AssertCells(svg, "C", matrix.Columns, r => columns[r], legend, name);
        }
    }

    [Fact]
    public void A_sum_of_weights_is_striped_in_the_colours_of_its_terms_and_listed_in_the_legend()
    {
        var svg = CliRunner.Run(CliRunner.Example("reflect.conv"), "--format", "svg").Stdout;
        var legend = Legend(XDocument.Parse(svg));
        var sum = legend.Single(l => l.Value == "a+c").Key;
        Assert.Contains($".e{sum}{{fill:url(#sum{sum})}}", svg);
        var pattern = XDocument.Parse(svg).Descendants(Ns + "pattern").Single(p => (string?)p.Attribute("id") == $"sum{sum}");
        var a = Fill(svg, legend.Single(l => l.Value == "a").Key);
        var c = Fill(svg, legend.Single(l => l.Value == "c").Key);
        Assert.Equal([a, c], pattern.Elements(Ns + "rect").Select(r => (string)r.Attribute("fill")!).Order());
    }

    [Fact]
    public void Every_sum_drawn_is_listed_in_the_visible_legend_however_many_there_are()
    {
        // 144 distinct entries, most of them sums: once the legend stopped after 40 lines.
        string[] layer = ["--kernel-shape", "4,1,3,3", "--input-shape", "2,5,5", "--groups", "2", "--dilation", "2", "--padding", "2", "--padding-mode", "reflect"];
        var outcome = CliRunner.Run([.. layer, "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Matrix(layer);
        // Only text a reader sees: not inside a group that is not displayed.
        var visible = svg.Descendants(Ns + "text")
            .Where(t => t.Attribute("data-entry") is not null && !t.Ancestors().Any(a => (string?)a.Attribute("display") == "none"))
            .ToDictionary(t => int.Parse((string)t.Attribute("data-entry")!), t => t.Value);
        var sums = 0;
        foreach (var (row, column, entry) in CellsOf(svg, "M"))
        {
            if (!Fill(outcome.Stdout, entry).StartsWith("url(", StringComparison.Ordinal)) continue;
            sums++;
            Assert.True(visible.TryGetValue(entry, out var text), $"the sum drawn at ({row}, {column}) is not in the legend");
            Assert.Equal(matrix.Text(matrix.Row(row).Single(e => e.Column == column).Value), text);
        }
        Assert.True(sums > 100, $"{sums} sum cells");
        Assert.DoesNotContain("more</text>", outcome.Stdout);
    }

    [Fact]
    public void No_two_colours_of_the_palette_are_near_twins()
    {
        // Once the second ten held pale twins of the first (#76b7b2 and #86bcb6, #edc948 and #f1ce63).
        static int[] Rgb(string h) => [Convert.ToInt32(h[1..3], 16), Convert.ToInt32(h[3..5], 16), Convert.ToInt32(h[5..7], 16)];
        var palette = SymConv.Export.Pictures.WeightColours.Palette;
        Assert.Equal(20, palette.Distinct().Count());
        foreach (var a in palette)
            foreach (var b in palette.Where(b => string.CompareOrdinal(a, b) < 0))
                Assert.True(Math.Sqrt(Rgb(a).Zip(Rgb(b), (x, y) => (double)(x - y) * (x - y)).Sum()) > 50, $"{a} and {b} are nearly the same colour");
    }

    [Fact]
    public void Block_rules_fall_where_the_text_writes_bars_and_between_channels_and_bands()
    {
        // 2 output channels of 2×2 on 2 input channels of 3×3: bars after columns 3, 6 (within a
        // channel) and 12, 15; the channel rule after 9, the band rule after row 4.
        var svg = XDocument.Parse(CliRunner.Run("--kernel-shape", "2,2,2,2", "--input-shape", "2,3,3", "--format", "svg").Stdout);
        string Path(string kind) => (string)svg.Descendants(Ns + "path").Single(p => (string?)p.Attribute("class") == kind).Attribute("d")!;
        var cell = 30; // the cell size of a matrix this small
        var light = Path("block-rules");
        var heavy = Path("channel-rules");
        var left = double.Parse(svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "cells").Attribute("transform")!.Value.Split('(', ',')[1], System.Globalization.CultureInfo.InvariantCulture);
        string X(int column) => "M" + (left + column * cell).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ";
        foreach (var bar in new[] { 3, 6, 12, 15 }) Assert.Contains(X(bar), light);
        Assert.Contains(X(9), heavy);
        Assert.DoesNotContain(X(9), light);
        Assert.Equal(2, heavy.Split('M', StringSplitOptions.RemoveEmptyEntries).Length); // one channel rule, one band rule
    }

    [Fact]
    public void Rows_chosen_with_rows_are_drawn_with_their_own_numbers()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "svg", "--rows", "1,5..6");
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Matrix([CliRunner.Example("seed.conv")]);
        var rows = new long[] { 1, 5, 6 };
        var cells = CellsOf(svg, "M").Select(c => (rows[c.Row], c.Column)).Order().ToList();
        Assert.Equal(rows.SelectMany(r => matrix.Row(r).Select(e => (r, e.Column))).Order(), cells);
        Assert.Contains("3 of its rows", outcome.Stdout);
    }

    [Fact]
    public void A_large_matrix_is_a_density_picture_whose_bins_hold_exactly_the_nonzeros()
    {
        string[] layer = ["--kernel-shape", "2,2,3,3", "--input-shape", "2,20,30", "--stride", "1,2", "--dilation", "2,1"];
        var outcome = CliRunner.Run([.. layer, "--format", "svg"]);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Matrix(layer);
        Assert.True(matrix.Rows > 500 || matrix.Columns > 500);
        var bins = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "bins");
        var rowsPerBin = long.Parse((string)bins.Attribute("data-rows-per-bin")!);
        var columnsPerBin = long.Parse((string)bins.Attribute("data-columns-per-bin")!);
        var drawn = new HashSet<(long, long)>();
        foreach (var rect in bins.Elements(Ns + "rect"))
        {
            var x = long.Parse((string)rect.Attribute("x")!);
            var width = long.Parse((string)rect.Attribute("width")!);
            for (var c = x; c < x + width; c++) drawn.Add((long.Parse((string)rect.Attribute("y")!), c));
        }
        var expected = new HashSet<(long, long)>();
        for (long r = 0; r < matrix.Rows; r++)
            foreach (var e in matrix.Row(r)) expected.Add((r / rowsPerBin, e.Column / columnsPerBin));
        Assert.Equal(expected.Order(), drawn.Order());
    }

    [Fact]
    public void The_density_picture_of_a_big_layer_stays_a_few_megabytes()
    {
        var outcome = CliRunner.Run("--kernel-shape", "8,8,3,3", "--input-shape", "8,32,32", "--format", "svg");
        Assert.Equal(0, outcome.ExitCode);
        XDocument.Parse(outcome.Stdout);
        Assert.InRange(outcome.Stdout.Length, 10_000, 5_000_000);
    }

    internal static ConvolutionMatrix Matrix(string[] layer)
    {
        if (layer.Length == 1) return new(SymConv.Parsing.LayerReader.Read(SymConv.Parsing.SpecGrammar.Read(layer[0], File.ReadAllText(layer[0]))));
        var pairs = new List<(string, string)>();
        for (var i = 0; i < layer.Length; i++)
            pairs.Add(i + 1 < layer.Length && !layer[i + 1].StartsWith("--", StringComparison.Ordinal) ? (layer[i][2..], layer[++i]) : (layer[i][2..], "true"));
        return Support.Layers.Matrix([.. pairs]);
    }

    private static Dictionary<int, string> Legend(XDocument svg) =>
        svg.Descendants(Ns + "text").Where(t => t.Attribute("data-entry") is not null)
            .DistinctBy(t => (string)t.Attribute("data-entry")!).ToDictionary(t => int.Parse((string)t.Attribute("data-entry")!), t => t.Value);

    private static string Fill(string svg, int entry)
    {
        var rule = $".e{entry}{{fill:";
        var start = svg.IndexOf(rule, StringComparison.Ordinal) + rule.Length;
        return svg[start..svg.IndexOf('}', start)];
    }

    private static List<(int Row, long Column, int Entry)> CellsOf(XDocument svg, string map) =>
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "cells" && (string?)g.Attribute("data-map") == map)
            .Elements(Ns + "rect").Select(r => (int.Parse((string)r.Attribute("y")!), long.Parse((string)r.Attribute("x")!), int.Parse(((string)r.Attribute("class")!)[1..]))).ToList();

    private static void AssertCells(XDocument svg, string map, long rows, Func<long, IEnumerable<(long Column, string Text)>> row, Dictionary<int, string> legend, string name)
    {
        var drawn = CellsOf(svg, map).Select(c => (c.Row, c.Column, legend[c.Entry])).Order().ToList();
        var expected = new List<(int, long, string)>();
        for (long r = 0; r < rows; r++)
            expected.AddRange(row(r).Select(e => ((int)r, e.Column, e.Text)));
        Assert.True(expected.Count > 0, name);
        Assert.Equal(expected.Order(), drawn);
    }
}

/// <summary>Any linear map draws through the same picture: here C of a transposed layer, given as a plain map.</summary>
public class LinearMapPictureTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_plain_linear_map_is_drawn_cell_for_nonzero()
    {
        var matrix = Support.Layers.Matrix(("kernel-shape", "1,2,3,3"), ("input-shape", "1,3,3"), ("transposed", "true"), ("stride", "2"));
        var twin = ForwardTwin.Of(matrix);
        var svg = XDocument.Parse(SymConv.Export.Pictures.LinearMapPicture.Svg(SymConv.Export.Pictures.MatrixAxes.Plain("C", twin), matrix.Layer.Symbols, "C"));
        var legend = svg.Descendants(Ns + "text").Where(t => t.Attribute("data-entry") is not null).ToDictionary(t => int.Parse((string)t.Attribute("data-entry")!), t => t.Value);
        var drawn = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "cells").Elements(Ns + "rect")
            .Select(r => (long.Parse((string)r.Attribute("y")!), long.Parse((string)r.Attribute("x")!), legend[int.Parse(((string)r.Attribute("class")!)[1..])])).Order();
        var expected = new List<(long, long, string)>();
        for (long r = 0; r < twin.Rows; r++)
            expected.AddRange(twin.Row(r).Select(e => (r, e.Column, matrix.Text(e.Value))));
        Assert.Equal(expected.Order(), drawn);
    }
}
