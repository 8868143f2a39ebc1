using SymConv.Algebra;

namespace SymConv.Checking;

/// <summary>
/// A symbol in a claim that the layer does not have, what to tell about it, and the symbol (or
/// product) it most likely stands for, if one is plain.
/// </summary>
/// <param name="Id">The symbol's id in the layer's table (interned when the claim was read).</param>
/// <param name="Name">The symbol as the layer's table spells it.</param>
/// <param name="Message">x_2 is not a symbol of this layer; its inputs are … (did you mean x_{0,2}?).</param>
/// <param name="Reading">What it likely stands for, or null when nothing is plain.</param>
/// <param name="ReadingText">That reading as written, such as x_{0,2} or a*x_{0,2}.</param>
internal sealed record SymbolSlip(int Id, string Name, string Message, Polynomial? Reading, string? ReadingText);
