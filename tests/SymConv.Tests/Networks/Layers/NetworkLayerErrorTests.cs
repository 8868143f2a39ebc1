using SymConv.Model;

namespace SymConv.Tests.Networks.Layers;

/// <summary>What the layers refuse, each in one message naming the layer and the shape or the argument.</summary>
public sealed class NetworkLayerErrorTests
{
    [Theory]
    [InlineData("AvgPool2d(3)", new[] { 1, 2, 2 },
        "layer 0 (AvgPool2d(3)) cannot take the stack's input 1×2×2: the output of spatial dimension 0 would be 0, and it must be at least 1")]
    [InlineData("Upsample(scale_factor=2.3)", new[] { 1, 50 },
        "layer 0 (Upsample(scale_factor=2.3)) cannot take the stack's input 1×50: scale_factor 2.3 gives dimension 0 of size 50 an output of 114 in PyTorch's floating point, but the exact product 50·2.3 is 115")]
    [InlineData("Linear(4, 2)", new[] { 2, 3 },
        "layer 0 (Linear(4, 2)) cannot take the stack's input 2×3: its last dimension must be in_features (4), not 3")]
    [InlineData("ReflectionPad1d(3)", new[] { 1, 3 },
        "layer 0 (ReflectionPad1d(3)) cannot take the stack's input 1×3: reflection padding (3, 3) of spatial dimension 0 must be smaller than its size 3, as PyTorch requires")]
    [InlineData("PixelShuffle(2)", new[] { 3, 2, 2 },
        "layer 0 (PixelShuffle(2)) cannot take the stack's input 3×2×2: the channels must be divisible by the square of upscale_factor (4)")]
    [InlineData("Residual(Linear(3, 2))", new[] { 3 },
        "layer 0 (Residual(Linear(3, 2))) cannot take the stack's input 3: its inner layers give 2, and x + f(x) needs f to keep the shape")]
    [InlineData("Upsample(size=4, mode='bilinear')", new[] { 1, 4 },
        "layer 0 (Upsample(size=4, mode='bilinear')) cannot take the stack's input 1×4: it takes (channels, height, width)")]
    [InlineData("BatchNorm2d(3)", new[] { 2, 4, 4 },
        "layer 0 (BatchNorm2d(3)) cannot take the stack's input 2×4×4: it normalizes num_features (3) channels, but the input has 2")]
    [InlineData("MaxPool1d(2, stride=1, padding=1, dilation=3)", new[] { 1, 2 },
        "layer 0 (MaxPool1d(2, stride=1, padding=1, dilation=3)) cannot take the stack's input 1×2: window 0 of spatial dimension 0 lies wholly in the padding, where PyTorch's maximum is -inf; make padding or dilation smaller")]
    [InlineData("Flatten(3)", new[] { 2, 3 },
        "layer 0 (Flatten(3)) cannot take the stack's input 2×3: with its batch dimension it has 3 dimensions, so start_dim (3) and end_dim (-1) must lie in [-3, 2]")]
    public void A_shape_the_layer_cannot_take_is_named_with_the_layer(string layer, int[] shape, string message)
    {
        var error = LayerUnderTest.Refusal(layer, new Shape(shape));
        Assert.Equal(message, error.Message);
        Assert.Equal(1, error.At!.Column);
    }

    [Theory]
    [InlineData("LPPool2d(2, 2)", "LPPool2d is out of SymConv's scope: its window's p-norm is neither linear nor a selection", 1)]
    [InlineData("Upsample(size=4, scale_factor=2)", "Upsample: only one of size and scale_factor can be given, as PyTorch says", 31)]
    [InlineData("Upsample(mode='nearest')", "Upsample: either size or scale_factor must be given, as PyTorch says", 24)]
    [InlineData("Upsample(scale_factor=2, align_corners=True)", "Upsample: align_corners can only be set with the interpolating modes linear, bilinear, bicubic and trilinear, as PyTorch says", 40)]
    [InlineData("Upsample(scale_factor=2, mode='bicubic')", "Upsample: mode='bicubic' is not supported: only nearest, nearest-exact and (bi/tri)linear interpolation are read", 31)]
    [InlineData("Upsample(size=3, recompute_scale_factor=True)", "Upsample: recompute_scale_factor is not meaningful with an explicit size, as PyTorch says", 41)]
    [InlineData("MaxPool2d(2, return_indices=True)", "MaxPool2d: return_indices=True returns the indices beside the output, which a stack of layers cannot pass on", 29)]
    [InlineData("BatchNorm2d(3, track_running_stats=False)", "BatchNorm2d: track_running_stats=False normalizes by each batch's own mean and variance, also in eval mode, which is not a fixed affine map", 36)]
    [InlineData("ConstantPad2d((1, 2, 3), 0)", "ConstantPad2d: padding has 3 entries, but a 2-d pad takes one integer or 4 (left, right, top, bottom)", 15)]
    [InlineData("ReplicationPad2d(-1)", "ReplicationPad2d: padding must be at least 0, not -1", 18)]
    [InlineData("AvgPool2d(2, divisor_override=0)", "AvgPool2d: divisor_override must not be 0, as PyTorch says", 31)]
    [InlineData("AvgPool2d(3, padding=2)", "AvgPool2d: padding (2) must be at most half of kernel_size (3), as PyTorch requires", 22)]
    [InlineData("AvgPool1d(2, divisor_override=2)", "AvgPool1d has no argument divisor_override; it takes kernel_size, stride, padding, ceil_mode, count_include_pad", 14)]
    [InlineData("Upsample(scale_factor='2')", "Upsample: scale_factor must be a number, not the string '2'", 23)]
    [InlineData("Residual(Linear(4, 4), ReLU(), Linear(4, 4))", "Residual: Linear(4, 4) and Linear(4, 4) both have weights, but the layers inside a Residual share its index, so only one of them can: split the Residual", 32)]
    [InlineData("Residual(Linear(4, 4), ReLU())", "Residual: ReLU() inside it is not linear, and SymConv writes a residual block x + f(x) only for a linear f", 1)]
    [InlineData("Residual(3)", "Residual holds the layers of f in y = x + f(x), each a constructor call such as Conv2d(8, 8, 3, padding=1), not the integer 3", 10)]
    public void An_option_PyTorch_or_SymConv_refuses_is_named_at_its_argument(string layer, string message, int column)
    {
        var error = LayerUnderTest.Refusal(layer, new Shape(4));
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.At!.Column);
    }
}
