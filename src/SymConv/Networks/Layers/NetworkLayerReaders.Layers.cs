using SymConv.Networks.Layers;

namespace SymConv.Networks;

/// <summary>The layers of Networks/Layers, registered with the stack's readers.</summary>
internal static partial class NetworkLayerReaders
{
    static partial void AddLayers(IDictionary<string, NetworkLayerReader> readers)
    {
        foreach (var rank in new[] { 1, 2, 3 })
        {
            var r = rank;
            var d = rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + "d";
            readers["AvgPool" + d] = reading => PoolingReaders.Average(reading, r);
            readers["MaxPool" + d] = reading => PoolingReaders.Max(reading, r);
            readers["ZeroPad" + d] = reading => PadReaders.Read(reading, r, PadReaders.Kind.Zero);
            readers["ConstantPad" + d] = reading => PadReaders.Read(reading, r, PadReaders.Kind.Constant);
            readers["ReflectionPad" + d] = reading => PadReaders.Read(reading, r, PadReaders.Kind.Reflection);
            readers["ReplicationPad" + d] = reading => PadReaders.Read(reading, r, PadReaders.Kind.Replication);
            readers["BatchNorm" + d] = reading => ParameterReaders.BatchNorm(reading, r);
            readers["LPPool" + d] = PoolingReaders.OutOfScope;
            readers["AdaptiveAvgPool" + d] = reading => PoolingReaders.Adaptive(reading, r, max: false);
            readers["AdaptiveMaxPool" + d] = reading => PoolingReaders.Adaptive(reading, r, max: true);
        }
        readers["FractionalMaxPool2d"] = PoolingReaders.OutOfScope;
        readers["FractionalMaxPool3d"] = PoolingReaders.OutOfScope;
        readers["Upsample"] = ResamplingReaders.Upsample;
        readers["UpsamplingNearest2d"] = ResamplingReaders.UpsamplingNearest2d;
        readers["UpsamplingBilinear2d"] = ResamplingReaders.UpsamplingBilinear2d;
        readers["PixelShuffle"] = reading => ResamplingReaders.PixelShuffle(reading, unshuffle: false);
        readers["PixelUnshuffle"] = reading => ResamplingReaders.PixelShuffle(reading, unshuffle: true);
        readers["Flatten"] = ShapeReaders.Flatten;
        readers["Identity"] = ShapeReaders.Identity;
        foreach (var dropout in ShapeReaders.Dropouts)
            readers[dropout] = ShapeReaders.Dropout;
        readers["Linear"] = ParameterReaders.Linear;
        readers["ReLU"] = reading => ShapeReaders.Activation(reading, ElementwiseFunction.Relu);
        readers["Sigmoid"] = reading => ShapeReaders.Activation(reading, ElementwiseFunction.Sigmoid);
        readers["Tanh"] = reading => ShapeReaders.Activation(reading, ElementwiseFunction.Tanh);
        readers["Residual"] = ResidualReader.Read;
    }
}
