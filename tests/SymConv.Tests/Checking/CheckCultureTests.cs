using System.Globalization;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>check and neuron print the same bytes whatever the culture (numbers, minus signs, separators).</summary>
public class CheckCultureTests
{
    public static TheoryData<int, string[]> Runs => new()
    {
        { 1, new[] { "check", "--claims", CliRunner.Example("seed-claims.txt"), "--claim", "M[(u,v,w),(i,j,k)] = K[u,i,j-v-5,k-w] if 0 <= j-v < P and 0 <= k-w < Q" } },
        { 0, new[] { "neuron", "--kernel", "[[[[-1/2 2.5]]]]", "--input", "[[[-3 4 -5]]]", "--at", "0,0,1", "--format", "latex" } },
        { 0, new[] { "neuron", "--kernel", "[[[[-1/2 2.5]]]]", "--input", "[[[-3 4 -5]]]", "--at", "0,0,1", "--format", "json" } },
        { 2, new[] { "neuron", "--at", "0,-1,0" } },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Output_and_errors_do_not_depend_on_the_culture(int exitCode, string[] args)
    {
        var invariant = Cultures.Under(CultureInfo.InvariantCulture, () => CliRunner.Run(args));
        // Each run must get as far as it is meant to: a run that stops early compares nothing.
        Assert.True(invariant.ExitCode == exitCode, invariant.Stderr);
        foreach (var culture in new[] { "de-DE", "tr-TR", "fa-IR", "ar-SA" })
        {
            var local = Cultures.Under(new CultureInfo(culture), () => CliRunner.Run(args));
            Assert.Equal(invariant.ExitCode, local.ExitCode);
            Assert.Equal(invariant.Stdout, local.Stdout);
            Assert.Equal(invariant.Stderr, local.Stderr);
        }
    }
}
