namespace SymConv.Gradients;

/// <summary>The parts of a backward pass that can be shown, in the order they are shown.</summary>
internal enum GradientSection
{
    /// <summary>The upstream gradient g = ∂L/∂y, shaped like y.</summary>
    Upstream,

    /// <summary>Mᵀ, the transpose of the layer's matrix (rows: x's entries; columns: y's).</summary>
    Transpose,

    /// <summary>∂L/∂x' = Mᵀ g', flat like x'.</summary>
    InputVector,

    /// <summary>∂L/∂x, shaped like x.</summary>
    Input,

    /// <summary>The patch matrix U(x), y' = U(x) k' (+ b) (rows: y's entries; columns: K's).</summary>
    Patches,

    /// <summary>∂L/∂K = U(x)ᵀ g', shaped like K.</summary>
    Kernel,

    /// <summary>∂L/∂b, g summed over each output channel's positions, when the layer has a bias.</summary>
    Bias,

    /// <summary>The statement of which layer maps g to ∂L/∂x.</summary>
    Equivalent,
}
