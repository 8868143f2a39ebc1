using SymConv.Algebra;
using SymConv.Convolution;

namespace SymConv.Export;

/// <summary>
/// What a report says about a layer whose constant padding is not zero: the padded taps read that
/// value, which no column of M carries, so y' = M x' + p with p its own term.
/// </summary>
internal static class PaddingNote
{
    /// <summary>The notes for a layer: one line when its padding reads a value other than zero, none otherwise.</summary>
    public static IReadOnlyList<string> For(ConvolutionMatrix matrix)
    {
        if (!matrix.HasPaddingTerm) return [];
        var value = PolynomialText.Format(matrix.Layer.PaddingValue, matrix.Layer.Symbols, UnitCoefficients.Hidden);
        return [$"The padding reads {value}, not 0, so the layer is affine: y' = M x' + p{(matrix.Layer.Bias is null ? "" : " + b")}, "
            + $"where p[r] = {value}·(the sum of the kernel entries whose taps in row r fall on the padding)."];
    }
}
