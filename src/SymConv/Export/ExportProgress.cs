namespace SymConv.Export;

/// <summary>How far a writer has got through a long section, for a progress display.</summary>
/// <param name="Section">The section being written.</param>
/// <param name="Done">Rows written so far.</param>
/// <param name="Total">Rows the section has.</param>
internal readonly record struct ExportProgress(Section Section, long Done, long Total);
