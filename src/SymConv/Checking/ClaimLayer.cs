using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Gradients;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// What the claims of one run are checked against: the layer's M, its backward pass for an
/// upstream gradient g, the symbols of both, and the one meter of the run's sums.
/// </summary>
internal sealed class ClaimLayer
{
    private FormulaScope? _scope;

    /// <summary>The layer under fresh upstream symbols g_{…}, its backward pass computed only if a claim reads it.</summary>
    public ClaimLayer(ConvolutionMatrix matrix, long sumTerms = ClaimChecker.MaxFormulaEvaluations)
        : this(matrix, UpstreamSymbols.Of(matrix), null, sumTerms)
    {
    }

    /// <summary>The layer of a backward pass already made, under its upstream gradient.</summary>
    public ClaimLayer(LayerGradient gradient, long sumTerms = ClaimChecker.MaxFormulaEvaluations)
        : this(gradient.Matrix, gradient.Upstream, gradient, sumTerms)
    {
    }

    private ClaimLayer(ConvolutionMatrix matrix, Tensor<Polynomial> upstream, LayerGradient? gradient, long sumTerms)
    {
        Matrix = matrix;
        // The upstream symbols exist before the layer's symbols are taken stock of, so that a
        // claim naming g_{0,0,0} is not told g_{0,0,0} is not a symbol of this layer.
        Gradients = GradientParts.Of(gradient is null ? new(() => LayerGradient.Of(matrix, upstream)) : new(gradient), upstream, matrix);
        Symbols = new LayerSymbols(matrix.Layer, upstream);
        Meter = new SumMeter(sumTerms);
    }

    public ConvolutionMatrix Matrix { get; }

    /// <summary>The backward pass: g, dx, dK, db.</summary>
    public GradientParts Gradients { get; }

    public LayerSymbols Symbols { get; }

    /// <summary>Counts the terms of the run's sums, at most <c>sumTerms</c>.</summary>
    public SumMeter Meter { get; }

    /// <summary>The names formulas read, made once for the run (y's entries are kept as computed).</summary>
    public FormulaScope Scope => _scope ??= FormulaScope.Of(this);
}
