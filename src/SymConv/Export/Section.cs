namespace SymConv.Export;

/// <summary>The parts of a layer that can be shown, in the order they are shown.</summary>
public enum Section
{
    /// <summary>The kernel K.</summary>
    Kernel,

    /// <summary>The input x.</summary>
    Input,

    /// <summary>The flattened input x'.</summary>
    InputVector,

    /// <summary>The matrix M.</summary>
    Matrix,

    /// <summary>For a transposed layer, the matrix C of the matching forward convolution (M = Cᵀ).</summary>
    ForwardMatrix,

    /// <summary>
    /// The patch ("im2col") matrix U(x): y' = U(x) k' (+ b), one row per output neuron and one column per
    /// kernel entry, its entries read from x. As big as M, so shown only when asked for.
    /// </summary>
    PatchMatrix,

    /// <summary>The padding term p, when constant padding reads a value other than zero: y' = M x' + p (+ b).</summary>
    PaddingTerm,

    /// <summary>The bias b, when the layer has one.</summary>
    Bias,

    /// <summary>The flattened output y' = M x' (+ b).</summary>
    OutputVector,

    /// <summary>The output y, y' reshaped.</summary>
    Output,
}
