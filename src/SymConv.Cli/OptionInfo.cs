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
}
