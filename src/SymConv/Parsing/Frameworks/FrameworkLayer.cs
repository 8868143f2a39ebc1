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

    /// <summary>Stride, padding and the rest, as SymConv computes them.</summary>
    public required LayerSpec Spec { get; init; }

    /// <summary>The input channels the constructor declares (PyTorch's in_channels), or null when the input decides (Keras).</summary>
    public int? InChannels { get; init; }

    /// <summary>Where the declared input channels are written.</summary>
    public SourcePoint? InChannelsAt { get; init; }

    /// <summary>The weight's shape in SymConv's (PyTorch's) layout, given the input's channels.</summary>
    public required Func<int, Shape> Weight { get; init; }

    /// <summary>
    /// The weight's shape as the framework itself stores it (Keras: kernel sizes first), given
    /// the input's channels; null when it is SymConv's layout.
    /// </summary>
    public Func<int, Shape>? FrameworkWeight { get; init; }

    /// <summary>True when the layer adds a bias (PyTorch's bias=True, Keras's use_bias=True: both the default).</summary>
    public required bool Bias { get; init; }

    /// <summary>True when the groups are the input's channels, whatever their number (a depthwise layer).</summary>
    public bool GroupsAreChannels { get; init; }

    /// <summary>True when the framework's tensors put channels last (Keras's default data_format).</summary>
    public bool ChannelsLast { get; init; }

    /// <summary>The input shape the constructor names without its batch (Keras's input_shape=), in its own layout.</summary>
    public int[]? InputShape { get; init; }

    /// <summary>Where the constructor starts.</summary>
    public required SourcePoint At { get; init; }
}
