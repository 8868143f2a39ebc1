namespace SymConv.Export;

/// <summary>
/// How the typeset formats (LaTeX, Markdown) lay a layer out on a page. The plain-text, JSON and
/// code formats always write everything and ignore these.
/// </summary>
public sealed record DisplayOptions
{
    /// <summary>The rows of M and y' shown before the middle ones are elided with ⋮; 0 shows all.</summary>
    public int MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>
    /// The columns of M and x' shown before the middle ones are elided with ⋯; 0 shows all; null
    /// (the default) shows as many as fit the width of a page.
    /// </summary>
    public int? MaxColumns { get; init; }

    /// <summary>How a zero entry is written.</summary>
    public ZeroStyle Zeros { get; init; } = ZeroStyle.Zero;

    /// <summary>True for a complete LaTeX document rather than a fragment.</summary>
    public bool Standalone { get; init; }

    /// <summary>A row of M whose entries and y' entry are coloured, or null.</summary>
    public long? Highlight { get; init; }

    /// <summary>The default of <see cref="MaxRows"/>: a page holds about this many matrix rows comfortably.</summary>
    public const int DefaultMaxRows = 16;
}
