using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>One option's value as written: on the command line or as a line of a spec file.</summary>
/// <param name="Key">The long option name without dashes: kernel, stride, padding-mode.</param>
/// <param name="Text">The value's text.</param>
/// <param name="At">Where the value starts, for error messages.</param>
internal sealed record SpecEntry(string Key, string Text, SourcePoint At)
{
    /// <summary>Where the key is written, when it is written apart from the value (spec files).</summary>
    public SourcePoint? KeyAt { get; init; }

    /// <summary>A value given on the command line as --key text.</summary>
    public static SpecEntry FromCommandLine(string key, string text) =>
        new(key, text, SourcePoint.StartOf("--" + key, text));
}
