using SymConv.Convolution;
using SymConv.Parsing;

namespace SymConv.Benchmarks;

/// <summary>The layers of issue 6, given by shape as on the command line: kernel and input all symbols.</summary>
internal static class Workloads
{
    /// <summary>W3: a 16×3×3×3 kernel on a 3×32×32 input; y' has 388,800 terms.</summary>
    public static ConvolutionMatrix W3() => Layer("16,3,3,3", "3,32,32");

    /// <summary>W4: a 64×64×3×3 kernel on a 64×56×56 input; y' has 107,495,424 terms.</summary>
    public static ConvolutionMatrix W4() => Layer("64,64,3,3", "64,56,56");

    public static ConvolutionMatrix Layer(string kernelShape, string inputShape, params (string Key, string Value)[] more) =>
        new(LayerReader.Read(new[] { ("kernel-shape", kernelShape), ("input-shape", inputShape) }
            .Concat(more)
            .Select(o => SpecEntry.FromCommandLine(o.Item1, o.Item2))));
}
