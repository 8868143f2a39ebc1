using CsCheck;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Tests.Frameworks;

/// <summary>Whatever text --layer is given, it is a layer or one InputException, never another exception.</summary>
public class ConstructorRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "nn.", "torch.nn.", "layers.", "Conv2d", "Conv1D", "ConvTranspose2d", "Conv2DTranspose", "DepthwiseConv2D", "(", ")", "[", "]",
        ",", "=", " ", "\n", "1", "2", "3", "0", "-1", "99999999999999999999", "2.5", "1e3", ".", "'same'", "'causal'", "\"valid\"", "'",
        "stride", "strides", "padding", "groups", "bias", "use_bias", "True", "None", "kernel_size", "output_padding", "dilation_rate",
        "depth_multiplier", "data_format", "'channels_first'", "input_shape", "x", "_", "#",
    ];

    [Fact]
    public void Any_text_is_a_layer_or_one_input_error()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 14].Select(parts => string.Concat(parts.Select(i => Pieces[i])))
            .Sample(text =>
            {
                foreach (var input in new[] { "1,5,5", "5,5,1", "2,6" })
                {
                    try
                    {
                        _ = new ConvolutionMatrix(LayerReader.Read([SpecEntry.FromCommandLine("layer", text), SpecEntry.FromCommandLine("input-shape", input)]));
                    }
                    catch (InputException)
                    {
                    }
                }
            }, iter: 3000);
    }

    [Theory]
    [InlineData("nn.Conv2d(1, 2, 3, stride=2, padding=1)")]
    [InlineData("layers.Conv2D(2, 3, strides=2, padding='same', data_format='channels_first')")]
    public void Every_prefix_of_a_constructor_is_refused_with_a_place(string constructor)
    {
        for (var length = 0; length < constructor.Length; length++)
        {
            var text = constructor[..length];
            var error = Assert.Throws<InputException>(() => LayerReader.Read([SpecEntry.FromCommandLine("layer", text), SpecEntry.FromCommandLine("input-shape", "1,5,5")]));
            Assert.True(error.At is { Line: 1 }, $"'{text}': {error.Message}");
        }
    }
}
