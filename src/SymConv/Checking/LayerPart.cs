using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Checking;

/// <summary>
/// One part of a layer a claim can be about — K, x, x', M, p, b, y' or y — as a shape and its
/// entries by flat index. M's entries come from its sparse rows, one row kept at a time.
/// </summary>
internal sealed class LayerPart
{
    private readonly Func<long, Polynomial> _entry;

    private LayerPart(string name, Shape shape, Func<long, Polynomial> entry)
    {
        Name = name;
        Shape = shape;
        _entry = entry;
    }

    /// <summary>The part's name in the seed's notation: K, x, x', M, b, y', y.</summary>
    public string Name { get; }

    /// <summary>Its shape; M is rows × columns, x' and y' are vectors.</summary>
    public Shape Shape { get; }

    /// <summary>The true entry at a flat index.</summary>
    public Polynomial this[long flat] => _entry(flat);

    /// <summary>The entry's label, such as y'[3], y[0,1,1] or M[0,3].</summary>
    public string Label(long flat) => $"{Name}[{string.Join(',', Shape.Unflatten(flat))}]";

    /// <summary>The part a name stands for, or null when the name is none of them.</summary>
    public static LayerPart? Find(string name, ConvolutionMatrix matrix, SourcePoint at) => Find(name, new ClaimLayer(matrix), at);

    /// <summary>
    /// The part a name stands for — of the forward pass, or of the backward pass (g, dx, dx',
    /// dK, db) — or null when the name is none of them.
    /// </summary>
    public static LayerPart? Find(string name, ClaimLayer claimLayer, SourcePoint at)
    {
        var matrix = claimLayer.Matrix;
        var layer = matrix.Layer;
        if (matrix.Rows > int.MaxValue || matrix.Columns > int.MaxValue)
            throw new InputException(ErrorMessages.ClaimLayerTooLarge(matrix.Rows, matrix.Columns), at);
        switch (name)
        {
            case "K": return new(name, layer.Kernel.Shape, i => layer.Kernel[i]);
            case "x": return new(name, layer.Input.Shape, i => layer.Input[i]);
            case "x'": return new(name, new Shape(checked((int)matrix.Columns)), i => layer.Input[i]);
            case "b": return layer.Bias is { } bias ? new(name, bias.Shape, i => bias[i]) : throw new InputException(ErrorMessages.ClaimNoBias, at);
            case "y'": return new(name, new Shape(checked((int)matrix.Rows)), matrix.Output);
            // The padding term, one entry per row of M: zeros unless the padding reads a value other than 0.
            case "p": return new(name, new Shape(checked((int)matrix.Rows)), matrix.PaddingTerm);
            case "y": return new(name, matrix.Geometry.OutputShape, matrix.Output);
            case "M":
                var columns = matrix.Columns;
                long cachedRow = -1;
                IReadOnlyList<MatrixEntry> cached = [];
                return new(name, new Shape(checked((int)matrix.Rows), checked((int)columns)), flat =>
                {
                    var row = flat / columns;
                    var column = flat % columns;
                    if (row != cachedRow) { cached = matrix.Row(row); cachedRow = row; }
                    return EntryAt(cached, column);
                });
            case "g" or "dK" or "dx" or "dx'" or "db":
                return Gradient(name, claimLayer, at);
            default:
                return null;
        }
    }

    // A part of the backward pass: computed when a claim first needs it.
    private static LayerPart Gradient(string name, ClaimLayer claimLayer, SourcePoint at)
    {
        var gradients = claimLayer.Gradients;
        var tensor = name switch
        {
            "g" => gradients.Upstream,
            "dK" => gradients.GradKernel,
            "db" => gradients.GradBias ?? throw new InputException(ErrorMessages.ClaimNoBiasGradient, at, ErrorMessages.ClaimHint),
            _ => gradients.GradInput,
        };
        return name == "dx'"
            ? new(name, new Shape(checked((int)tensor.Shape.Size)), i => tensor[i])
            : new(name, tensor.Shape, i => tensor[i]);
    }

    // A row comes sorted by column (ConvolutionMatrix.Row), so an entry is a binary search
    // away: a whole-M claim reads every entry of every row, and a wide row has many taps.
    private static Polynomial EntryAt(IReadOnlyList<MatrixEntry> row, long column)
    {
        var low = 0;
        var high = row.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var at = row[middle].Column;
            if (at == column) return row[middle].Value;
            if (at < column) low = middle + 1;
            else high = middle - 1;
        }
        return Polynomial.Zero;
    }
}
