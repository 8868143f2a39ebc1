using System.Text;

namespace SymConv.Cli;

/// <summary>The text of --help, made from the option and command catalogues so it cannot fall out of date.</summary>
internal static class HelpText
{
    /// <summary>symconv --help: every command and every option.</summary>
    public static string Build()
    {
        var text = new StringBuilder();
        text.Append("symconv — a convolutional layer as the sparse fully connected layer it is: y' = M x' (+ b), exactly.\n\n");
        text.Append("Usage:\n");
        foreach (var command in CommandCatalog.All)
        {
            foreach (var usage in command.Usage)
                text.Append("  ").Append(usage).Append('\n');
            text.Append("      ").Append(command.Summary).Append('\n');
        }
        text.Append("\nSPEC is a file of 'key = value' lines whose keys are the long option names; options override it.\n");
        text.Append("symconv COMMAND --help shows one command's options and examples.\n");
        Options(text, CommandCatalog.Layer, _ => true);
        text.Append("\nFormats: ").Append(string.Join(", ", CommandCatalog.Layer.Formats())).Append('\n');
        Examples(text, CommandCatalog.Sharing(""));
        text.Append("Exit codes: 0 all well, 1 a check failed, 2 bad input or trouble; 141 when the reader of the output went away.\n");
        return text.ToString();
    }

    /// <summary>symconv COMMAND --help: what the command does, the options it reads, examples.</summary>
    public static string Build(CommandInfo command)
    {
        if (command.Name.Length == 0) return Build();
        // A command word may serve a single layer and a stack (neuron): its help covers both.
        var forms = CommandCatalog.Sharing(command.Name);
        var text = new StringBuilder();
        text.Append(command.Title).Append(" — ").Append(command.Summary).Append(".\n");
        foreach (var other in forms.Skip(1))
            text.Append("  ").Append(other.Summary).Append(".\n");
        text.Append("\nUsage:\n");
        foreach (var usage in forms.SelectMany(f => f.Usage))
            text.Append("  ").Append(usage).Append('\n');
        if (command.Formats() is { Count: > 0 } formats)
            text.Append("\nFormats: ").Append(string.Join(", ", formats)).Append(forms.Count > 1 ? " (of a single layer)" : "").Append('\n');
        Options(text, command, o => forms.Any(f => f.Takes(o)));
        Examples(text, forms);
        text.Append("symconv --help lists every command and option.\n");
        return text.ToString();
    }

    private static void Options(StringBuilder text, CommandInfo command, Func<OptionInfo, bool> takes)
    {
        foreach (var group in OptionCatalog.All.Where(takes).GroupBy(o => o.Group))
        {
            text.Append('\n').Append(group.Key).Append(":\n");
            foreach (var option in group)
            {
                var name = (option.Short is { } s ? $"-{s}, " : "    ") + "--" + option.Name + (option.ValueName is null ? "" : " " + option.ValueName);
                // --format's words are the command's own.
                var help = option.Name == "format" && command != CommandCatalog.Layer
                    ? string.Join(", ", command.Formats()) + " (the first is the default)"
                    // --show's words are the command's own too (symconv grad's dL/dK, U).
                    : option.Name == "show" && command.ShowHelp is { } sections ? sections
                    : option.Help;
                text.Append("  ").Append(name.PadRight(34)).Append(help).Append('\n');
            }
        }
    }

    private static void Examples(StringBuilder text, IEnumerable<CommandInfo> commands)
    {
        text.Append("\nExamples:\n");
        foreach (var (line, says) in commands.SelectMany(c => c.Examples))
            text.Append("  ").Append(line).Append("\n      ").Append(says).Append('\n');
        text.Append('\n');
    }
}
