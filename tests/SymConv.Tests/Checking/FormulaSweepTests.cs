using SymConv.Checking;
using SymConv.Convolution;
using SymConv.Tests.Support;
using static SymConv.Tests.Checking.CheckSupport;

namespace SymConv.Tests.Checking;

/// <summary>
/// All index formulas of a run are checked in one pass over M, and their work is bounded as a
/// whole: counted, not timed.
/// </summary>
public class FormulaSweepTests
{
    private const string Right = "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q";
    private const string Slip = "M[(u,v,w),(i,j,k)] = K[u,i,v-j,w-k] if 0 <= v-j < P and 0 <= w-k < Q";

    [Fact]
    public void Many_formulas_compute_each_row_of_M_once()
    {
        var matrix = Seed();
        var formulas = Enumerable.Range(0, 50)
            .Select(i => (Claim.Formula)ClaimReader.Read(ClaimSource.Of("--claim", i % 2 == 0 ? Right : Slip), matrix))
            .ToList();
        var requested = new List<long>();
        var results = FormulaSweep.Check(formulas, matrix.Geometry.OutputShape, matrix.Geometry.InputShape, row =>
        {
            requested.Add(row);
            return matrix.Row(row);
        });
        Assert.Equal(Enumerable.Range(0, 8).Select(r => (long)r), requested);
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.True(r.Holds));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal(34, r.MismatchCount));
    }

    [Fact]
    public void The_bound_is_on_all_formulas_together_not_on_each()
    {
        // 3,600 × 3,600 = 12,960,000 entries: one formula fits the bound, two do not.
        var layer = new[] { "check", "--kernel-shape", "1,1,1,1", "--input-shape", "1,60,60" };
        var outcome = CliRunner.Run([.. layer, "--claim", "y'[0] = a*x_{0,0,0}", "--claim", "M[s,t] = 0", "--claim", "M[s,t] = 1"]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith(
            "symconv: error: checking 2 formulas evaluates each at every entry of M (3,600×3,600 = 12,960,000 entries): with reading them, 25,920,020 evaluations' work, more than the 20,000,000 a run may do; check fewer formulas at a time, or on a smaller layer with the same options\n" +
            "  --> --claim, line 1, column 1\n   | M[s,t] = 1\n",
            outcome.Stderr);
    }

    [Fact]
    public void Reading_stops_at_the_formula_that_crosses_the_bound()
    {
        // 100 × 100 = 10,000 entries each, and reading the one-character value 0 counts 10:
        // 1,998 formulas fit 20,000,000 evaluations; the 1,999th is refused where it stands, and
        // the claims after it are never read.
        var matrix = Layers.Matrix(("kernel-shape", "1,1,1,1"), ("input-shape", "1,10,10"));
        var text = string.Concat(Enumerable.Repeat("M[s,t] = 0\n", 1_999)) + string.Concat(Enumerable.Repeat("M[s,t] = (\n", 100_000));
        var sources = ClaimSource.Split("claims.txt", text);
        var refused = Assert.Throws<SymConv.Model.InputException>(() => ClaimChecker.Check(matrix, sources));
        Assert.Equal("checking 1,999 formulas evaluates each at every entry of M (100×100 = 10,000 entries): with reading them, 20,009,990 evaluations' work, more than the 20,000,000 a run may do; check fewer formulas at a time, or on a smaller layer with the same options", refused.Message);
        Assert.Equal(1_999, refused.At!.Line);
    }
}
