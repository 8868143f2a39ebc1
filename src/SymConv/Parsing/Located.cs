using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>A parsed value and the place it started.</summary>
internal readonly record struct Located<T>(T Value, SourcePoint At);
