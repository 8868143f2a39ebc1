namespace SymConv.Model;

/// <summary>
/// Where the channel dimension of the input and the output sits: PyTorch's and ONNX's NCHW (first)
/// or TensorFlow's and Keras's NHWC, channels_last (last). The spatial dimensions keep their order,
/// whatever their number; x' and y' flatten the tensors as laid out, so M's rows and columns follow.
/// </summary>
public enum DataLayout
{
    /// <summary>(channels, n1, n2, …): NCHW, channels_first, as PyTorch.</summary>
    ChannelsFirst,

    /// <summary>(n1, n2, …, channels): NHWC, channels_last, as TensorFlow and Keras.</summary>
    ChannelsLast,
}
