using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// A call as written: <c>nn.Conv2d(3, 16, 3, padding=1)</c>, with what code may write after it —
/// method calls (<c>.to(device)</c>) and, in Keras's functional style, the layer applied to a
/// tensor (<c>(x)</c>) — in <see cref="Trailers"/>.
/// </summary>
/// <param name="Callee">The dotted name called: nn.Conv2d.</param>
/// <param name="CalleeAt">Where the name starts.</param>
/// <param name="Arguments">The arguments in the order written.</param>
/// <param name="CloseAt">Where the closing parenthesis is, for messages about missing arguments.</param>
internal sealed record PythonCall(string Callee, SourcePoint CalleeAt, IReadOnlyList<PythonArgument> Arguments, SourcePoint CloseAt)
{
    /// <summary>What follows the call, in order: a method call (Method set) or an application (Method null).</summary>
    public IReadOnlyList<PythonTrailer> Trailers { get; init; } = [];

    /// <summary>The last part of the callee: Conv2d for torch.nn.Conv2d.</summary>
    public string Name => Callee[(Callee.LastIndexOf('.') + 1)..];

    /// <summary>The callee's qualifier with its dot (torch.nn.), or empty for a bare name.</summary>
    public string Prefix => Callee[..(Callee.LastIndexOf('.') + 1)];
}
