using SymConv.Model;

namespace SymConv.Parsing.Frameworks;

/// <summary>
/// What a framework's layer constructor says about a layer, in SymConv's terms: its
/// hyper-parameters, the shape of its weight, whether it has a bias, and the layouts its own
/// tensors are written in.
/// </summary>
internal sealed record FrameworkLayer
{
    /// <summary>The constructor as named in the text: nn.Conv2d, layers.Conv2D.</summary>
    public required string Constructor { get; init; }

    /// <summary>PyTorch or Keras.</summary>
    public required string Framework { get; init; }

    /// <summary>Spatial dimensions: 2 for Conv2d.</summary>
    public required int SpatialRank { get; init; }

    /// <summary>Stride, padding and the rest, with the layouts the framework's own tensors are written in.</summary>
    public required LayerSpec Spec { get; init; }

    /// <summary>The input channels the constructor declares (PyTorch's in_channels), or null when the input decides (Keras).</summary>
    public int? InChannels { get; init; }

    /// <summary>Where the declared input channels are written.</summary>
    public SourcePoint? InChannelsAt { get; init; }

    /// <summary>
    /// The weight's shape in PyTorch's order — (out, in/groups, k…), transposed (in, out/groups, k…)
    /// — given the input's channels; <see cref="LayerSpec.KernelLayout"/> says how the framework lays it out.
    /// </summary>
    public required Func<int, Shape> Weight { get; init; }

    /// <summary>True when the layer adds a bias (PyTorch's bias=True, Keras's use_bias=True: both the default).</summary>
    public required bool Bias { get; init; }

    /// <summary>The input shape the constructor names without its batch (Keras's input_shape=), in its own layout.</summary>
    public int[]? InputShape { get; init; }

    /// <summary>Where the constructor starts.</summary>
    public required SourcePoint At { get; init; }
}
