using SymConv.Algebra;
using SymConv.Export;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>
/// The layer report's U(x) (<c>symconv --show U</c>, also <c>patches</c> and <c>im2col</c>): the patch
/// matrix with y' = U(x) k' (+ b), against the issue's seed row, a plainly written 8×8 and the reference
/// convolution, and as every format writes it.
/// </summary>
public class PatchSectionTests
{
    private static Report ReportOf(params (string Key, string Value)[] options) =>
        new(Layers.Matrix(options), new ReportOptions { Sections = [Section.PatchMatrix] });

    private static Polynomial[,] Dense(SymConv.LinearMaps.ILinearMap map)
    {
        var dense = new Polynomial[map.Rows, map.Columns];
        for (var r = 0; r < map.Rows; r++)
        {
            for (var c = 0; c < map.Columns; c++) dense[r, c] = Polynomial.Zero;
            foreach (var entry in map.Row(r)) dense[r, entry.Column] = entry.Value;
        }
        return dense;
    }

    private static (string, string)[] Seed => [("kernel-shape", "2,1,2,2"), ("input", "[[[1 2 3] [4 5 6] [7 8 9]]]")];

    [Fact]
    public void Row_0_of_the_seed_is_the_issues_1_2_4_5_0_0_0_0()
    {
        var report = ReportOf(Seed);
        var row = Dense(report.PatchSection.Map);
        Assert.Equal([1, 2, 4, 5, 0, 0, 0, 0], Enumerable.Range(0, 8).Select(c => row[0, c].TryGetConstant(out var v) ? (int)v.Numerator : -1));
    }

    // The seed's y[o, i, j] = Σ_{p,q} K[o, 0, p, q] x[0, i+p, j+q]: row s = (o, i, j) of U holds, under
    // kernel entry t = (o', 0, p, q), x[i+p, j+q] when o' = o and nothing otherwise.
    [Fact]
    public void The_seeds_U_is_x_at_each_kernel_entrys_tap()
    {
        int[,] x = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        var expected = new int[8, 8];
        for (var o = 0; o < 2; o++)
            for (var i = 0; i < 2; i++)
                for (var j = 0; j < 2; j++)
                    for (var p = 0; p < 2; p++)
                        for (var q = 0; q < 2; q++)
                            expected[o * 4 + i * 2 + j, o * 4 + p * 2 + q] = x[i + p, j + q];
        var actual = Dense(ReportOf(Seed).PatchSection.Map);
        for (var s = 0; s < 8; s++)
            for (var t = 0; t < 8; t++)
                Assert.True(actual[s, t] == Polynomial.Constant(expected[s, t]), $"U[{s},{t}] is {actual[s, t]}, not {expected[s, t]}");
    }

    // U's column t is how y' moves with kernel entry t: the reference layer run on a kernel that is one at
    // t and zero elsewhere, without bias. Then U k' = y' − b with y' from the reference too.
    [Fact]
    public void U_of_random_layers_is_the_reference_column_by_column_and_U_k_is_y_minus_b()
    {
        var random = new Random(1414);
        var a = PolynomialArithmetic.Instance;
        for (var n = 0; n < 150; n++)
        {
            var layer = RandomLayer.DrawValid(random, symbolic: random.Next(2) == 0, maxCells: 1500);
            var report = ReportOf([.. layer.Options]);
            var matrix = report.Matrix;
            var kernel = LibraryView.KernelOf(matrix);
            var input = LibraryView.InputOf(matrix);
            CheckAgainstReference(report, column => ReferenceConvolution.Apply(a, layer.Spec, column, input, bias: null).Values,
                ReferenceConvolution.Apply(a, layer.Spec, kernel, input, bias: null).Values, layer.ToString());
        }
    }

    [Theory]
    [InlineData("1,1,3,3", "1,4,4", "1", "1,1", "1,1", "1/2")]
    [InlineData("2,2,2,2", "2,3,3", "1:2,0", "1,0", "2,0", "v")]
    [InlineData("1,2,3", "2,5", "2", "2", "2", "-3")]
    public void U_of_a_padding_value_layer_reads_the_value_on_the_padding(string kernelShape, string inputShape, string padding,
        string before, string after, string value)
    {
        var report = ReportOf(("kernel-shape", kernelShape), ("input-shape", inputShape), ("padding", padding), ("padding-value", value), ("bias", "auto"));
        var matrix = report.Matrix;
        var a = PolynomialArithmetic.Instance;
        var kernel = LibraryView.KernelOf(matrix);
        var input = LibraryView.InputOf(matrix);
        var fill = matrix.Layer.PaddingValue;
        var rank = input.Shape.Length - 1;
        var spec = new ReferenceSpec(Ones(rank), null, Numbers(before), "zeros", Ones(rank), 1, false, new int[rank], false, Numbers(after));
        CheckAgainstReference(report, column => ReferenceConvolution.Apply(a, spec, column, input, null, fill).Values,
            ReferenceConvolution.Apply(a, spec, kernel, input, null, fill).Values, $"{kernelShape} on {inputShape}, padding {padding} of {value}");
        Assert.True(report.PatchSection.Map.IsAffine);
    }

    private static int[] Numbers(string list) => list.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static int[] Ones(int count) => Enumerable.Repeat(1, count).ToArray();

    private static void CheckAgainstReference(Report report, Func<Grid<Polynomial>, Polynomial[]> layerOn, Polynomial[] withoutBias, string layer)
    {
        var matrix = report.Matrix;
        var patches = report.PatchSection.Map;
        var kernel = LibraryView.KernelOf(matrix);
        Assert.Equal(matrix.Rows, patches.Rows);
        Assert.Equal(kernel.Values.Length, patches.Columns);
        var dense = Dense(patches);
        for (var t = 0; t < kernel.Values.Length; t++)
        {
            var oneHot = new Grid<Polynomial>(kernel.Shape, Polynomial.Zero);
            oneHot.Values[t] = Polynomial.One;
            var column = layerOn(oneHot);
            for (var s = 0; s < column.Length; s++)
                Assert.True(column[s] == dense[s, t], $"U[{s},{t}] is {matrix.Text(dense[s, t])}, the reference says {matrix.Text(column[s])}, for {layer}");
        }
        for (var s = 0; s < patches.Rows; s++)
        {
            var sum = Polynomial.Zero;
            foreach (var entry in patches.Row(s)) sum += entry.Value * kernel.Values[entry.Column];
            Assert.True(sum == withoutBias[s], $"(U k')[{s}] is {matrix.Text(sum)}, y' − b is {matrix.Text(withoutBias[s])}, for {layer}");
            var bias = matrix.Layer.Bias is null ? Polynomial.Zero : matrix.Output(s) - withoutBias[s];
            Assert.True(patches.Offset(s) == bias, $"U's offset {s} is not the bias, for {layer}");
        }
    }

    [Theory]
    [InlineData("U")]
    [InlineData("patches")]
    [InlineData("im2col")]
    public void Every_word_for_U_shows_it_under_M_and_before_y(string word)
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "y',M," + word);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var m = outcome.Stdout.IndexOf("\nM:\n", StringComparison.Ordinal);
        var u = outcome.Stdout.IndexOf("\nU(x) (patch matrix: y' = U(x) k', columns the kernel's entries):\n[\n[1 2|4 5|0 0|0 0]\n", StringComparison.Ordinal);
        var y = outcome.Stdout.IndexOf("\ny':\n", StringComparison.Ordinal);
        Assert.True(0 < m && m < u && u < y, outcome.Stdout);
    }

    [Fact]
    public void U_is_not_in_the_default_sections_and_is_in_all()
    {
        Assert.DoesNotContain("U(x)", CliRunner.Run(CliRunner.Example("seed.conv")).Stdout);
        Assert.Contains("\nU(x) (patch matrix", CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "all").Stdout);
    }

    [Fact]
    public void Rows_pick_the_rows_of_U_as_of_M()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "U", "--rows", "1,6");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.EndsWith("U(x), rows 1,6 (patch matrix: y' = U(x) k', columns the kernel's entries):\n[\n[2 3|5 6|0 0|0 0]\n[0 0|0 0|4 5|7 8]\n]\n", outcome.Stdout);
    }

    [Fact]
    public void Symbolic_input_gives_symbolic_entries_and_bias_is_named_in_the_heading()
    {
        var outcome = CliRunner.Run("--kernel-shape", "1,1,2", "--input-shape", "1,3", "--bias", "auto", "--show", "U");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.EndsWith("U(x) (patch matrix: y' = U(x) k' + b, columns the kernel's entries):\n[\n[x_{0,0} x_{0,1}]\n[x_{0,1} x_{0,2}]\n]\n", outcome.Stdout);
    }

    [Theory]
    [InlineData("seed.U.txt", "text")]
    [InlineData("seed.U.tex", "latex")]
    [InlineData("seed.U.md", "markdown")]
    [InlineData("seed.U.json", "json")]
    public void The_seeds_U_matches_its_golden_file(string goldenName, string format)
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "U", "--format", format);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Golden.Assert(goldenName, outcome.Stdout);
    }

    [Fact]
    public void A_U_too_big_to_write_densely_is_refused_before_anything_is_written()
    {
        var outcome = CliRunner.Run("--kernel-shape", "64,64,3,3", "--input-shape", "64,16,16", "--show", "U");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("symconv: error: U(x) would print 12,544×36,864 = 462,422,016 entries densely, more than 1,000,000; show some rows with --rows 0..3", outcome.Stderr);
    }
}
