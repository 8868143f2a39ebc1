using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Tests.Support;

/// <summary>Builds layers for tests the way the command does.</summary>
internal static class Layers
{
    public static ConvolutionMatrix Matrix(params (string Key, string Value)[] options) =>
        new(LayerReader.Read(options.Select(o => SpecEntry.FromCommandLine(o.Key, o.Value))));

    public static string Text(this ConvolutionMatrix matrix, Polynomial value) =>
        PolynomialText.Format(value, matrix.Layer.Symbols);
}
