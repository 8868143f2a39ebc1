using SymConv.Checking;
using SymConv.Convolution;
using SymConv.Tests.Support;

namespace SymConv.Tests.Checking;

/// <summary>Runs claims against layers built the way the command builds them.</summary>
internal static class CheckSupport
{
    public static ConvolutionMatrix Seed() =>
        Layers.Matrix(("kernel", "[[[[a b] [c d]]] [[[e f] [g h]]]]"), ("input", "[[[1 2 3] [4 5 6] [7 8 9]]]"));

    public static ClaimResult Check(ConvolutionMatrix matrix, string claim) =>
        ClaimChecker.Check(matrix, [ClaimSource.Of("--claim", claim)])[0];
}
