using SymConv.Cli;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Frameworks;

/// <summary>
/// Bad constructor text gets one message naming the constructor and the argument, with a caret
/// under the value, as the frameworks would refuse it (or, where a framework accepts something
/// SymConv cannot read exactly, a refusal that says so).
/// </summary>
public class ConstructorErrorTests
{
    private static InputException Refused(string layer, string input = "1,5,5", params (string, string)[] more) =>
        Assert.Throws<InputException>(() => Support.Layers.Matrix([("layer", layer), ("input-shape", input), .. more]));

    [Theory]
    // Wrong types: what was written, quoted, under a caret.
    [InlineData("nn.Conv2d(1, 2, 3, stride='2')", "nn.Conv2d: stride must be an integer or a tuple of 2 integers, not the string '2'", 27)]
    [InlineData("nn.Conv2d(1, 2, 3.0)", "nn.Conv2d: kernel_size must be an integer or a tuple of 2 integers, not the number 3.0", 17)]
    [InlineData("nn.Conv2d(1, 2, (3, 'a'))", "nn.Conv2d: kernel_size must be an integer or a tuple of 2 integers, not the string 'a'", 21)]
    [InlineData("nn.Conv2d(1, 2, 3, bias=1)", "nn.Conv2d: bias must be True or False, not the integer 1", 25)]
    [InlineData("nn.Conv2d(1, 2, True)", "nn.Conv2d: kernel_size must be an integer or a tuple of 2 integers, not True", 17)]
    [InlineData("nn.Conv2d('1', 2, 3)", "nn.Conv2d: in_channels must be an integer, not the string '1'", 11)]
    [InlineData("nn.Conv2d(1, 2, 3, padding_mode=zeros)", "nn.Conv2d: padding_mode must be one of 'zeros', 'reflect', 'replicate', 'circular', not the name zeros", 33)]
    [InlineData("nn.Conv2d(1, 2, (3, 3, 3))", "nn.Conv2d: kernel_size has 3 entries, but a 2-d layer takes one integer or 2", 17)]
    [InlineData("nn.Conv2d(1, 2, 0)", "nn.Conv2d: kernel_size must be at least 1, not 0", 17)]
    [InlineData("nn.Conv2d(1, 2, 3, padding=-1)", "nn.Conv2d: padding must be at least 0, not -1", 28)]
    // Python's own refusals.
    [InlineData("nn.Conv2d(1, 2, 3, strides=2)", "nn.Conv2d has no argument strides (did you mean stride?); it takes in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, device, dtype", 20)]
    [InlineData("nn.Conv2d(1, 2)", "nn.Conv2d needs kernel_size", 15)]
    [InlineData("nn.Conv2d(1, 2, 3, kernel_size=3)", "nn.Conv2d gets two values for kernel_size: one by position and one as kernel_size=", 20)]
    [InlineData("nn.Conv2d(1, 2, kernel_size=3, kernel_size=3)", "nn.Conv2d gets kernel_size= twice", 32)]
    [InlineData("nn.Conv2d(1, out_channels=2, 3)", "nn.Conv2d: a positional argument follows a keyword argument, which Python refuses", 30)]
    [InlineData("nn.Conv2d(1, 2, 3, 1, 0, 1, 1, True, 'zeros', None, None, 5)", "nn.Conv2d takes at most 11 arguments by position (in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, device, dtype), but 12 are given", 59)]
    // PyTorch's own refusals.
    [InlineData("nn.Conv2d(1, 2, 3, stride=2, padding='same')", "nn.Conv2d: padding='same' is not supported for strided convolutions (PyTorch refuses it; TensorFlow's SAME is --padding tf-same)", 38)]
    [InlineData("nn.Conv2d(1, 2, 3, padding='full')", "nn.Conv2d: padding cannot be 'full': choose one of 'valid', 'same'", 28)]
    [InlineData("nn.Conv2d(1, 2, 3, padding='SAME')", "nn.Conv2d: padding cannot be 'SAME': choose one of 'valid', 'same'", 28)]
    [InlineData("nn.Conv2d(3, 2, 3, groups=2)", "nn.Conv2d: in_channels (3) must be divisible by groups (2)", 27)]
    [InlineData("nn.ConvTranspose2d(1, 2, 3, padding_mode='reflect')", "nn.ConvTranspose2d: only padding_mode='zeros' is supported for transposed layers, not 'reflect'", 42)]
    [InlineData("nn.ConvTranspose2d(1, 2, 3, padding='same')", "nn.ConvTranspose2d: padding of a transposed layer is sizes, not the string 'same'", 37)]
    [InlineData("nn.ConvTranspose2d(1, 1, 3, stride=1, output_padding=1)", "nn.ConvTranspose2d: output_padding (1) must be smaller than either stride or dilation (1)", 54)]
    // Layers SymConv does not read.
    [InlineData("nn.Conv4d(1, 2, 3)", "SymConv does not know the layer nn.Conv4d: it reads nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.ConvTranspose1d, nn.ConvTranspose2d, nn.ConvTranspose3d, nn.LazyConv1d, nn.LazyConv2d, nn.LazyConv3d, nn.LazyConvTranspose1d, nn.LazyConvTranspose2d, nn.LazyConvTranspose3d, layers.Conv1D, layers.Conv2D, layers.Conv3D, layers.Conv1DTranspose, layers.Conv2DTranspose, layers.Conv3DTranspose, layers.DepthwiseConv1D, layers.DepthwiseConv2D (did you mean Conv1d?)", 1)]
    [InlineData("nn.conv2d(1, 2, 3)", "SymConv does not know the layer nn.conv2d: it reads nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.ConvTranspose1d, nn.ConvTranspose2d, nn.ConvTranspose3d, nn.LazyConv1d, nn.LazyConv2d, nn.LazyConv3d, nn.LazyConvTranspose1d, nn.LazyConvTranspose2d, nn.LazyConvTranspose3d, layers.Conv1D, layers.Conv2D, layers.Conv3D, layers.Conv1DTranspose, layers.Conv2DTranspose, layers.Conv3DTranspose, layers.DepthwiseConv1D, layers.DepthwiseConv2D (did you mean Conv2d?)", 1)]
    [InlineData("layers.Conv2d(2, 3)", "layers.Conv2d: Conv2d is a PyTorch layer, written Conv2d or nn.Conv2d or torch.nn.Conv2d", 1)]
    [InlineData("torch.nn.Conv2D(2, 3)", "torch.nn.Conv2D: Conv2D is a Keras layer, written Conv2D or layers.Conv2D or keras.layers.Conv2D or tf.keras.layers.Conv2D or tensorflow.keras.layers.Conv2D", 1)]
    // Keras's own refusals (keras/src/layers/convolutional/base_conv.py and base_conv_transpose.py).
    [InlineData("layers.Conv2D(2, 3, strides=2, dilation_rate=2)", "layers.Conv2D: strides > 1 together with dilation_rate > 1 is refused by Keras", 29)]
    [InlineData("layers.Conv2D(3, 3, groups=2)", "layers.Conv2D: filters (3) must be divisible by groups (2)", 28)]
    [InlineData("layers.Conv2D(2, 3, padding='causal')", "layers.Conv2D: padding cannot be 'causal': choose one of 'valid', 'same'", 29)]
    [InlineData("layers.Conv2D(2, 3, padding='full')", "layers.Conv2D: padding cannot be 'full': choose one of 'valid', 'same'", 29)]
    [InlineData("layers.Conv2D(2, 3, data_format='NCHW')", "layers.Conv2D: data_format cannot be 'NCHW': choose one of 'channels_last', 'channels_first'", 33)]
    [InlineData("layers.Conv2DTranspose(2, 3, strides=2, output_padding=2)", "layers.Conv2DTranspose: output_padding (2) must be smaller than strides (2)", 56)]
    [InlineData("layers.Conv2D(2, 3, activation='relu')", "layers.Conv2D: activation='relu' makes the layer nonlinear; SymConv writes the linear map before any activation", 32)]
    [InlineData("layers.Conv2D(2, 3, kernel_size=3)", "layers.Conv2D gets two values for kernel_size: one by position and one as kernel_size=", 21)]
    [InlineData("layers.Conv2DTranspose(2, 3, groups=2)", "layers.Conv2DTranspose has no argument groups; it takes filters, kernel_size, strides, padding, output_padding, data_format, dilation_rate, activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer, bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint, input_shape, name, trainable, dtype", 30)]
    // What may follow a constructor.
    [InlineData("nn.Conv2d(1, 2, 3).apply(init)", "nn.Conv2d: .apply(…) after the constructor is not read; only .to(), .cuda(), .cpu(), .double(), .float(), .half(), .bfloat16(), .eval(), .train(), .requires_grad_(), which leave the layer as it is, may follow it", 19)]
    [InlineData("nn.Conv2d(1, 2, 3)(x)", "nn.Conv2d: a PyTorch module is not called in its constructor line; give the constructor alone", 19)]
    [InlineData("layers.Conv2D(2, 3)(x)(y)", "layers.Conv2D: only one application to a tensor, such as (x), can follow the constructor", 23)]
    [InlineData("nn.Conv2d(1, 2, 3).weight", "unexpected end of text; expected '(' and the method's arguments", 26)]
    // Bad syntax.
    [InlineData("nn.Conv2d(1, 2, 3", "unexpected end of text; expected ',' or ')'", 18)]
    [InlineData("nn.Conv2d(1, 2, 3))", "unexpected ')'; expected the end of the constructor", 19)]
    [InlineData("nn.Conv2d(1, 2, 3, stride=)", "unexpected ')'; expected a value (a number, 'text', a tuple or a name)", 27)]
    [InlineData("nn.Conv2d(1, 2, 3, padding='same)", "unexpected end of text; expected ' to close the string (escapes such as \\n are not read)", 34)]
    [InlineData("nn.Conv2d 1, 2, 3", "unexpected '1'; expected '(' and the constructor's arguments", 11)]
    [InlineData("nn.Conv2d(1, 2, 3, nn.stride=2)", "unexpected '='; expected ',' or ')' (only a plain name can stand before '=')", 29)]
    public void Bad_constructor_text_is_refused_naming_the_argument_under_a_caret(string layer, string message, int column)
    {
        var error = Refused(layer);
        Assert.Equal(message, error.MessageWith(CliMessages.Flag));
        Assert.Equal(column, error.At!.Column);
        Assert.Equal("--layer", error.At.Source);
    }

    [Fact]
    public void In_channels_must_agree_with_the_input()
    {
        var error = Refused("nn.Conv2d(3, 2, 3)", "1,5,5");
        Assert.Equal("nn.Conv2d takes 3 input channels, but the input has 1 (shape 1×5×5)", error.MessageWith(CliMessages.Flag));
        Assert.Equal(11, error.At!.Column);
    }

    [Fact]
    public void An_input_other_than_the_keras_input_shape_is_refused()
    {
        var error = Refused("layers.Conv2D(2, 3, input_shape=(28, 28, 1))", "5,5,1");
        Assert.Equal("layers.Conv2D declares input_shape 28×28×1, but --input-shape is 5×5×1", error.MessageWith(CliMessages.Flag));
        var batched = LayerReader.Read([SpecEntry.FromCommandLine("layer", "layers.Conv2D(2, 3, input_shape=(5, 5, 1))"), SpecEntry.FromCommandLine("input-shape", "1,5,5,1")]);
        Assert.Equal([5, 5, 1], batched.Input.Shape.Dims);
    }

    [Fact]
    public void A_batch_other_than_one_is_refused()
    {
        var error = Refused("nn.Conv2d(1, 2, 3)", "2,1,5,5");
        Assert.Equal("the input (shape 2×1×5×5) has a batch of 2: SymConv shows nn.Conv2d on one input", error.MessageWith(CliMessages.Flag));
    }

    [Fact]
    public void An_input_of_the_wrong_rank_names_the_layers_rank()
    {
        var error = Refused("nn.Conv2d(1, 2, 3)", "1,5");
        Assert.Equal("nn.Conv2d is a 2-d layer: its input is (channels, n1, n2) (or with a batch of 1 in front), but the input has shape 1×5", error.MessageWith(CliMessages.Flag));
        var keras = Refused("layers.Conv1D(2, 3)", "5");
        Assert.Equal("layers.Conv1D is a 1-d layer: its input is (n1, channels) (or with a batch of 1 in front), but the input has shape 5", keras.MessageWith(CliMessages.Flag));
    }

    [Fact]
    public void A_kernel_of_another_shape_is_refused_with_the_shape_the_constructor_makes()
    {
        var error = Refused("nn.Conv2d(1, 2, 3)", "1,5,5", ("kernel", "[[[[a b] [c d]]]]"));
        Assert.Equal("--kernel has shape 1×1×2×2, but nn.Conv2d has a weight of shape 2×1×3×3 in oihw", error.MessageWith(CliMessages.Flag));
        var keras = Refused("layers.Conv2D(2, 3)", "5,5,1", ("kernel", "[[[[a b] [c d]]]]"));
        Assert.Equal("--kernel has shape 1×1×2×2, but layers.Conv2D has a weight of shape 3×3×1×2 in hwio", keras.MessageWith(CliMessages.Flag));
    }

    [Fact]
    public void A_bias_beside_bias_False_is_refused()
    {
        var error = Refused("nn.Conv2d(1, 2, 3, bias=False)", "1,5,5", ("bias", "[1 2]"));
        Assert.Equal("--bias is given, but nn.Conv2d has bias=False: it adds no bias", error.MessageWith(CliMessages.Flag));
        var keras = Refused("layers.Conv2D(2, 3, use_bias=False)", "5,5,1", ("bias", "auto"));
        Assert.Equal("--bias is given, but layers.Conv2D has use_bias=False: it adds no bias", keras.MessageWith(CliMessages.Flag));
    }

    [Theory]
    [InlineData("stride", "2")]
    [InlineData("padding", "1")]
    [InlineData("padding-mode", "reflect")]
    [InlineData("dilation", "2")]
    [InlineData("groups", "1")]
    [InlineData("transposed", "true")]
    [InlineData("output-padding", "1")]
    [InlineData("flip", "true")]
    [InlineData("depth-multiplier", "2")]
    [InlineData("kernel-shape", "2,1,3,3")]
    public void An_option_the_constructor_already_sets_is_refused_beside_it(string option, string value)
    {
        var error = Refused("nn.Conv2d(1, 2, 3)", "1,5,5", (option, value));
        Assert.Equal($"--{option} and --layer both describe the layer: nn.Conv2d already says it", error.MessageWith(CliMessages.Flag));
    }

    [Fact]
    public void A_spec_files_layer_line_is_pointed_at_in_the_file()
    {
        var spec = "# a layer\nlayer = nn.Conv2d(1, 2,\n    3, stride='2')\ninput-shape = 1,5,5\n";
        var error = Assert.Throws<InputException>(() => LayerReader.Read(SpecGrammar.Read("layer.conv", spec)));
        Assert.Equal("layer.conv", error.At!.Source);
        Assert.Equal((3, 15), (error.At.Line, error.At.Column));
        Assert.Equal("    3, stride='2')", error.At.LineText);
    }

    [Fact]
    public void The_command_refuses_bad_constructor_text_with_exit_code_2_and_no_stack_trace()
    {
        var outcome = CliRunner.Run("--layer", "nn.Conv2d(1, 2, 3, stride='2')", "--input-shape", "1,5,5");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(
            "symconv: error: nn.Conv2d: stride must be an integer or a tuple of 2 integers, not the string '2'\n" +
            "  --> --layer, line 1, column 27\n" +
            "   | nn.Conv2d(1, 2, 3, stride='2')\n" +
            "   |                           ^\n",
            outcome.Stderr);
    }
}
