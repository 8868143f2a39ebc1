using System.Globalization;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's Linear(in_features, out_features, bias): y_o = Σ_i w_{o,i} x_i + b_o on the last
/// dimension, which must be in_features (after a Flatten, the only one); PyTorch's weight is (out, in).
/// </summary>
internal sealed class Linear : NetworkLayer
{
    /// <summary>A linear layer of <paramref name="weight"/> (out, in) and <paramref name="bias"/> (out) or null.</summary>
    public Linear(string written, SourcePoint? at, Tensor<Polynomial> weight, Tensor<Polynomial>? bias) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(weight);
        if (weight.Shape.Rank != 2) throw new ArgumentException("A Linear weight is (out_features, in_features).", nameof(weight));
        if (bias is not null && !bias.Shape.Equals(new Shape(weight.Shape[0])))
            throw new ArgumentException("A Linear bias has out_features entries.", nameof(bias));
        Weight = weight;
        Bias = bias;
    }

    /// <summary>The weight, (out_features, in_features).</summary>
    public Tensor<Polynomial> Weight { get; }

    /// <summary>The bias, or null.</summary>
    public Tensor<Polynomial>? Bias { get; }

    /// <summary>in_features.</summary>
    public int InFeatures => Weight.Shape[1];

    /// <summary>out_features.</summary>
    public int OutFeatures => Weight.Shape[0];

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        if (input[input.Rank - 1] != InFeatures)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture,
                $"its last dimension must be in_features ({InFeatures}), not {input[input.Rank - 1]}"),
                input.Rank > 1 ? "put Flatten() before it to make the input one vector" : null);
        return new Shape([.. input.Dims.Take(input.Rank - 1), OutFeatures]);
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = Output(input);
        var inFeatures = InFeatures;
        var outFeatures = OutFeatures;
        return new RowMap(output.Size, input.Size, row =>
        {
            var o = row % outFeatures;
            var first = row / outFeatures * inFeatures;
            var entries = new List<MatrixEntry>(inFeatures);
            for (var i = 0; i < inFeatures; i++)
            {
                var w = Weight[o * inFeatures + i];
                if (!w.IsZero) entries.Add(new MatrixEntry(first + i, w));
            }
            return entries;
        }, Bias is null ? null : row => Bias[row % outFeatures]);
    }
}
