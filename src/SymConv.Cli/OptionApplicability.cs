using SymConv.Export.Neuron;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Options that would do nothing for the chosen command or format are never silently ignored: on
/// the command line, where the user just typed them, they are refused; a spec file's line is
/// warned about and left unread, since one spec serves every command and format (a spec's rows
/// for the layer view, read by symconv neuron).
/// </summary>
internal static class OptionApplicability
{
    /// <param name="entries">The run's entries, the spec's lines first.</param>
    /// <param name="command">The command run.</param>
    /// <param name="format">The format chosen (the layer view's options depend on it).</param>
    /// <param name="where">Where a command-line entry's option was written, for the caret.</param>
    /// <param name="warnings">Standard error, for a spec's lines that do nothing.</param>
    public static void Check(IEnumerable<SpecEntry> entries, CommandInfo command, string format, Func<SpecEntry, SourcePoint> where, TextWriter warnings)
    {
        foreach (var entry in entries)
        {
            if (OptionCatalog.Find(entry.Key) is not { } option) continue;
            var fromSpec = Invocation.IsFromSpec(entry);
            string? problem = null, hint = null;
            if (!command.Takes(option) && !command.RefusedByCommand.Contains(option.Group))
            {
                problem = CliMessages.NotForCommand(entry.Key, command, CommandCatalog.Readers(option));
                hint = CliMessages.CommandHelpHint(command);
            }
            else if ((command == CommandCatalog.Layer || command == CommandCatalog.Stack && !command.OwnValues.Contains(option.Name)) && option.Formats is { } formats && !formats.Contains(format))
            {
                problem = CliMessages.NotForFormat(entry.Key, format, formats);
                hint = CliMessages.NotForFormatHint(entry.Key, formats);
            }
            else if (command == CommandCatalog.Grad && GradCommand.OptionFormats.TryGetValue(option.Name, out var gradFormats) && !gradFormats.Contains(format))
            {
                problem = CliMessages.NotForFormat(entry.Key, format, gradFormats);
                hint = CliMessages.NotForFormatHint(entry.Key, gradFormats);
            }
            else if (command == CommandCatalog.Neuron && option.Name == "standalone" && !NeuronFormats.StandaloneFormats.Contains(format))
            {
                problem = CliMessages.NotForFormat(entry.Key, format, NeuronFormats.StandaloneFormats);
                hint = CliMessages.NotForFormatHint(entry.Key, NeuronFormats.StandaloneFormats);
            }
            if (problem is null) continue;
            if (!fromSpec)
                throw new InputException(problem, where(entry), hint);
            var at = entry.KeyAt ?? entry.At;
            warnings.Write($"symconv: warning: {at.Source}, line {at.Line}: {problem} (the line is left unread)\n");
        }
    }
}
