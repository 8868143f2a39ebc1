using SymConv.Tests.Support;

namespace SymConv.Tests.Export;

/// <summary>The notes a layer carries (M = Cᵀ, the padding term) read in the typeset page as in the text.</summary>
public class LatexNoteTests
{
    [Theory]
    [InlineData("padding-value.conv")]
    [InlineData("dumoulin-4x4-transposed.conv")]
    public void Every_character_of_a_note_is_typeset_not_replaced(string example)
    {
        var outcome = CliRunner.Run(CliRunner.Example(example), "--format", "latex", "--standalone");
        Assert.Equal(0, outcome.ExitCode);
        // '?' is what the escaper writes for a character it cannot set; no note contains a real one.
        var typeset = outcome.Stdout.Split('\n').Where(line => !line.StartsWith('%'));
        Assert.DoesNotContain(typeset, line => line.Contains('?'));
    }

    [Fact]
    public void The_padding_terms_product_is_a_centred_dot() =>
        Assert.Contains("p[r] = v$\\cdot$(the sum",
            CliRunner.Run(CliRunner.Example("padding-value.conv"), "--format", "latex", "--standalone").Stdout);
}
