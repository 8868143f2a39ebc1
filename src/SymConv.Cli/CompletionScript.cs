using System.Text;

namespace SymConv.Cli;

/// <summary>
/// symconv completion bash|zsh: a completion script written from the catalogues, so every command,
/// option and value word the command reads is offered, and nothing it would refuse: a command's
/// own options only, --format's words for that command, files where a file is named.
/// </summary>
internal static class CompletionScript
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => "# symconv completion for bash: source <(symconv completion bash), or add that line to ~/.bashrc\n" + Bash(),
        "zsh" => "#compdef symconv\n# symconv completion for zsh: source <(symconv completion zsh), or add that line to ~/.zshrc\n"
            + "(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\n"
            + "autoload -U +X bashcompinit && bashcompinit\n" + Bash(),
        _ => throw new ArgumentOutOfRangeException(nameof(shell)),
    };

    private static string Bash()
    {
        var script = new StringBuilder();
        script.Append("_symconv() {\n");
        // zsh (through bashcompinit) runs the same function; its arrays then count from 0 as bash's do.
        script.Append("    [[ -n ${ZSH_VERSION-} ]] && setopt localoptions ksharrays\n");
        script.Append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" command=\"\"\n");
        script.Append("    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
        // bash splits --format=la at the '=' (COMP_WORDBREAKS): the value is completed all the same.
        script.Append("    [[ $cur == \"=\" ]] && cur=\"\"\n");
        script.Append("    [[ $prev == \"=\" && COMP_CWORD -gt 1 ]] && prev=\"${COMP_WORDS[COMP_CWORD-2]}\"\n");
        script.Append("    (( COMP_CWORD > 1 )) && case \"${COMP_WORDS[1]}\" in ")
            .Append(string.Join('|', CommandCatalog.Names)).Append(") command=\"${COMP_WORDS[1]}\" ;; esac\n");

        script.Append("    case \"$command|$prev\" in\n");
        foreach (var command in CommandCatalog.Names.Prepend(""))
            if (Formats(command) is { Count: > 0 } formats)
                script.Append("        \"").Append(command).Append("|--format\") ").Append(Words(formats)).Append(" ;;\n");
        // A command whose --show has words of its own (symconv grad's dL/dK) offers those.
        foreach (var command in CommandCatalog.Names)
            if (Sharing(command).SelectMany(c => c.ShowWords()).Distinct().ToList() is { Count: > 0 } words && !words.SequenceEqual(OptionCatalog.Find("show")!.Choices!))
                script.Append("        \"").Append(command).Append("|--show\") ").Append(Words(words)).Append(" ;;\n");
        foreach (var option in OptionCatalog.All.Where(o => !o.IsSwitch && o.Name != "format"))
        {
            script.Append("        ").Append(Patterns(option)).Append(") ");
            script.Append(option.NamesFile ? "COMPREPLY=($(compgen -f -- \"$cur\")); return 0"
                : option.Choices is { } choices ? Words(choices)
                : "COMPREPLY=(); return 0").Append(" ;;\n");
        }
        script.Append("    esac\n");

        script.Append("    if [[ $cur == -* ]]; then\n        local options\n        case \"$command\" in\n");
        foreach (var command in CommandCatalog.Names.Prepend(""))
        {
            var options = OptionCatalog.All.Where(o => Sharing(command).Any(c => c.Takes(o)))
                .SelectMany(o => o.Short is { } s ? new[] { "--" + o.Name, "-" + s } : ["--" + o.Name]);
            script.Append("            \"").Append(command).Append("\") options=\"").Append(string.Join(' ', options)).Append("\" ;;\n");
        }
        script.Append("        esac\n        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n");
        script.Append("    elif [[ $command == completion ]]; then\n");
        script.Append("        COMPREPLY=($(compgen -W \"").Append(string.Join(' ', Shells)).Append("\" -- \"$cur\"))\n");
        script.Append("    elif (( COMP_CWORD == 1 )); then\n");
        script.Append("        COMPREPLY=($(compgen -W \"").Append(string.Join(' ', CommandCatalog.Names)).Append("\" -- \"$cur\") $(compgen -f -- \"$cur\"))\n");
        script.Append("    else\n        COMPREPLY=($(compgen -f -- \"$cur\"))\n    fi\n");
        script.Append("}\ncomplete -o filenames -F _symconv symconv\n");
        return script.ToString();
    }

    private static IEnumerable<CommandInfo> Sharing(string name) => CommandCatalog.Sharing(name);

    private static List<string> Formats(string name) => [.. Sharing(name).SelectMany(c => c.Formats()).Distinct()];

    private static string Words(IEnumerable<string> words) =>
        "COMPREPLY=($(compgen -W \"" + string.Join(' ', words.Select(w => w.Replace("'", "\\'", StringComparison.Ordinal))) + "\" -- \"$cur\")); return 0";

    private static string Patterns(OptionInfo option) =>
        "*\"|--" + option.Name + "\"" + (option.Short is { } s ? "|*\"|-" + s + "\"" : "");
}
