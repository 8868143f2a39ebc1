using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Options a command reads in one of its modes only, which would do nothing in the other: symconv
/// neuron --at explains an output neuron (--activation wraps it), --input-at an input entry
/// (whose dL/dx reads --upstream); symconv grad's --zeros and --max-cols set Mᵀ and U(x), so
/// they need one of them shown.
/// </summary>
internal static class ModeRule
{
    private static readonly string[] UpstreamOptions = ["upstream", "upstream-symbols"];

    private static readonly string[] MatrixLayout = ["zeros", "max-cols"];

    private static readonly string[] GradMatrices = ["M^T", "Mᵀ", "transpose", "U", "patches", "im2col", "all"];

    /// <summary>Why <paramref name="entry"/> does nothing in the mode the run is in, or null when it does something.</summary>
    public static (string Problem, string Hint)? Problem(SpecEntry entry, CommandInfo command, Invocation invocation)
    {
        if (ReferenceEquals(command, CommandCatalog.Neuron))
        {
            var inputAt = invocation.Last("input-at") is not null;
            if (inputAt && entry.Key == "activation")
                return ("--activation does nothing for symconv neuron --input-at: it wraps an output neuron's value, which --at picks",
                    "drop --activation, or give --at INDEX for an output neuron");
            if (!inputAt && UpstreamOptions.Contains(entry.Key))
                return ($"--{entry.Key} does nothing for symconv neuron --at: an output neuron's value reads no gradient; symconv neuron --input-at and symconv grad read it",
                    $"drop --{entry.Key}, or give --input-at INDEX for an input entry's dL/dx");
        }
        if (ReferenceEquals(command, CommandCatalog.Grad) && MatrixLayout.Contains(entry.Key))
        {
            var show = invocation.Last("show")?.Text.Split(',', StringSplitOptions.TrimEntries) ?? [];
            if (!show.Any(GradMatrices.Contains))
                return ($"--{entry.Key} sets the matrices Mᵀ and U(x), which this run does not show",
                    $"drop --{entry.Key}, or show them: --show M^T,U (or all)");
        }
        return null;
    }
}
