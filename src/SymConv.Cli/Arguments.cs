using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// The command line read into a command, an optional spec file and option values. Errors point
/// at the offending word with a caret under the command line as typed.
/// </summary>
internal sealed class Arguments
{
    private Arguments(string? command, string? specPath, IReadOnlyList<SpecEntry> entries, IReadOnlyList<SourcePoint> written)
    {
        Command = command;
        SpecPath = specPath;
        Entries = entries;
        _written = written;
    }

    // Where each entry's option word stands on the command line, in step with Entries.
    private readonly IReadOnlyList<SourcePoint> _written;

    /// <summary>A command of <see cref="CommandCatalog"/> (check, neuron, …), or null for showing the layer.</summary>
    public string? Command { get; }

    /// <summary>The spec file named on the command line, if any.</summary>
    public string? SpecPath { get; }

    /// <summary>Options given on the command line, in order.</summary>
    public IReadOnlyList<SpecEntry> Entries { get; }

    public bool Has(string name) => Entries.Any(e => e.Key == name);

    /// <summary>Where the option of <paramref name="entry"/>, one of <see cref="Entries"/>, was written on the command line.</summary>
    public SourcePoint WrittenAt(SpecEntry entry)
    {
        for (var i = 0; i < Entries.Count; i++)
            if (ReferenceEquals(Entries[i], entry)) return _written[i];
        return entry.At;
    }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        // The command line as the user typed it, words with spaces quoted, and where each word starts.
        var words = args.Select(a => a.Contains(' ') ? "'" + a + "'" : a).ToList();
        var line = string.Join(' ', words);
        var offsets = new int[args.Count];
        for (int i = 0, offset = 0; i < args.Count; i++)
        {
            offsets[i] = offset;
            offset += words[i].Length + 1;
        }
        SourcePoint At(int index, int within = 0) =>
            new("the command line", 1, offsets[index] + within + 1, line, offsets[index] + within);

        string? command = null;
        string? spec = null;
        var entries = new List<SpecEntry>();
        var written = new List<SourcePoint>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (i == 0 && CommandCatalog.Names.Contains(arg))
            {
                command = arg;
                continue;
            }
            // A first word that names no file but nearly a command is a mistyped command (grda),
            // not a spec file that cannot be read; a file of that name is a spec, as ever.
            if (i == 0 && arg.Length > 0 && arg[0] != '-' && !File.Exists(arg) && !Directory.Exists(arg)
                && NearestName.Among(arg, CommandCatalog.Names) is { } meant)
                throw new InputException(CliMessages.UnknownCommand(arg, meant), At(i), CliMessages.UnknownCommandHint);
            if (arg.Length < 2 || arg[0] != '-')
            {
                if (spec is not null)
                    throw new InputException(CliMessages.TwoSpecFiles(spec, arg), At(i), CliMessages.TwoSpecFilesHint);
                spec = arg;
                continue;
            }

            string name;
            string? inlineValue = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                var equals = name.IndexOf('=');
                if (equals >= 0)
                {
                    inlineValue = name[(equals + 1)..];
                    name = name[..equals];
                }
            }
            else if (arg.Length == 2 && OptionCatalog.FindShort(arg[1]) is { } shortOption)
            {
                name = shortOption.Name;
            }
            else
            {
                throw new InputException(CliMessages.UnknownOption(arg, null), At(i), CliMessages.HelpHint);
            }

            var option = OptionCatalog.Find(name)
                ?? throw new InputException(CliMessages.UnknownOption("--" + name, OptionCatalog.Suggest(name)), At(i), CliMessages.HelpHint);
            written.Add(At(i));
            if (option.IsSwitch)
            {
                var value = inlineValue ?? "true";
                entries.Add(new SpecEntry(option.Name, value, At(i, inlineValue is null ? 0 : arg.Length - value.Length)));
                continue;
            }
            if (inlineValue is not null)
            {
                entries.Add(new SpecEntry(option.Name, inlineValue, At(i, arg.Length - inlineValue.Length)));
                continue;
            }
            if (i + 1 >= args.Count)
                throw new InputException(CliMessages.MissingValue(option), At(i), CliMessages.HelpHint);
            i++;
            entries.Add(new SpecEntry(option.Name, args[i], new SourcePoint("--" + option.Name, 1, 1, args[i], 0)));
        }
        return new Arguments(command, spec, entries, written);
    }
}
