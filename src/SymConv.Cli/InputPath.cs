namespace SymConv.Cli;

/// <summary>A file the run reads, for refusing to write over it.</summary>
/// <param name="Path">The path as it is opened.</param>
/// <param name="What">What it is, for the message: "spec file", "claims file".</param>
internal sealed record InputPath(string Path, string What);
