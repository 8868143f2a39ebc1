using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>A call written after the constructor: <c>.to(device)</c>, or <c>(x)</c> applying the layer.</summary>
/// <param name="Method">The method's name, or null when the result is itself called.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="At">Where it starts: its dot or parenthesis.</param>
internal sealed record PythonTrailer(string? Method, IReadOnlyList<PythonArgument> Arguments, SourcePoint At);
