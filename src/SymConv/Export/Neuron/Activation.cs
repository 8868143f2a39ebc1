namespace SymConv.Export.Neuron;

/// <summary>The non-linearity a neuron's value may be wrapped in (--activation).</summary>
internal enum Activation
{
    /// <summary>The bare value y'_s = m_s · x' (+ b).</summary>
    None,

    /// <summary>relu(y'_s) = max(0, y'_s).</summary>
    Relu,

    /// <summary>sigmoid(y'_s) = 1 / (1 + e^(−y'_s)).</summary>
    Sigmoid,

    /// <summary>tanh(y'_s).</summary>
    Tanh,
}
