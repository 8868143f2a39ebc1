namespace SymConv.Cli;

/// <summary>The --show words a format reads, where it reads only some (a picture draws M and C).</summary>
/// <param name="Words">The words it reads.</param>
/// <param name="Says">Why the others do nothing there: "it draws only M and, for a transposed layer, C".</param>
internal sealed record ShownSections(IReadOnlyList<string> Words, string Says)
{
    /// <summary>The format's writer refuses the other words itself, with its own message, when the command line gives them.</summary>
    public bool WriterRefuses { get; init; }
}
