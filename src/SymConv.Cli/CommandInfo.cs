namespace SymConv.Cli;

/// <summary>One command of symconv: what its help says and which options it reads.</summary>
/// <param name="Name">The word after symconv (check), or "" for the layer view (symconv SPEC).</param>
/// <param name="Summary">One line saying what it does.</param>
/// <param name="Usage">Its usage lines, each a command line and what it does.</param>
/// <param name="Examples">Command lines worth copying, each with what it shows.</param>
internal sealed record CommandInfo(string Name, string Summary, IReadOnlyList<string> Usage, IReadOnlyList<(string Line, string Says)> Examples)
{
    /// <summary>The option groups it reads whole.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Options of other groups it reads too.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The --format values it writes; empty when it takes no --format.</summary>
    public Func<IReadOnlyList<string>> Formats { get; init; } = () => [];

    /// <summary>Option groups whose options, where this command does not read them, its own code refuses with a message of its own.</summary>
    public IReadOnlyList<string> RefusedByCommand { get; init; } = [];

    /// <summary>Options whose value this command reads its own way (a stack's --show y0), so not by the catalogue's words.</summary>
    public IReadOnlyList<string> OwnValues { get; init; } = [];

    /// <summary>
    /// The formats of this command in which an option does something, for the options that do not
    /// act in all of them (the layer view's are the catalogue's <see cref="OptionInfo.Formats"/>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OptionFormats { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The words its --show takes (with all); empty when it takes none, or reads them its own way (<see cref="OwnValues"/>).</summary>
    public Func<IReadOnlyList<string>> ShowWords { get; init; } = () => [];

    /// <summary>The help of its --show, when its words are not the layer view's.</summary>
    public string? ShowHelp { get; init; }

    /// <summary>
    /// The formats that draw only some of the sections --show names, with the words they read: a
    /// picture draws M and C, not K or y'. The other words would do nothing there.
    /// </summary>
    public IReadOnlyDictionary<string, ShownSections> ShownIn { get; init; } = new Dictionary<string, ShownSections>();

    /// <summary>What a refused --format adds after the formats it writes.</summary>
    public string FormatNote { get; init; } = "";

    /// <summary>How it is written on the command line: symconv check, or symconv for the layer view.</summary>
    public string Title => Name.Length == 0 ? "symconv" : "symconv " + Name;

    /// <summary>The formats of this command in which <paramref name="option"/> does something, or null when it does in all.</summary>
    public IReadOnlyList<string>? FormatsReading(OptionInfo option) =>
        OptionFormats.GetValueOrDefault(option.Name);

    public bool Takes(OptionInfo option) =>
        Groups.Contains(option.Group) || Options.Contains(option.Name) || option.Group == OptionCatalog.GeneralGroup;
}
