using System.Globalization;
using SymConv.Algebra;
using SymConv.Export;
using SymConv.Export.Sections;
using SymConv.LinearMaps;

namespace SymConv.Networks;

/// <summary>
/// The stack's maps and vectors as the section writers take them, so every format writes M_total,
/// c, x', y' and the activations as it writes a layer's M and y', with no writer of the stack's own.
/// </summary>
internal sealed partial class StackReport
{
    private readonly ReportOptions _options = new();

    /// <summary>
    /// How M_total and the vectors are written, read as the layer report reads them (the rows of
    /// M_total, c and y' shown; LaTeX's elision and zeros; CSV's numbers), with this report's
    /// <see cref="Units"/> and <see cref="Numbers"/>, and the text's vectors one entry a line.
    /// </summary>
    public ReportOptions Options
    {
        get => _options with { UnitCoefficients = Units, Numbers = Numbers, OnePerLine = true };
        init => _options = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The rows of M_total, c and y' shown; null for all.</summary>
    public IReadOnlyList<Parsing.RowRange>? Rows => _options.Rows;

    /// <summary>
    /// M_total, shown as M (its code name M_total) with a layer's M's blocks: bars after each row of
    /// the input image, rules between the output's channels. Null when the first layer is not linear.
    /// </summary>
    public MatrixSection? MatrixSection => Stack.Total is { } total
        ? new MatrixSection("M", total)
        {
            CodeName = "M_total", Note = ProductNote, Rows = Rows,
            ColumnBlock = Stack.Input.Shape.Rank > 1 ? Stack.Input.Shape[Stack.Input.Shape.Rank - 1] : 0,
            RowBlock = Stack.TotalOutput.Rank > 1 ? Stack.TotalOutput.Size / Stack.TotalOutput[0] : 0,
        }
        : null;

    /// <summary>x', the stack's input flattened: the vector of the identity map.</summary>
    public AffineVectorSection InputSection => new("x'", new AffineVector(new IdentityMap(Stack.Input.Shape.Size), Stack.Input.Values));

    /// <summary>c of y' = M_total x' + c; null when the first layer is not linear.</summary>
    public AffineVectorSection? OffsetSection =>
        Stack.Total is { } total ? new AffineVectorSection("c", new AffineVector(total, Stack.Input.Values, total.Offset)) { Rows = Rows } : null;

    /// <summary>y' = M_total x' + c, made layer by layer (each earlier activation once); null when the first layer is not linear.</summary>
    public AffineVectorSection? OutputSection =>
        Stack.Total is { } total
            ? new AffineVectorSection("y'", Vector(total, Stack.LinearCount - 1)) { Sum = total.IsAffine ? "M x' + c" : "M x'", Rows = Rows }
            : null;

    /// <summary>y{layer}', the output of a linear layer, as the vector of the product of the maps up to it.</summary>
    public AffineVectorSection ActivationSection(int layer) =>
        new(string.Create(CultureInfo.InvariantCulture, $"y{layer}'"), Vector(Stack.Product(0, layer), layer));

    // The activations are the same values as A x' + c, made the cheaper way.
    private AffineVector Vector(ILinearMap map, int layer) => new(map, Stack.Input.Values, row => Activations.Entry(layer, row));

    private string ProductNote =>
        "M_total = " + string.Join(" ", Enumerable.Range(0, Stack.LinearCount).Reverse().Select(i => "M_" + i.ToString(CultureInfo.InvariantCulture)))
        + (Stack.FirstNonlinear is { } stop ? ", up to layer " + stop.Index.ToString(CultureInfo.InvariantCulture) + ", which is not linear" : "");

    // x' itself, as the vector of the identity map.
    private sealed class IdentityMap(long size) : ILinearMap
    {
        public long Rows => size;
        public long Columns => size;
        public bool IsAffine => false;
        public IReadOnlyList<MatrixEntry> Row(long row) => [new(row, Polynomial.One)];
        public Polynomial Offset(long row) => Polynomial.Zero;
    }
}
