namespace SymConv.Checking;

/// <summary>
/// The backward pass of a layer for an upstream gradient g = ∂L/∂y, as claims name its parts:
/// g (shaped like y), dx (∂L/∂x, shaped like x; dx' flat), dK (∂L/∂K, shaped like K) and db
/// (∂L/∂b, null for a layer without a bias).
/// </summary>
internal sealed record GradientParts(FormulaTensor Upstream, FormulaTensor GradInput, FormulaTensor GradKernel, FormulaTensor? GradBias);
