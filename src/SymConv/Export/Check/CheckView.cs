using SymConv.Algebra;
using SymConv.Checking;
using SymConv.Convolution;

namespace SymConv.Export.Check;

/// <summary>What symconv check shows: the verdicts on some claims about a layer, and how to write their values.</summary>
/// <param name="Results">The verdicts, in the order the claims came.</param>
/// <param name="Matrix">The layer the claims are about.</param>
/// <param name="Units">Whether a coefficient of 1 is written in values; null for each format's own default.</param>
/// <param name="Numbers">How a coefficient that is not an integer is written.</param>
internal sealed record CheckView(IReadOnlyList<ClaimResult> Results, ConvolutionMatrix Matrix,
    UnitCoefficients? Units = null, NumberNotation Numbers = NumberNotation.Fraction)
{
    /// <summary>The layer's one-line title.</summary>
    public string LayerTitle => Export.LayerTitle.Of(Matrix);
}
