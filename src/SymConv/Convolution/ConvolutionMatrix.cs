using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// The matrix M of a layer, with flatten(conv(K, x)) = M·flatten(x) (+ b), held implicitly:
/// each row is computed on demand from the kernel and the geometry, so a layer of any size
/// costs memory for one row at a time and nothing ever allocates rows × columns.
/// </summary>
public sealed class ConvolutionMatrix
{
    /// <summary>Builds the matrix of a layer, validating its geometry.</summary>
    public ConvolutionMatrix(Layer layer)
    {
        Layer = layer;
        Geometry = LayerGeometry.Of(layer.Spec, layer.Kernel.Shape, layer.Input.Shape);
        if (layer.Bias is { } bias && (bias.Shape.Rank != 1 || bias.Shape[0] != Geometry.OutChannels))
            throw new InputException(ErrorMessages.BiasShape(bias.Shape, Geometry.OutChannels));
    }

    /// <summary>The layer.</summary>
    public Layer Layer { get; }

    /// <summary>The layer's resolved sizes.</summary>
    public LayerGeometry Geometry { get; }

    /// <summary>Number of rows: output neurons.</summary>
    public long Rows => Geometry.Rows;

    /// <summary>Number of columns: input entries.</summary>
    public long Columns => Geometry.Columns;

    /// <summary>The nonzero entries of one row, by increasing column; taps on one column are summed.</summary>
    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        var taps = ReceptiveField.Taps(Geometry, row);
        taps.Sort(static (x, y) => x.Column != y.Column ? x.Column.CompareTo(y.Column) : x.KernelIndex.CompareTo(y.KernelIndex));
        var entries = new List<MatrixEntry>(taps.Count);
        var i = 0;
        while (i < taps.Count)
        {
            var column = taps[i].Column;
            var value = Layer.Kernel[taps[i].KernelIndex];
            for (i++; i < taps.Count && taps[i].Column == column; i++)
                value += Layer.Kernel[taps[i].KernelIndex];
            if (!value.IsZero)
                entries.Add(new MatrixEntry(column, value));
        }
        return entries;
    }

    /// <summary>The output neuron y'_row = m_row · x' (+ b_channel), expanded and simplified.</summary>
    public Polynomial Output(long row)
    {
        var terms = new List<Term>();
        foreach (var entry in Row(row))
        {
            var product = entry.Value * Layer.Input[entry.Column];
            terms.AddRange(product.Terms.ToArray());
        }
        var value = Polynomial.FromTerms(terms);
        if (Layer.Bias is { } bias)
            value += bias[row / Geometry.OutputPlane];
        return value;
    }
}
