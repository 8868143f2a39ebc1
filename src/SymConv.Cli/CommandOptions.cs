using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>When a command falls back on the seed; which options each command reads is in CommandCatalog.</summary>
internal static class CommandOptions
{
    /// <summary>
    /// True when no layer is described at all (no spec file, no layer option): symconv, check and
    /// neuron then work on the seed example, so `symconv --format latex` shows it in LaTeX.
    /// </summary>
    public static bool WantsSeed(Arguments arguments) =>
        arguments.SpecPath is null && !arguments.Entries.Any(e => LayerReader.Keys.Contains(e.Key));
}
