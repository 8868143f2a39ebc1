namespace SymConv.Onnx;

/// <summary>How the binary floating-point weights of a model become exact numbers.</summary>
internal enum WeightValues
{
    /// <summary>
    /// The shortest decimal that rounds back to the stored float — the number the framework prints
    /// and the user wrote — read exactly: a float32 0.1 is 1/10.
    /// </summary>
    Shortest,

    /// <summary>The value the bits hold, as a fraction with a power-of-two denominator: a float32 0.1 is 13421773/134217728.</summary>
    Exact,

    /// <summary>Fresh symbols in place of the weights and bias; only the model's shapes and hyper-parameters are used.</summary>
    Symbolic,
}
