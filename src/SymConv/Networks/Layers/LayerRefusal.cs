namespace SymConv.Networks.Layers;

/// <summary>
/// A layer cannot take an input: why, in words that fit after "cannot take an input of shape …:".
/// Raised inside a layer and turned into an <see cref="Model.InputException"/> at its surface —
/// naming the layer alone (<see cref="NetworkLayer.OutputShape"/>), or this layer and the one
/// before it when a stack reads it — so the reason is written once.
/// </summary>
internal sealed class LayerRefusal(string why, string? hint = null) : Exception(why)
{
    /// <summary>Why the input cannot be taken.</summary>
    public string Why { get; } = why;

    /// <summary>How to fix it, or null.</summary>
    public string? Hint { get; } = hint;
}
