namespace SymConv.Cli;

/// <summary>One option the command takes.</summary>
/// <param name="Name">Long name without dashes; also the key in spec files.</param>
/// <param name="ValueName">What the value is called in help, or null for a switch.</param>
/// <param name="Help">One line of help.</param>
/// <param name="Group">The heading it is listed under.</param>
/// <param name="Short">A one-letter alias, if any.</param>
internal sealed record OptionInfo(string Name, string? ValueName, string Help, string Group, char? Short = null)
{
    public bool IsSwitch => ValueName is null;

    /// <summary>
    /// The words its value is one of (or, with <see cref="OtherValues"/>, may be one of), for
    /// completion and for the "did you mean" of a mistyped value; null when the value is free.
    /// --format's words depend on the command, so they live with the commands.
    /// </summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>The value may also be something other than a word of <see cref="Choices"/> (--padding 1,2).</summary>
    public bool OtherValues { get; init; }

    /// <summary>The value is a comma-separated list of <see cref="Choices"/> (--show M,y').</summary>
    public bool ListOfChoices { get; init; }

    /// <summary>
    /// The formats of the layer view it changes; null when it does something for all of them. Given
    /// with another format it would do nothing, so it is refused (or, from a spec file, warned about).
    /// </summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Formats outside <see cref="Formats"/> that refuse the option for a reason worth saying: html, which shows the whole layer, refuses --rows.</summary>
    public IReadOnlyDictionary<string, string>? RefusedIn { get; init; }

    /// <summary>Its value names a file, which shell completion offers.</summary>
    public bool NamesFile { get; init; }
}
