namespace SymConv.Model;

/// <summary>
/// How the kernel's dimensions are ordered, named by letters as the frameworks name them: o the
/// output-channel axis, i the input-channel axis, and hw all spatial dimensions in order, whatever
/// their number. The axes mean what PyTorch's weight has there: forward o runs over the output
/// channels and i over the input channels of one group; transposed i runs over the input channels
/// and o over the output channels of one group.
/// </summary>
public enum KernelLayout
{
    /// <summary>PyTorch's own: oihw forward (out, in/groups, k…), iohw transposed (in, out/groups, k…).</summary>
    PyTorch,

    /// <summary>(o, i, k…): PyTorch's and ONNX's Conv weight.</summary>
    Oihw,

    /// <summary>(i, o, k…): PyTorch's and ONNX's ConvTranspose weight.</summary>
    Iohw,

    /// <summary>(k…, i, o): TensorFlow's, Keras's and JAX's (HWIO) Conv kernel.</summary>
    Hwio,

    /// <summary>(k…, o, i): TensorFlow's and Keras's Conv2DTranspose kernel.</summary>
    Hwoi,

    /// <summary>(i, k…, o): TensorFlow Lite's depthwise filter (1, kh, kw, channels·multiplier).</summary>
    Ihwo,

    /// <summary>(o, k…, i): cuDNN's and TensorRT's NHWC filter (KRSC).</summary>
    Ohwi,

    /// <summary>
    /// (k…, channels, multiplier): Keras's DepthwiseConv2D and TensorFlow's depthwise_conv2d filter,
    /// for a depthwise layer only (groups equal to the input channels); entry [k…, c, j] is the weight of
    /// output channel c·multiplier + j.
    /// </summary>
    Hwim,
}
