using SymConv.Convolution;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>
/// Options that would do nothing for the chosen command or format are never silently ignored: on
/// the command line, where the user just typed them, they are refused; a spec file's line is
/// warned about and left unread, since one spec serves every command and format (a spec's rows
/// for the layer view, read by symconv neuron; its show = K,M for the layer view, which symconv
/// grad does not write). A value that no command reads is not of this kind: it is a mistake, and
/// <see cref="OptionValues"/> refuses it wherever it is written.
/// </summary>
internal static class OptionApplicability
{
    /// <summary>Refuses or warns about what would do nothing; returns the run without the spec's lines left unread.</summary>
    /// <param name="invocation">The run, the spec's lines first.</param>
    /// <param name="command">The command run.</param>
    /// <param name="where">Where a command-line entry's option was written, for the caret.</param>
    /// <param name="warnings">Standard error, for a spec's lines that do nothing.</param>
    public static Invocation Check(Invocation invocation, CommandInfo command, Func<SpecEntry, SourcePoint> where, TextWriter warnings)
    {
        var unread = new HashSet<SpecEntry>(ReferenceEqualityComparer.Instance);
        // A spec's show line of which only some words are read, with those words.
        var narrowed = new Dictionary<SpecEntry, SpecEntry>(ReferenceEqualityComparer.Instance);
        void Refuse(SpecEntry entry, string problem, string? hint, SpecEntry? rest = null)
        {
            if (!Invocation.IsFromSpec(entry))
                throw new InputException(problem, where(entry), hint);
            var at = entry.KeyAt ?? entry.At;
            warnings.Write($"symconv: warning: {at.Source}, line {at.Line}: {problem} ({(rest is null ? "the line is left unread" : "those words are left unread")})\n");
            if (rest is null) unread.Add(entry);
            else narrowed[entry] = rest;
        }

        // The format first: what the other options do depends on it. A spec's format another
        // command writes (svg, for the layer view) is left to it; on the command line a format
        // the command does not write is refused with the ones it does (OptionValues).
        var format = invocation.Format;
        if (invocation.Last("format") is { } formatLine && Invocation.IsFromSpec(formatLine)
            && command.Formats() is { Count: > 0 } written && !written.Contains(format) && CommandCatalog.Writers(format) is { Count: > 0 } writers)
        {
            Refuse(formatLine, CliMessages.FormatNotWritten(command, format, written, writers), null);
            format = "text";
        }

        foreach (var entry in invocation.Entries)
        {
            if (unread.Contains(entry) || OptionCatalog.Find(entry.Key) is not { } option) continue;
            // A spec's line the command line overrides is not read, whatever it says.
            if (!SpecConflicts.Repeatable.Contains(option.Name) && !ReferenceEquals(invocation.Last(entry.Key), entry)) continue;
            if (!command.Takes(option))
            {
                if (!command.RefusedByCommand.Contains(option.Group))
                    Refuse(entry, CliMessages.NotForCommand(entry.Key, command, CommandCatalog.Readers(option)), CliMessages.CommandHelpHint(command));
                continue;
            }
            if (command.FormatsReading(option) is { } formats && !formats.Contains(format))
            {
                var problem = option.RefusedIn?.GetValueOrDefault(format) is { } why
                    ? CliMessages.CannotUseWithFormat(entry.Key, format, why, formats)
                    : CliMessages.NotForFormat(entry.Key, format, formats);
                Refuse(entry, problem, CliMessages.NotForFormatHint(entry.Key, formats));
                continue;
            }
            if (option.Name == "show" && command.ShowWords() is { Count: > 0 } known)
                CheckShown(entry, command, known, format, Refuse);
            else if (ModeRule.Problem(entry, command, invocation) is { } mode)
                Refuse(entry, mode.Problem, mode.Hint);
        }
        return unread.Count == 0 && narrowed.Count == 0 ? invocation : invocation.Without(unread, narrowed);
    }

    /// <summary>
    /// Refuses (for a spec's line, warns about) --show words naming a section the layer has not: C
    /// of a layer that is not transposed, b of one without a bias, p of one whose padding reads 0.
    /// </summary>
    public static void CheckSections(Invocation invocation, ConvolutionMatrix matrix, Func<SpecEntry, SourcePoint> where, TextWriter warnings)
    {
        if (invocation.Last("show") is not { } show) return;
        var words = show.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var missing = word switch
            {
                "C" or "forward-matrix" when !matrix.Geometry.Transposed => "this layer is not transposed, so it has no C (the convolution a transposed layer is the transpose of)",
                "b" or "bias" when matrix.Layer.Bias is null => "this layer has no bias b (--bias gives one)",
                "p" or "padding-term" when !matrix.HasPaddingTerm => "this layer's padding reads 0, so it has no padding term p (--padding-value gives one)",
                _ => null,
            };
            if (missing is null) continue;
            var problem = $"--show {word} does nothing: {missing}";
            if (!Invocation.IsFromSpec(show))
                throw new InputException(problem, where(show), CliMessages.MissingSectionHint);
            var at = show.KeyAt ?? show.At;
            warnings.Write($"symconv: warning: {at.Source}, line {at.Line}: {problem} (the word is left unread)\n");
        }
    }

    // A show list of another command's sections (dL/dK for the layer view), or sections the chosen
    // format does not draw (K for a picture). A word no command knows is OptionValues' to refuse.
    private static void CheckShown(SpecEntry entry, CommandInfo command, IReadOnlyList<string> known, string format, Action<SpecEntry, string, string?, SpecEntry?> refuse)
    {
        var words = entry.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => !known.Contains(w)))
        {
            if (CommandCatalog.Showing(words) is { Count: > 0 } readers)
                refuse(entry, CliMessages.OtherSections(entry.Text.Trim(), command, readers), CliMessages.CommandHelpHint(command), null);
            return;
        }
        if (!command.ShownIn.TryGetValue(format, out var shown)) return;
        var undrawn = words.Where(w => !shown.Words.Contains(w)).ToList();
        // Where the writer refuses the other words itself, the command line gets its message.
        if (undrawn.Count == 0 || (shown.WriterRefuses && !Invocation.IsFromSpec(entry))) return;
        var drawn = words.Where(shown.Words.Contains).ToList();
        refuse(entry, CliMessages.NotShownIn(undrawn, format, shown.Says), CliMessages.NotShownInHint(format),
            drawn.Count == 0 ? null : entry with { Text = string.Join(",", drawn) });
    }
}
