using System.Globalization;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>check and neuron print the same bytes whatever the culture (numbers, minus signs, separators).</summary>
public class CheckCultureTests
{
    public static TheoryData<string[]> Runs => new()
    {
        new[] { "check", "--claims", CliRunner.Example("seed-claims.txt"), "--claim", "M[(u,v,w),(i,j,k)] = K[u,i,j-v-5,k-w] if 0 <= j-v < P and 0 <= k-w < Q" },
        new[] { "neuron", "--kernel", "[[[[-1/2 2.5]]]]", "--input", "[[[-3 4 -5]]]", "--at", "0,0,1", "--format", "latex" },
        new[] { "neuron", "--kernel", "[[[[-1/2 2.5]]]]", "--input", "[[[-3 4 -5]]]", "--at", "0,0,1", "--format", "json" },
        new[] { "neuron", "--at", "0,-1,0" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Output_and_errors_do_not_depend_on_the_culture(string[] args)
    {
        var invariant = Under(CultureInfo.InvariantCulture, () => CliRunner.Run(args));
        foreach (var culture in new[] { "de-DE", "tr-TR", "fa-IR", "ar-SA" })
        {
            var local = Under(new CultureInfo(culture), () => CliRunner.Run(args));
            Assert.Equal(invariant.Stdout, local.Stdout);
            Assert.Equal(invariant.Stderr, local.Stderr);
        }
    }

    private static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try { return action(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi); }
    }
}
