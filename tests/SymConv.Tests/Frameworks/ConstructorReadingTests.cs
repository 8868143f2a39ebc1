using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Frameworks;

/// <summary>How a constructor is read: the ways code writes the same layer, and what SymConv fills in.</summary>
public class ConstructorReadingTests
{
    private static LayerSpec SpecOf(string layer, string input = "1,5,5") =>
        LayerReader.Read([SpecEntry.FromCommandLine("layer", layer), SpecEntry.FromCommandLine("input-shape", input)]).Spec;

    [Theory]
    [InlineData("nn.Conv2d(1, 2, 3, 2, 1, 1, 1, False)")]
    [InlineData("torch.nn.Conv2d(1, 2, kernel_size=3, stride=2, padding=1, bias=False)")]
    [InlineData("Conv2d(in_channels=1, out_channels=2, kernel_size=(3, 3), stride=[2, 2], padding=(1, 1), bias=False,)")]
    [InlineData("  self.conv1 = nn.Conv2d( 1 , 2 , (3) , stride = 2 , padding = 1 , bias = False )  ")]
    [InlineData("nn.Conv2d(1, 2, 3, stride=2, padding=1, bias=False, dtype=torch.float64, device='cuda:0')")]
    [InlineData("nn.Conv2d(\n    1, 2,\n    kernel_size=3, stride=2,\n    padding=1, bias=False)")]
    [InlineData("conv = nn.Conv2d(1, 2, 3, stride=2, padding=1, bias=False).to(device).double()")]
    public void Positional_keyword_tuple_and_qualified_forms_are_one_layer(string layer)
    {
        var expected = new LayerSpec { Stride = [2, 2], Dilation = [1, 1], Padding = new Padding.Explicit([1, 1]) };
        Assert.Equal(expected, SpecOf(layer));
    }

    [Fact]
    public void Bias_True_is_PyTorchs_default_and_makes_bias_symbols()
    {
        var layer = LayerReader.Read([SpecEntry.FromCommandLine("layer", "nn.Conv2d(1, 2, 3)"), SpecEntry.FromCommandLine("input-shape", "1,5,5")]);
        Assert.NotNull(layer.Bias);
        Assert.Equal(2, layer.Bias!.Shape[0]);
        var none = LayerReader.Read([SpecEntry.FromCommandLine("layer", "nn.Conv2d(1, 2, 3, bias=False)"), SpecEntry.FromCommandLine("input-shape", "1,5,5")]);
        Assert.Null(none.Bias);
    }

    [Fact]
    public void A_given_bias_replaces_the_fresh_one()
    {
        var matrix = Support.Layers.Matrix(("layer", "nn.Conv2d(1, 2, 1)"), ("input", "[[[1 2]]]"), ("bias", "[5 7]"));
        Assert.Equal("a+5", matrix.Text(matrix.Output(0)));
        Assert.Equal("2b+7", matrix.Text(matrix.Output(3)));
    }

    [Fact]
    public void A_leading_batch_of_one_is_dropped_with_a_note_only_when_a_layer_says_the_rank()
    {
        var outcome = CliRunner.Run("--layer", "nn.Conv2d(1, 1, 2, bias=False)", "--input-shape", "1,1,3,3", "--show", "y'");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("symconv: note: --input-shape 1×1×3×3 has a leading batch dimension of 1: the one input 1×3×3 is read\n", outcome.Stderr);
        Assert.Contains("a*x_{0,0,0}+b*x_{0,0,1}+c*x_{0,1,0}+d*x_{0,1,1}", outcome.Stdout, StringComparison.Ordinal);

        var tensor = CliRunner.Run("--layer", "nn.Conv1d(1, 1, 2, bias=False)", "--input", "[[[1 2 3]]]", "--show", "y'");
        Assert.Equal("symconv: note: --input 1×1×3 has a leading batch dimension of 1: the one input 1×3 is read\n", tensor.Stderr);
        Assert.Contains("[1a+2b, 2a+3b]", tensor.Stdout, StringComparison.Ordinal);

        // Without --layer, 1×1×3×3 is a 3-d input of one channel, as before.
        var plain = CliRunner.Run("--kernel-shape", "1,1,1,2,2", "--input-shape", "1,1,3,3", "--show", "y'");
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal("", plain.Stderr);
    }

    [Fact]
    public void Keras_reads_channels_last_and_its_own_kernel_layout_unless_layout_says_otherwise()
    {
        var keras = SpecOf("layers.Conv2D(2, 3, padding='same', strides=2)", "5,5,1");
        Assert.Equal(DataLayout.ChannelsLast, keras.Layout);
        Assert.Equal(KernelLayout.Hwio, keras.KernelLayout);
        Assert.Equal(new Padding.TfSame(), keras.Padding);
        var first = SpecOf("keras.layers.Conv2D(2, 3, data_format='Channels_First')", "1,5,5");
        Assert.Equal(DataLayout.ChannelsFirst, first.Layout);

        var overridden = LayerReader.Read([
            SpecEntry.FromCommandLine("layer", "layers.Conv2D(2, 3)"), SpecEntry.FromCommandLine("input-shape", "1,5,5"),
            SpecEntry.FromCommandLine("layout", "nchw"), SpecEntry.FromCommandLine("kernel-layout", "oihw")]);
        Assert.Equal([2, 1, 3, 3], overridden.Kernel.Shape.Dims);
        Assert.Equal([1, 5, 5], overridden.Input.Shape.Dims);
    }

    [Fact]
    public void Keras_input_shape_gives_the_input_when_no_input_option_does()
    {
        var layer = LayerReader.Read([SpecEntry.FromCommandLine("layer", "layers.Conv2D(2, 3, input_shape=(5, 6, 1))")]);
        Assert.Equal([5, 6, 1], layer.Input.Shape.Dims);
        Assert.Equal([3, 3, 1, 2], layer.Kernel.Shape.Dims);
    }

    [Theory]
    [InlineData("layers.Conv2D(2, 3, activation=None)")]
    [InlineData("layers.Conv2D(2, 3, activation='linear', kernel_initializer=initializers.HeNormal(seed=1), kernel_regularizer=regularizers.l2(0.01), name='c1', trainable=False)")]
    [InlineData("x = layers.Conv2D(2, 3)(inputs)")]
    public void Keras_arguments_that_do_not_change_the_map_are_accepted(string layer) =>
        Assert.Equal(KernelLayout.Hwio, SpecOf(layer, "5,5,1").KernelLayout);

    [Fact]
    public void A_depthwise_layer_has_the_depth_multiplier_and_keras_kernel_layout()
    {
        var layer = LayerReader.Read([SpecEntry.FromCommandLine("layer", "layers.DepthwiseConv2D(3, depth_multiplier=2)"), SpecEntry.FromCommandLine("input-shape", "5,5,3")]);
        Assert.Equal(2, layer.Spec.DepthMultiplier);
        Assert.Equal(KernelLayout.Hwim, layer.Spec.KernelLayout);
        Assert.Equal([3, 3, 3, 2], layer.Kernel.Shape.Dims);
        Assert.Equal(6, layer.Bias!.Shape[0]);
    }

    [Theory]
    [InlineData(KernelLayout.Oihw, false)]
    [InlineData(KernelLayout.Iohw, true)]
    [InlineData(KernelLayout.Hwio, false)]
    [InlineData(KernelLayout.Hwoi, true)]
    [InlineData(KernelLayout.Ihwo, false)]
    [InlineData(KernelLayout.Ohwi, false)]
    [InlineData(KernelLayout.Hwim, false)]
    public void A_weight_laid_out_maps_back_to_PyTorchs_order(KernelLayout layout, bool transposed)
    {
        var spec = new LayerSpec { KernelLayout = layout, Transposed = transposed, DepthMultiplier = layout == KernelLayout.Hwim ? 2 : null };
        var pyTorch = layout == KernelLayout.Hwim ? new Shape(6, 1, 2, 3) : new Shape(4, 5, 2, 3);
        Assert.Equal(pyTorch, Layouts.KernelToPyTorch(layout, transposed, SymConv.Parsing.Frameworks.FrameworkTensors.LaidOut(spec, pyTorch)));
    }
}
