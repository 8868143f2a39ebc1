using SymConv.Tests.Support;

namespace SymConv.Tests;

/// <summary>The worked example of the Q&A this project grew from, block by block as it is written there.</summary>
public class SeedExampleTests
{
    // These blocks are the acceptance test of issue 2: copied from the seed's answer, not from our output.
    public static TheoryData<string> SeedBlocks => new()
    {
        "K:\n[\n[\n[\n[a b]\n[c d]\n]\n]\n[\n[\n[e f]\n[g h]\n]\n]\n]\n",
        "x:\n[\n[\n[1 2 3]\n[4 5 6]\n[7 8 9]\n]\n]\n",
        "x':\n[1 2 3|4 5 6|7 8 9]\n",
        "M:\n[\n[a b 0|c d 0|0 0 0]\n[0 a b|0 c d|0 0 0]\n[0 0 0|a b 0|c d 0]\n[0 0 0|0 a b|0 c d]\n[e f 0|g h 0|0 0 0]\n[0 e f|0 g h|0 0 0]\n[0 0 0|e f 0|g h 0]\n[0 0 0|0 e f|0 g h]\n]\n",
        "y':\n[1a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, 1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+8g+9h]\n",
        "y:\n[\n[\n[1a+2b+4c+5d, 2a+3b+5c+6d]\n[4a+5b+7c+8d, 5a+6b+8c+9d]\n]\n[\n[1e+2f+4g+5h, 2e+3f+5g+6h]\n[4e+5f+7g+8h, 5e+6f+8g+9h]\n]\n]\n",
    };

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void The_seed_spec_prints_each_block_of_the_seed_verbatim(string block)
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\n" + block, outcome.Stdout);
    }

    [Theory]
    [MemberData(nameof(SeedBlocks))]
    public void No_arguments_runs_the_seed_example(string block)
    {
        var outcome = CliRunner.Run();
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\n" + block, outcome.Stdout);
        Assert.Contains("--kernel-shape", outcome.Stderr);
    }

    [Fact]
    public void The_seed_layer_given_by_shapes_and_options_matches_the_spec_file()
    {
        var fromOptions = CliRunner.Run("--kernel", "[[[[a b] [c d]]] [[[e f] [g h]]]]", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]");
        var fromFile = CliRunner.Run(CliRunner.Example("seed.conv"));
        var fromShape = CliRunner.Run("--kernel-shape", "2,1,2,2", "--input", "[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]");
        Assert.Equal(fromFile.Stdout, fromOptions.Stdout);
        Assert.Equal(fromFile.Stdout, fromShape.Stdout);
    }

    [Fact]
    public void Hiding_unit_coefficients_writes_a_plus_2b()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "y'", "--hide-unit-coefficients");
        Assert.Contains("[a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, e+2f+4g+5h,", outcome.Stdout);
    }

    [Fact]
    public void Show_picks_sections_in_the_canonical_order()
    {
        var outcome = CliRunner.Run(CliRunner.Example("seed.conv"), "--show", "output,matrix");
        Assert.Equal(0, outcome.ExitCode);
        var m = outcome.Stdout.IndexOf("\nM:\n", StringComparison.Ordinal);
        var y = outcome.Stdout.IndexOf("\ny':\n", StringComparison.Ordinal);
        Assert.True(m > 0 && y > m, outcome.Stdout);
        Assert.DoesNotContain("\nK:\n", outcome.Stdout);
        Assert.DoesNotContain("\ny:\n", outcome.Stdout);
    }
}
