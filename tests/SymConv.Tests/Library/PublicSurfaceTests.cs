namespace SymConv.Tests.Library;

/// <summary>
/// The public surface is what the library promises to keep: the front door, its values, its
/// options and errors. Speed paths, grammars, writers and layout helpers are internal; a type
/// made public is a decision, so it is written here.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly string[] Expected =
    [
        "SymConv.Algebra.ExpressionTooLargeException",
        "SymConv.Algebra.Monomial",
        "SymConv.Algebra.NumberNotation",
        "SymConv.Algebra.Polynomial",
        "SymConv.Algebra.Rational",
        "SymConv.Algebra.Term",
        "SymConv.Algebra.UnitCoefficients",
        "SymConv.ClaimVerdict",
        "SymConv.ConvLayer",
        "SymConv.Export.CsvNumbers",
        "SymConv.Export.DisplayOptions",
        "SymConv.Export.ReportOptions",
        "SymConv.Export.Section",
        "SymConv.Export.TextLayout",
        "SymConv.Export.ZeroStyle",
        "SymConv.LinearMaps.ILinearMap",
        "SymConv.LinearMaps.MatrixEntry",
        "SymConv.Model.DataLayout",
        "SymConv.Model.InputException",
        "SymConv.Model.KernelLayout",
        "SymConv.Model.LayerSpec",
        "SymConv.Model.Padding",
        "SymConv.Model.Padding+Causal",
        "SymConv.Model.Padding+Explicit",
        "SymConv.Model.Padding+Full",
        "SymConv.Model.Padding+Same",
        "SymConv.Model.Padding+SameLower",
        "SymConv.Model.Padding+Sides",
        "SymConv.Model.Padding+TfSame",
        "SymConv.Model.PaddingMode",
        "SymConv.Model.Shape",
        "SymConv.Model.SourcePoint",
        "SymConv.Model.Tensor`1",
        "SymConv.Networks.INetworkLayer",
        "SymConv.NeuronExplanation",
        "SymConv.NeuronTap",
        "SymConv.Parsing.RowRange",
        "SymConv.SymbolicExpression",
        "SymConv.SymbolicVector",
    ];

    [Fact]
    public void Only_the_front_door_its_values_options_and_errors_are_public()
    {
        var exported = typeof(ConvLayer).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(Expected, exported);
    }
}
