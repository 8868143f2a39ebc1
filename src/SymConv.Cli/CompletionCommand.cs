using SymConv.Model;

namespace SymConv.Cli;

/// <summary>symconv completion bash|zsh: prints the shell's completion script.</summary>
internal static class CompletionCommand
{
    public static int Run(Arguments arguments, TextWriter stdout)
    {
        foreach (var entry in arguments.Entries)
            throw new InputException(CliMessages.NotForCommand(entry.Key, CommandCatalog.Completion, []), arguments.WrittenAt(entry), CliMessages.CompletionHint);
        var shell = arguments.SpecPath
            ?? throw new InputException(CliMessages.WhichShell, null, CliMessages.CompletionHint);
        if (!CompletionScript.Shells.Contains(shell))
            throw new InputException(CliMessages.UnknownShell(shell), null, CliMessages.CompletionHint);
        stdout.Write(CompletionScript.For(shell));
        stdout.Flush();
        return 0;
    }
}
