using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>
/// Generated symbols are named from their index on demand and shapes are checked before
/// anything is made, so what a run allocates does not grow with a generated tensor's size
/// (issue 10). Before, every symbol cost about 310 bytes before the first check: a one-entry
/// kernel on a 1×3000×3000 input took 2.3 GB to show. Measured in allocated bytes, not time.
/// </summary>
[Collection(nameof(AllocationCounting))]
public class GeneratedSymbolMemoryTests
{
    private const long Slack = 1 << 20;

    // Bytes allocated by a second run (the first pays for JIT and static tables).
    private static long Allocated(int exitCode, params string[] args)
    {
        Assert.Equal(exitCode, CliRunner.Run(args).ExitCode);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var outcome = CliRunner.Run(args);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(outcome.ExitCode == exitCode, outcome.Stderr);
        return allocated;
    }

    [Fact]
    public void Showing_a_kernel_costs_the_same_beside_any_input()
    {
        var small = Allocated(0, "--kernel-shape", "1,1,1,1", "--input-shape", "1,30,30", "--show", "K");
        var large = Allocated(0, "--kernel-shape", "1,1,1,1", "--input-shape", "1,600,600", "--show", "K");
        Assert.True(large < small + Slack, $"a 1×600×600 input allocated {large:N0} bytes, a 1×30×30 one {small:N0}");
    }

    [Fact]
    public void A_wrong_rank_input_is_refused_before_its_symbols_are_made()
    {
        var small = Allocated(2, "--kernel-shape", "1,1,1,1", "--input-shape", "1,30");
        var large = Allocated(2, "--kernel-shape", "1,1,1,1", "--input-shape", "1,300000");
        Assert.True(large < small + Slack, $"refusing a 1×300000 input allocated {large:N0} bytes, a 1×30 one {small:N0}");
    }

    [Fact]
    public void Rows_of_y_prime_cost_the_same_whatever_the_input_size()
    {
        // Both inputs have more symbols than the name cache holds, so only the names differ.
        var small = Allocated(0, "--kernel-shape", "1,1,3,3", "--input-shape", "1,600,600", "--show", "y'", "--rows", "0..99");
        var large = Allocated(0, "--kernel-shape", "1,1,3,3", "--input-shape", "1,1200,1200", "--show", "y'", "--rows", "0..99");
        Assert.True(large < small + Slack, $"a 1×1200×1200 input allocated {large:N0} bytes, a 1×600×600 one {small:N0}");
    }

    [Fact]
    public void A_transposed_layer_s_forward_twin_stores_no_input()
    {
        // The twin of a transposed layer (for C) once held an array of zeros as large as y.
        var small = Allocated(0, "--kernel-shape", "1,1,3,3", "--input-shape", "1,600,600", "--transposed", "--show", "y'", "--rows", "0..9");
        var large = Allocated(0, "--kernel-shape", "1,1,3,3", "--input-shape", "1,1200,1200", "--transposed", "--show", "y'", "--rows", "0..9");
        Assert.True(large < small + Slack, $"a transposed 1×1200×1200 input allocated {large:N0} bytes, a 1×600×600 one {small:N0}");
    }

    [Fact]
    public void A_generated_input_streams_y_prime_in_bounded_memory()
    {
        // Four times the rows, the same allocation give or take a block: nothing is kept per row or per symbol.
        var path = Path.Combine(Path.GetTempPath(), $"symconv-stream-{Guid.NewGuid():N}.txt");
        try
        {
            // A 1×1×1×1 kernel keeps the files small: one term per row, 360,000 and 1,440,000 rows.
            var small = Allocated(0, "--kernel-shape", "1,1,1,1", "--input-shape", "1,600,600", "--show", "y'", "-o", path);
            var large = Allocated(0, "--kernel-shape", "1,1,1,1", "--input-shape", "1,1200,1200", "--show", "y'", "-o", path);
            Assert.True(large < small + 8 * Slack, $"a 1×1200×1200 input allocated {large:N0} bytes, a 1×600×600 one {small:N0}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Explaining_a_symbol_the_layer_lacks_costs_the_same_whatever_the_input_size()
    {
        // x_{0,301,7} is outside both inputs: the note names the inputs' range and the nearest.
        // Before, every input symbol was listed and named (and named again per unknown symbol).
        var small = Allocated(1, "check", "--kernel-shape", "1,1,3,3", "--input-shape", "1,300,300", "--claim", "y'[0] = x_{0,3001,7}");
        var large = Allocated(1, "check", "--kernel-shape", "1,1,3,3", "--input-shape", "1,600,600", "--claim", "y'[0] = x_{0,3001,7}");
        Assert.True(large < small + Slack, $"a 1×600×600 input allocated {large:N0} bytes, a 1×300×300 one {small:N0}");
    }
}
