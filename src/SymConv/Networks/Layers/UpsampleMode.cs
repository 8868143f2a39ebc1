namespace SymConv.Networks.Layers;

/// <summary>The interpolations of PyTorch's Upsample that SymConv writes as maps.</summary>
internal enum UpsampleMode
{
    /// <summary>'nearest': out[i] = in[floor(i·scale)].</summary>
    Nearest,

    /// <summary>'nearest-exact': out[i] = in[floor((i + ½)·scale)].</summary>
    NearestExact,

    /// <summary>'linear', 'bilinear', 'trilinear': the two neighbours per dimension, weighted by distance.</summary>
    Linear,
}
