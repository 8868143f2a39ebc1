using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>One argument of a call: positional when <paramref name="Keyword"/> is null, else <c>keyword=value</c>.</summary>
/// <param name="Keyword">The keyword, or null for a positional argument.</param>
/// <param name="KeywordAt">Where the keyword is written (the value's place for a positional argument).</param>
/// <param name="Value">The value.</param>
internal sealed record PythonArgument(string? Keyword, SourcePoint KeywordAt, PythonValue Value);
