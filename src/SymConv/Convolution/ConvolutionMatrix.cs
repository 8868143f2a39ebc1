using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Convolution;

/// <summary>
/// The matrix M of a layer, with flatten(conv(K, x)) = M·flatten(x) (+ b), held implicitly:
/// each row is computed on demand from the kernel and the geometry, so a layer of any size
/// costs memory for one row at a time and nothing ever allocates rows × columns.
/// </summary>
internal sealed class ConvolutionMatrix : ILinearMap
{
    private readonly Lazy<SingleTermLayer?> _singleTerms;
    private readonly ThreadLocal<OutputRowBuilder?> _builders = new();

    // Exporters call Row once per row of M, often millions of times: each thread keeps one walker
    // and its tap buffers rather than making them again for every row.
    private readonly ThreadLocal<(TapWalker Walker, int[] KernelIndex, int[] Columns)> _rowScratch;

    /// <summary>Builds the matrix of a layer, validating its geometry.</summary>
    public ConvolutionMatrix(Layer layer)
    {
        Layer = layer;
        try
        {
            Geometry = Validate(layer);
        }
        catch (InputException e) when (e.At is null && e.Parameter is { } parameter && layer.Sources.TryGetValue(parameter, out var at))
        {
            // A spec's line set the value refused: point at it, as at a syntax error.
            throw e.WithAt(at);
        }
        _singleTerms = new Lazy<SingleTermLayer?>(() => SingleTermLayer.TryFrom(layer));
        _rowScratch = new(() =>
        {
            var walker = new TapWalker(Geometry);
            return (walker, new int[walker.MaxTaps], new int[walker.MaxTaps]);
        });
    }

    private static LayerGeometry Validate(Layer layer)
    {
        var geometry = LayerGeometry.Of(layer.Spec, layer.Kernel.Shape, layer.Input.Shape);
        if (layer.Bias is { } bias && (bias.Shape.Rank != 1 || bias.Shape[0] != geometry.OutChannels))
            throw InputException.ForParameter("bias", Written(bias, layer.Symbols), ErrorMessages.BiasShape(bias.Shape, geometry.OutChannels));
        if (!layer.PaddingValue.IsZero)
        {
            if (geometry.Transposed) throw InputException.ForParameter("padding-value", PolynomialText.Format(layer.PaddingValue, layer.Symbols), ErrorMessages.PaddingValueTransposed);
            if (geometry.PaddingMode != PaddingMode.Zeros) throw InputException.ForParameter("padding-value", PolynomialText.Format(layer.PaddingValue, layer.Symbols), ErrorMessages.PaddingValueMode(geometry.PaddingMode));
        }
        return geometry;
    }

    // A tensor's entries by their symbols' names, [p q]: an error's Value.
    private static string Written(Tensor<Polynomial> tensor, SymbolTable symbols) =>
        new Tensor<string>(tensor.Shape, i => PolynomialText.Format(tensor[i], symbols)).ToString();

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
        var (walker, kernelIndex, columns) = _rowScratch.Value;
        var count = walker.Fill(row, kernelIndex, columns);
        // Taps reading one column (reflect, replicate, circular) sum in kernel order.
        var order = new long[count];
        for (var i = 0; i < count; i++)
            order[i] = ((long)columns[i] << 32) | (uint)kernelIndex[i];
        Array.Sort(order);
        var entries = new List<MatrixEntry>(count);
        var t = 0;
        while (t < count)
        {
            var column = order[t] >> 32;
            var value = Layer.Kernel[(uint)order[t]];
            for (t++; t < count && order[t] >> 32 == column; t++)
                value += Layer.Kernel[(uint)order[t]];
            if (!value.IsZero)
                entries.Add(new MatrixEntry(column, value));
        }
        return entries;
    }

    /// <summary>True when y' = M x' has a constant term: a bias, or padding that reads a value other than zero.</summary>
    public bool IsAffine => Layer.Bias is not null || HasPaddingTerm;

    /// <summary>The constant term of y'_row: p_row (+ b of the row's output channel).</summary>
    public Polynomial Offset(long row)
    {
        var offset = PaddingTerm(row);
        if (Layer.Bias is { } bias)
            offset += bias[Geometry.OutputChannelOf(row)];
        return offset;
    }

    /// <summary>True when the padding reads a value other than zero, so y' = M x' + p (+ b) has the term p.</summary>
    public bool HasPaddingTerm => !Layer.PaddingValue.IsZero;

    /// <summary>
    /// p_row: the padding value times the sum of the kernel entries whose taps in this row fall on the
    /// padding (zero when the padding is zeros): the part of y'_row that no column of M carries.
    /// </summary>
    public Polynomial PaddingTerm(long row)
    {
        if (!HasPaddingTerm) return Polynomial.Zero;
        var (walker, kernelIndex, _) = _rowScratch.Value;
        var count = walker.FillPadded(row, kernelIndex);
        var sum = Polynomial.Zero;
        for (var i = 0; i < count; i++)
            sum += Layer.Kernel[kernelIndex[i]];
        return sum * Layer.PaddingValue;
    }

    /// <summary>The output neuron y'_row = m_row · x' (+ p_row) (+ b_channel), expanded and simplified.</summary>
    public Polynomial Output(long row)
    {
        if (SingleTerms is not null && !HasPaddingTerm)
        {
            var builder = _builders.Value ??= OutputRowBuilder.TryCreate(this)!;
            try
            {
                builder.Build(row);
                return builder.ToPolynomial();
            }
            catch (OverflowException)
            {
                // A coefficient outgrew a long: the general path below is exact at any size.
            }
        }
        return GeneralOutput(row);
    }

    /// <summary>y'_row by polynomial arithmetic on the merged entries of the row: exact for any entries.</summary>
    internal Polynomial GeneralOutput(long row)
    {
        var terms = new List<Term>();
        foreach (var entry in Row(row))
        {
            var product = entry.Value * Layer.Input[entry.Column];
            foreach (var term in product.Terms)
                terms.Add(term);
        }
        var value = Polynomial.FromTerms(terms);
        if (HasPaddingTerm)
            value += PaddingTerm(row);
        if (Layer.Bias is { } bias)
            value += bias[Geometry.OutputChannelOf(row)];
        return value;
    }

    /// <summary>The layer as single-term tensors, or null when some entry is not a single term.</summary>
    internal SingleTermLayer? SingleTerms => _singleTerms.Value;
}
