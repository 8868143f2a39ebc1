using SymConv.Checking;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// symconv formula: the printed formula of M is a claim that holds, for random layers of every
/// kind (every option, padding mode, rank, groups, transposed, flip), checked against M entry by
/// entry; and it is the textbook formula for the seed.
/// </summary>
public class IndexFormulaTests
{
    [Fact]
    public void The_seeds_formula_is_the_textbook_one()
    {
        Assert.Equal("M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q, otherwise 0", IndexFormula.Text(Seed()));
        Assert.Equal(
            "M_{(u,v,w),(i,j,k)} = \\begin{cases} K_{u,i,j-v,k-w} & \\text{if } 0 \\le j-v < P \\text{ and } 0 \\le k-w < Q, \\\\ 0 & \\text{otherwise.} \\end{cases}",
            IndexFormula.Latex(Seed()));
    }

    [Theory]
    [InlineData(new[] { "kernel-shape=2,2,3,3", "input-shape=2,7,7", "stride=2", "padding=1" }, "M[(u,v,w),(i,j,k)] = K[u,i,j-2v+1,k-2w+1] if 0 <= j-2v+1 < P and 0 <= k-2w+1 < Q, otherwise 0")]
    [InlineData(new[] { "kernel-shape=1,1,2,2", "input-shape=1,5,5", "dilation=2" }, "M[(u,v,w),(i,j,k)] = K[u,i,(j-v)//2,(k-w)//2] if (j-v) % 2 == 0 and 0 <= (j-v)//2 < P and (k-w) % 2 == 0 and 0 <= (k-w)//2 < Q, otherwise 0")]
    [InlineData(new[] { "kernel-shape=4,1,2,2", "input-shape=2,3,3", "groups=2" }, "M[(u,v,w),(i,j,k)] = K[u,0,j-v,k-w] if i == u // 2 and 0 <= j-v < P and 0 <= k-w < Q, otherwise 0")]
    [InlineData(new[] { "kernel-shape=2,3,3,3", "input-shape=2,3,3", "transposed=true", "stride=2" }, "M[(u,v,w),(i,j,k)] = K[i,u,v-2j,w-2k] if 0 <= v-2j < P and 0 <= w-2k < Q, otherwise 0")]
    [InlineData(new[] { "kernel-shape=2,1,3", "input-shape=1,6", "flip=true" }, "M[(u,w),(i,k)] = K[u,i,Q-1-(k-w)] if 0 <= k-w < Q, otherwise 0")]
    [InlineData(new[] { "kernel-shape=1,1,2", "input-shape=1,3", "padding=1", "padding-mode=circular" }, "M[(u,w),(i,k)] = (K[u,i,0] if (w-1) % 3 == k else 0) + (K[u,i,1] if (w) % 3 == k else 0)")]
    public void Each_option_reads_as_a_paper_writes_it(string[] options, string expected)
    {
        var matrix = Layers.Matrix([.. options.Select(o => (o[..o.IndexOf('=')], o[(o.IndexOf('=') + 1)..]))]);
        Assert.Equal(expected, IndexFormula.Text(matrix));
        Assert.True(Check(matrix, expected).Holds);
    }

    [Fact]
    public void The_printed_formula_holds_for_random_layers_of_every_kind()
    {
        var random = new Random(1313);
        var seen = new HashSet<string>();
        for (var n = 0; n < 300; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1500);
            var matrix = Layers.Matrix([.. layer.Options]);
            var formula = IndexFormula.Text(matrix);
            var result = Check(matrix, formula);
            Assert.True(result.Holds, $"{layer}\n{formula}\n" + string.Join("\n", result.Mismatches.Select(m => m.Location + " " + m.Problem)));
            seen.Add($"{matrix.Geometry.SpatialRank}-D {matrix.Geometry.PaddingMode}{(matrix.Geometry.Transposed ? " transposed" : "")}");
            if (matrix.Geometry.Groups > 1) seen.Add("groups");
            if (matrix.Geometry.Flip) seen.Add("flip");
            if (matrix.Geometry.Dilation.Any(d => d > 1)) seen.Add("dilation");
            if (matrix.Geometry.Stride.Any(s => s > 1)) seen.Add("stride");
            if (matrix.Geometry.OutputPadding.Any(p => p > 0)) seen.Add("output padding");
            if (matrix.Geometry.Transposed)
            {
                // Transposed layers with each option, padding above all: the tap is (v + pad − s·j)/d.
                if (matrix.Geometry.PadBefore.Any(p => p > 0)) seen.Add("transposed padding");
                if (matrix.Geometry.PadBefore.Any(p => p > 0) && matrix.Geometry.Stride.Any(s => s > 1)) seen.Add("transposed padding stride");
                if (matrix.Geometry.PadBefore.Any(p => p > 0) && matrix.Geometry.Dilation.Any(d => d > 1)) seen.Add("transposed padding dilation");
                if (matrix.Geometry.Groups > 1) seen.Add("transposed groups");
                if (matrix.Geometry.Flip) seen.Add("transposed flip");
                if (matrix.Geometry.Dilation.Any(d => d > 1)) seen.Add("transposed dilation");
            }
        }
        // Every kind was drawn, so the round trip covers them all.
        foreach (var kind in new[] { "groups", "flip", "dilation", "stride", "output padding", "1-D Zeros", "2-D Zeros", "3-D Zeros",
                     "2-D Zeros transposed", "1-D Zeros transposed", "transposed padding", "transposed padding stride",
                     "transposed padding dilation", "transposed groups", "transposed flip", "transposed dilation", "2-D Reflect", "2-D Symmetric", "2-D Replicate", "2-D Circular", "1-D Circular" })
            Assert.Contains(kind, seen);
    }

    [Fact]
    public void The_printed_formula_holds_in_every_layout()
    {
        // Random layers given by shape in a random data and kernel layout: the formula indexes y, x
        // and K as laid out, which check reads the same way.
        var random = new Random(1314);
        var seen = new HashSet<string>();
        string[] kernelLayouts = ["oihw", "iohw", "hwio", "hwoi", "ihwo", "ohwi", "hwim"];
        for (var n = 0; n < 200; n++)
        {
            var rank = random.Next(1, 3);
            var transposed = random.Next(2) == 0;
            var groups = random.Next(3) == 0 ? 2 : 1;
            var channels = groups * random.Next(1, 3);
            var perGroup = random.Next(1, 3);
            var kernelLayout = kernelLayouts[random.Next(kernelLayouts.Length)];
            var nhwc = random.Next(2) == 0;
            var size = Enumerable.Range(0, rank).Select(_ => random.Next(2, 5)).ToArray();
            var taps = Enumerable.Range(0, rank).Select(_ => random.Next(1, 3)).ToArray();
            int[] input = nhwc ? [.. size, channels] : [channels, .. size];
            // The kernel's o and i axes in PyTorch's sense: forward (out, in/groups), transposed (in, out/groups).
            var (o, i) = transposed ? (perGroup, channels) : (groups * perGroup, channels / groups);
            if (kernelLayout == "hwim")
            {
                if (transposed) continue;
                (o, i) = (channels, perGroup);
                groups = channels;
            }
            int[] kernel = kernelLayout switch
            {
                "oihw" => [o, i, .. taps], "iohw" => [i, o, .. taps], "hwio" or "hwim" => [.. taps, i, o],
                "hwoi" => [.. taps, o, i], "ihwo" => [i, .. taps, o], _ => [o, .. taps, i],
            };
            var options = new List<(string, string)>
            {
                ("kernel-shape", string.Join(',', kernel)), ("input-shape", string.Join(',', input)),
                ("kernel-layout", kernelLayout), ("groups", groups.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("padding", random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("stride", random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
            if (nhwc) options.Add(("layout", "nhwc"));
            if (transposed) options.Add(("transposed", ""));
            if (random.Next(3) == 0) options.Add(("flip", ""));
            if (!transposed && random.Next(3) == 0) options.Add(("padding-mode", "reflect"));
            SymConv.Convolution.ConvolutionMatrix matrix;
            try
            {
                matrix = Layers.Matrix([.. options]);
            }
            catch (SymConv.Model.InputException)
            {
                continue; // too small for its padding, say
            }
            var formula = IndexFormula.Text(matrix);
            var result = Check(matrix, formula);
            Assert.True(result.Holds, string.Join(' ', options) + $"\n{formula}");
            seen.Add(kernelLayout + (nhwc ? " nhwc" : ""));
        }
        foreach (var layout in kernelLayouts)
            Assert.Contains(layout + " nhwc", seen);
    }

    [Fact]
    public void A_laid_out_layer_reads_its_tensors_as_laid_out()
    {
        var matrix = Layers.Matrix(("kernel-shape", "3,3,2,2"), ("input-shape", "5,5,2"), ("layout", "nhwc"), ("kernel-layout", "hwio"), ("padding", "1"));
        const string expected = "M[(v,w,u),(j,k,i)] = K[j-v+1,k-w+1,i,u] if 0 <= j-v+1 < P and 0 <= k-w+1 < Q, otherwise 0";
        Assert.Equal(expected, IndexFormula.Text(matrix));
        Assert.True(Check(matrix, expected).Holds);
        // The same formula with K read in PyTorch's order is not M.
        Assert.False(Check(matrix, "M[(v,w,u),(j,k,i)] = K[u,i,j-v+1,k-w+1] if 0 <= j-v+1 < P and 0 <= k-w+1 < Q, otherwise 0").Holds);
    }
}

/// <summary>symconv formula end to end: what it prints is a claims file check finds true.</summary>
public class FormulaCommandTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void The_LaTeX_compiles_in_an_article_with_amsmath_and_stays_on_the_page()
    {
        if (ExternalTools.PdfLatex(output) is not { } pdflatex) return;
        var folder = ExternalTools.TemporaryFolder();
        var parts = new List<string>();
        string[][] layers =
        [
            .. Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal).Select(spec => new[] { spec }),
            ["--kernel-shape", "4,1,3,3", "--input-shape", "2,5,5", "--groups", "2", "--dilation", "2", "--flip"],
            ["--kernel-shape", "1,1,2,2", "--input-shape", "1,3,3", "--padding", "1", "--padding-mode", "symmetric"],
        ];
        foreach (var layer in layers)
        {
            var outcome = CliRunner.Run(["formula", .. layer, "--format", "latex"]);
            Assert.True(outcome.ExitCode == 0, outcome.Stderr);
            parts.Add(outcome.Stdout);
        }
        File.WriteAllText(Path.Combine(folder, "main.tex"),
            "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n" + string.Join("\n", parts) + "\\end{document}\n");
        var result = ExternalTools.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "main.tex"], folder, TimeSpan.FromMinutes(2));
        var log = File.Exists(Path.Combine(folder, "main.log")) ? File.ReadAllText(Path.Combine(folder, "main.log")) : "no log";
        Assert.True(result.ExitCode == 0, log);
        Assert.DoesNotContain(SymConv.Tests.Export.LatexCompileTests.Overfull(log), points => points > 1.0);
    }

    [Fact]
    public void The_seeds_formula_file_is_checked_true()
    {
        var outcome = CliRunner.Run("formula", CliRunner.Example("seed.conv"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            "# M of Conv2d: K 2×1×2×2 on x 1×3×3 gives y 2×2×2; M is 8×9; (u,v,w) indexes y, (i,j,k) indexes x.\n" +
            "# symconv check reads this file as --claims FILE, with the same layer, and finds it true.\n" +
            "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q, otherwise 0\n",
            outcome.Stdout);
        var path = TempFile.Write(outcome.Stdout, "formula.txt");
        var check = CliRunner.Run("check", CliRunner.Example("seed.conv"), "--claims", path);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Theory]
    [InlineData("--padding", "1", "--padding-mode", "reflect", "--bias", "auto")]
    [InlineData("--padding", "2", "--padding-mode", "circular", "--stride", "2")]
    [InlineData("--transposed", "--stride", "2", "--output-padding", "1")]
    [InlineData("--dilation", "2", "--padding", "same", "--flip")]
    public void A_printed_formula_checks_true_for_its_layer(params string[] options)
    {
        string[] layer = ["--kernel-shape", "2,2,3,3", "--input-shape", "2,5,5", .. options];
        var outcome = CliRunner.Run(["formula", .. layer]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var path = TempFile.Write(outcome.Stdout, "formula.txt");
        var check = CliRunner.Run(["check", .. layer, "--claims", path]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public void A_laid_out_layers_formula_checks_true_and_names_its_indices_as_laid_out()
    {
        string[] layer = ["--kernel-shape", "3,3,2,2", "--input-shape", "5,5,2", "--layout", "nhwc", "--kernel-layout", "hwoi", "--transposed", "--padding", "1", "--stride", "2", "--output-padding", "1"];
        var outcome = CliRunner.Run(["formula", .. layer]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.Contains("; (v,w,u) indexes y, (j,k,i) indexes x.", outcome.Stdout);
        var path = TempFile.Write(outcome.Stdout, "formula.txt");
        var check = CliRunner.Run(["check", .. layer, "--claims", path]);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public void LaTeX_is_display_math_with_cases()
    {
        var outcome = CliRunner.Run("formula", CliRunner.Example("seed.conv"), "--format", "latex");
        Assert.Equal(0, outcome.ExitCode);
        // The display is set by the layer exports' fit macro, which scales it to the line when wider.
        Assert.EndsWith("\\ExplSyntaxOff\n\\symconvfit{M_{(u,v,w),(i,j,k)} = \\begin{cases} K_{u,i,j-v,k-w} & \\text{if } 0 \\le j-v < P \\text{ and } 0 \\le k-w < Q, \\\\ 0 & \\text{otherwise.} \\end{cases}}\n", outcome.Stdout);
        Assert.Equal(2, CliRunner.Run("formula", "--format", "json").ExitCode);
    }
}
