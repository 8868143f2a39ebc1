using SymConv.Convolution;

namespace SymConv.Checking;

/// <summary>
/// What the claims of one run are checked against: the layer's M, its symbols, the backward
/// pass when the run has one, and the one meter of the run's sums.
/// </summary>
internal sealed class ClaimLayer
{
    private FormulaScope? _scope;

    public ClaimLayer(ConvolutionMatrix matrix, GradientParts? gradients = null, long sumTerms = ClaimChecker.MaxFormulaEvaluations)
    {
        Matrix = matrix;
        Gradients = gradients;
        Symbols = new LayerSymbols(matrix.Layer);
        Meter = new SumMeter(sumTerms);
    }

    public ConvolutionMatrix Matrix { get; }

    /// <summary>The backward pass, or null when the run checks the forward pass only.</summary>
    public GradientParts? Gradients { get; }

    public LayerSymbols Symbols { get; }

    /// <summary>Counts the terms of the run's sums, at most <c>sumTerms</c>.</summary>
    public SumMeter Meter { get; }

    /// <summary>The names formulas read, made once for the run (y's entries are kept as computed).</summary>
    public FormulaScope Scope => _scope ??= FormulaScope.Of(this);
}
