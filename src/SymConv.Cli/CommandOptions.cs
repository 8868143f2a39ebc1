using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>Which options belong to which subcommand, and when a subcommand falls back on the seed.</summary>
internal static class CommandOptions
{
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        [OptionCatalog.CheckGroup] = "check",
        [OptionCatalog.NeuronGroup] = "neuron",
        [OptionCatalog.GradGroup] = "grad",
    };

    /// <summary>
    /// True when no layer is described at all (no spec file, no layer option): symconv, check and
    /// neuron then work on the seed example, so `symconv --format latex` shows it in LaTeX.
    /// </summary>
    public static bool WantsSeed(Arguments arguments) =>
        arguments.SpecPath is null && !arguments.Entries.Any(e => LayerReader.Keys.Contains(e.Key));

    /// <summary>
    /// Refuses an option of one subcommand given to another on the command line, naming it where it
    /// was written. Spec files are shared by all commands, so their lines for another command (a
    /// claim, rows to show) are left for that command rather than refused.
    /// </summary>
    public static void CheckBelong(string? command, IEnumerable<SpecEntry> commandLine)
    {
        foreach (var entry in commandLine)
        {
            var group = OptionCatalog.Find(entry.Key)?.Group;
            // The upstream gradient also serves neuron --input-at, which shows one entry of dL/dx.
            var upstreamForNeuron = group == OptionCatalog.GradGroup && command == "neuron";
            if (group is not null && Groups.TryGetValue(group, out var owner) && owner != command && !upstreamForNeuron)
                throw new InputException(CliMessages.NotForCommand(entry.Key, command ?? ""), entry.KeyAt ?? entry.At, CliMessages.HelpHint);
            // --show and --rows pick parts of the layer report, which check and neuron do not print.
            if (command is not null && entry.Key is "show" or "rows" && !(command == "grad" && entry.Key == "show"))
                throw new InputException(CliMessages.NotForCommand(entry.Key, command), entry.KeyAt ?? entry.At, CliMessages.HelpHint);
        }
    }
}
