using System.Xml.Linq;
using SymConv.Convolution;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Gradients;

/// <summary>
/// symconv grad --format svg|tikz: the pictures of Mᵀ and U(x) read back as XML, every cell checked
/// against a plainly written reference (Mᵀ[t,s] = M[s,t]; U[s,k] = the input entry kernel entry k
/// reads in neuron s, from the reference's taps), and the TikZ compiled with pdflatex.
/// </summary>
public class GradPictureTests(ITestOutputHelper output)
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static TheoryData<string, string[]> Layers() => new()
    {
        { "seed", [CliRunner.Example("seed.conv")] },
        { "reflect-sums", [CliRunner.Example("reflect.conv")] },
        { "stride-dilation-padding", ["--kernel-shape", "2,1,2,3", "--input-shape", "1,6,7", "--stride", "2,1", "--dilation", "1,2", "--padding", "1"] },
        { "groups", ["--kernel-shape", "4,1,2,2", "--input-shape", "2,3,3", "--groups", "2"] },
        { "transposed", ["--kernel-shape", "1,2,3,3", "--input-shape", "1,3,3", "--transposed", "--stride", "2"] },
        { "three-dimensional", ["--kernel-shape", "2,1,2,2,2", "--input-shape", "1,3,3,3"] },
        { "many-weights", ["--kernel-shape", "2,3,3,3", "--input-shape", "3,5,5", "--padding", "1"] },
        { "numeric-nhwc", ["--kernel", "[[[[1 2] [0 -1/2]]]]", "--input-shape", "4,4,1", "--layout", "nhwc"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_cell_of_the_transpose_is_an_entry_of_M_turned_over(string name, string[] layer)
    {
        var svg = Svg([.. layer, "--show", "M^T"]);
        var matrix = Pictures.SvgMatrixTests.Matrix(layer);
        var expected = new List<(long, long, string)>();
        for (long s = 0; s < matrix.Rows; s++)
            foreach (var e in matrix.Row(s)) expected.Add((e.Column, s, matrix.Text(e.Value)));
        Assert.True(expected.Count > 0, name);
        Assert.Equal(expected.Order(), Cells(svg, "transpose", "Mᵀ").Order());
        Assert.DoesNotContain(svg.Descendants(Ns + "g"), g => (string?)g.Attribute("class") == "patches");
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Every_cell_of_the_patch_matrix_is_the_input_entry_its_kernel_entry_reads(string name, string[] layer)
    {
        var svg = Svg([.. layer, "--show", "U"]);
        var matrix = Pictures.SvgMatrixTests.Matrix(layer);
        var drawn = Cells(svg, "patches", "U(x)").Order().ToList();
        var g = matrix.Geometry;
        if (g.Layout == SymConv.Model.DataLayout.ChannelsFirst && g.PaddingMode == SymConv.Model.PaddingMode.Zeros && !g.HasLayout)
        {
            // From the reference's taps: in neuron s, kernel entry k multiplies input entry t.
            var expected = new List<(long, long, string)>();
            for (long s = 0; s < matrix.Rows; s++)
                foreach (var tap in ReceptiveField.Taps(g, s))
                    if (!matrix.Layer.Input[tap.Column].IsZero)
                        expected.Add((s, tap.KernelIndex, matrix.Text(matrix.Layer.Input[tap.Column])));
            Assert.True(expected.Count > 0, name);
            Assert.Equal(expected.Order(), drawn);
        }
        else
        {
            // Folded taps and permuted layouts: each drawn row times k' is y' (less its bias), and every row has its cells.
            var legend = drawn.GroupBy(c => c.Row).ToDictionary(r => r.Key, r => r.ToList());
            for (long s = 0; s < matrix.Rows; s++)
            {
                var sum = SymConv.Algebra.Polynomial.Zero;
                foreach (var (_, column, text) in legend.GetValueOrDefault(s, []))
                    sum += Value(matrix, text) * matrix.Layer.Kernel[column];
                Assert.True(sum == matrix.Output(s), $"row {s} of U times k' is {matrix.Text(sum)}, y'[{s}] is {matrix.Text(matrix.Output(s))}, for {name}");
            }
        }
    }

    [Fact]
    public void Both_pictures_are_drawn_by_default_each_with_its_own_legend()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--format", "svg");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        Assert.Equal(["transpose", "patches"], svg.Root!.Elements(Ns + "g").SelectMany(g => g.Elements(Ns + "g")).Select(g => (string)g.Attribute("class")!));
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], Legend(svg, "transpose").Values.Order());
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9"], Legend(svg, "patches").Values.Order());
        Assert.Contains("values of x", outcome.Stdout);
        // The same legend id in the two pictures is two colours, each scoped to its picture.
        Assert.Contains(".transpose .e0{fill:", outcome.Stdout);
        Assert.Contains(".patches .e0{fill:", outcome.Stdout);
        Assert.Equal(outcome.Stdout, CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--format", "svg", "--show", "all").Stdout);
    }

    [Fact]
    public void A_sum_of_weights_in_the_transpose_is_striped_with_a_pattern_of_its_own_picture()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("reflect.conv"), "--format", "svg");
        var svg = XDocument.Parse(outcome.Stdout);
        var sum = Legend(svg, "transpose").Single(l => l.Value == "a+c").Key;
        Assert.Contains($".transpose .e{sum}{{fill:url(#transpose-sum{sum})}}", outcome.Stdout);
        Assert.Single(svg.Descendants(Ns + "pattern"), p => (string?)p.Attribute("id") == $"transpose-sum{sum}");
    }

    [Fact]
    public void A_large_layer_is_drawn_as_density_pictures_whose_bins_hold_exactly_the_nonzeros()
    {
        string[] layer = ["--kernel-shape", "2,2,3,3", "--input-shape", "2,20,30", "--stride", "1,2", "--dilation", "2,1", "--padding", "1"];
        var outcome = CliRunner.Run(["grad", .. layer, "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var svg = XDocument.Parse(outcome.Stdout);
        var matrix = Pictures.SvgMatrixTests.Matrix(layer);
        Assert.True(matrix.Columns > 500 && matrix.Rows > 500);
        var transpose = new List<(long, long)>();
        var patches = new List<(long, long)>();
        for (long s = 0; s < matrix.Rows; s++)
        {
            foreach (var e in matrix.Row(s)) transpose.Add((e.Column, s));
            foreach (var tap in ReceptiveField.Taps(matrix.Geometry, s)) patches.Add((s, tap.KernelIndex));
        }
        AssertBins(svg, "Mᵀ", transpose);
        AssertBins(svg, "U(x)", patches);
    }

    [Fact]
    public void A_padding_value_fills_every_kernel_entry_of_its_channel_in_the_density_picture_of_U()
    {
        // With a padding value every tap of a neuron reads something other than zero: row s of U is
        // full across its output channel's kernel entries, o·9 to o·9 + 8.
        var outcome = CliRunner.Run("grad", "--kernel-shape", "2,1,3,3", "--input-shape", "1,18,18", "--padding", "1", "--padding-value", "1", "--format", "svg", "--show", "U");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var nonzeros = new List<(long, long)>();
        for (long s = 0; s < 2 * 18 * 18; s++)
            for (var k = 0; k < 9; k++) nonzeros.Add((s, s / (18 * 18) * 9 + k));
        AssertBins(XDocument.Parse(outcome.Stdout), "U(x)", nonzeros);
    }

    [Theory]
    [InlineData("svg", "--max-rows", "3")]
    [InlineData("svg", "--upstream", "auto")]
    [InlineData("tikz", "--text-layout", "indented")]
    [InlineData("svg", "--standalone", null)]
    [InlineData("tikz", "--zeros", "dot")]
    [InlineData("text", "--standalone", null)]
    public void An_option_that_does_nothing_for_the_format_is_refused(string format, string option, string? value)
    {
        var outcome = CliRunner.Run(["grad", CliRunner.Example("seed.conv"), "--format", format, option, .. value is null ? Array.Empty<string>() : [value]]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{option} does nothing for --format {format}", outcome.Stderr);
    }

    [Fact]
    public void The_format_table_names_options_and_formats_grad_has()
    {
        // A renamed option or format would leave the table's line matching nothing, and the option silently read.
        foreach (var (name, formats) in SymConv.Cli.GradCommand.OptionFormats)
        {
            Assert.Contains(name, SymConv.Cli.CommandCatalog.Grad.Options.Concat(SymConv.Cli.OptionCatalog.All.Where(o => o.Group == SymConv.Cli.OptionCatalog.GradGroup).Select(o => o.Name)));
            Assert.All(formats, f => Assert.Contains(f, SymConv.Cli.GradCommand.Formats));
        }
    }

    [Fact]
    public void Numbers_decimal_writes_the_legend_of_a_picture_in_decimals()
    {
        string[] layer = ["grad", "--kernel", "[[[[1/2 -1/4] [3 1/3]]]]", "--input", "[[[1/5 2 3] [4 5 6] [7 8 9]]]", "--format", "svg"];
        var fractions = XDocument.Parse(CliRunner.Run(layer).Stdout);
        var decimals = XDocument.Parse(CliRunner.Run([.. layer, "--numbers", "decimal"]).Stdout);
        Assert.Contains("1/2", Legend(fractions, "transpose").Values);
        Assert.Equal(["-0.25", "0.5", "1/3", "3"], Legend(decimals, "transpose").Values.Order(StringComparer.Ordinal));
        Assert.Contains("0.2", Legend(decimals, "patches").Values);
        Assert.Contains("1/5", Legend(fractions, "patches").Values);
    }

    [Fact]
    public void A_section_that_is_not_a_matrix_is_refused_for_a_picture()
    {
        var outcome = CliRunner.Run("grad", CliRunner.Example("seed.conv"), "--format", "tikz", "--show", "U,dL/dK");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--show cannot name dL/dK for --format tikz, which draws only the backward pass's matrices, Mᵀ and U(x)", outcome.Stderr);
        Assert.Contains("hint: --show M^T, U or both", outcome.Stderr);
    }

    public static TheoryData<string, string[]> CompiledLayers() => new()
    {
        { "seed", [CliRunner.Example("seed.conv")] },
        { "reflect-sums", [CliRunner.Example("reflect.conv")] },
        { "transposed-fractions", ["--kernel", "[[[[alpha, -1/2], [beta_{1,2}, 3gamma^2]]]]", "--input-shape", "1,3,3", "--transposed"] },
        { "density", ["--kernel-shape", "4,4,3,3", "--input-shape", "4,16,16"] },
    };

    [Theory]
    [MemberData(nameof(CompiledLayers))]
    public void The_tikz_compiles_standalone_and_as_a_fragment_input_twice(string name, string[] layer)
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var standalone = CliRunner.Run(["grad", .. layer, "--format", "tikz", "--standalone"]);
        Assert.True(standalone.ExitCode == 0, standalone.Stderr);
        Assert.Contains("\\documentclass", standalone.Stdout);
        Pictures.TikzCompileTests.Compile(output, pdflatex, name + "-standalone", standalone.Stdout);
        var fragment = CliRunner.Run(["grad", .. layer, "--format", "tikz"]);
        Assert.True(fragment.ExitCode == 0, fragment.Stderr);
        Assert.DoesNotContain("\\documentclass", fragment.Stdout);
        Assert.Equal(2, fragment.Stdout.Split("\\begin{tikzpicture}").Length - 1);
        Pictures.TikzCompileTests.Compile(output, pdflatex, name + "-fragment",
            "\\documentclass{article}\n\\usepackage{tikz}\n\\begin{document}\nThe backward pass.\n" +
            "\\begin{figure}\n\\input{fragment}\n\\caption{The backward pass of a layer.}\n\\end{figure}\n" +
            "\\noindent\\begin{minipage}{0.5\\linewidth}\n\\input{fragment}\n\\end{minipage}\n\\end{document}\n",
            ("fragment.tex", fragment.Stdout));
    }

    private static XDocument Svg(string[] layer)
    {
        var outcome = CliRunner.Run(["grad", .. layer, "--format", "svg"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        return XDocument.Parse(outcome.Stdout);
    }

    private static XElement Picture(XDocument svg, string scope) =>
        svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == scope);

    private static Dictionary<int, string> Legend(XDocument svg, string scope) =>
        Picture(svg, scope).Descendants(Ns + "text").Where(t => t.Attribute("data-entry") is not null)
            .DistinctBy(t => (string)t.Attribute("data-entry")!).ToDictionary(t => int.Parse((string)t.Attribute("data-entry")!), t => t.Value);

    // Each cell as (row, column, the text of its entry in its own picture's legend).
    private static List<(long Row, long Column, string Text)> Cells(XDocument svg, string scope, string map)
    {
        var legend = Legend(svg, scope);
        return Picture(svg, scope).Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "cells" && (string?)g.Attribute("data-map") == map)
            .Elements(Ns + "rect").Select(r => (long.Parse((string)r.Attribute("y")!), long.Parse((string)r.Attribute("x")!), legend[int.Parse(((string)r.Attribute("class")!)[1..])])).ToList();
    }

    private static SymConv.Algebra.Polynomial Value(ConvolutionMatrix matrix, string text)
    {
        for (long t = 0; t < matrix.Layer.Input.Shape.Size; t++)
            if (matrix.Text(matrix.Layer.Input[t]) == text) return matrix.Layer.Input[t];
        if (matrix.Text(matrix.Layer.PaddingValue) == text) return matrix.Layer.PaddingValue;
        throw new Xunit.Sdk.XunitException($"{text} is no entry of x");
    }

    private static void AssertBins(XDocument svg, string map, List<(long Row, long Column)> nonzeros)
    {
        var bins = svg.Descendants(Ns + "g").Single(g => (string?)g.Attribute("class") == "bins" && (string?)g.Attribute("data-map") == map);
        var rowsPerBin = long.Parse((string)bins.Attribute("data-rows-per-bin")!);
        var columnsPerBin = long.Parse((string)bins.Attribute("data-columns-per-bin")!);
        var drawn = new HashSet<(long, long)>();
        foreach (var rect in bins.Elements(Ns + "rect"))
        {
            var x = long.Parse((string)rect.Attribute("x")!);
            var width = long.Parse((string)rect.Attribute("width")!);
            for (var c = x; c < x + width; c++) drawn.Add((long.Parse((string)rect.Attribute("y")!), c));
        }
        var expected = nonzeros.Select(n => (n.Row / rowsPerBin, n.Column / columnsPerBin)).ToHashSet();
        Assert.True(expected.Count > 100, map);
        Assert.Equal(expected.Order(), drawn.Order());
    }
}
