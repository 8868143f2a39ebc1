using System.Globalization;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Model;

namespace SymConv.Gradients;

/// <summary>
/// One input entry seen from the output side, the dual of the neuron view: the output neurons that
/// read x'[t], each with its weight — exactly column t of M, row t of Mᵀ — and the entry's gradient
/// ∂L/∂x'[t] = Σ_s M[s,t] g'[s].
/// </summary>
internal sealed class InputColumn
{
    private InputColumn(LayerGradient gradient, long column)
    {
        Gradient = gradient;
        Column = column;
        var g = gradient.Matrix.Geometry;
        Index = g.InputShape.Unflatten(column);
        Readers = [.. gradient.Transposed.Row(column).Select(e => new InputReader(e.Column, g.OutputShape.Unflatten(e.Column), e.Value, gradient.Upstream[e.Column]))];
        Value = gradient.Matrix.Layer.Input[column];
        Grad = gradient.GradInputAt(column);
    }

    /// <summary>The backward pass it belongs to.</summary>
    public LayerGradient Gradient { get; }

    /// <summary>The entry's column of M, its index in x'.</summary>
    public long Column { get; }

    /// <summary>Its multi-index in x, as laid out.</summary>
    public int[] Index { get; }

    /// <summary>The entry itself.</summary>
    public Polynomial Value { get; }

    /// <summary>The neurons that read it, by increasing row, with their weights M[s,t].</summary>
    public IReadOnlyList<InputReader> Readers { get; }

    /// <summary>∂L/∂x'[t] = Σ_s M[s,t] g'[s].</summary>
    public Polynomial Grad { get; }

    /// <summary>
    /// The column of the input entry at <paramref name="at"/>: a multi-index in x as laid out, or one
    /// flat index of x'.
    /// </summary>
    /// <exception cref="InputException">When the index has the wrong length or lies outside x.</exception>
    public static InputColumn At(LayerGradient gradient, IReadOnlyList<int> at, SourcePoint? where)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(at);
        var shape = gradient.Matrix.Geometry.InputShape;
        long column;
        if (at.Count == 1)
        {
            if (at[0] < 0 || at[0] >= shape.Size)
                throw new InputException(GradientMessages.InputIndexRange(at[0], shape.Size, "flat (x')"), where);
            column = at[0];
        }
        else
        {
            if (at.Count != shape.Rank)
                throw new InputException(GradientMessages.InputIndexCount(at.Count, shape), where);
            for (var d = 0; d < at.Count; d++)
                if (at[d] < 0 || at[d] >= shape[d])
                    throw new InputException(GradientMessages.InputIndexItemRange(at, d, shape), IndexItemPosition.Of(where, d));
            column = shape.Flatten([.. at]);
        }
        return new InputColumn(gradient, column);
    }
}

/// <summary>An output neuron that reads an input entry.</summary>
/// <param name="Row">The neuron's row of M, its index in y'.</param>
/// <param name="OutputIndex">Its multi-index in y.</param>
/// <param name="Weight">M[row, column]: the kernel entries (summed where padding folds taps) it reads the entry with.</param>
/// <param name="Upstream">g'[row], the neuron's upstream gradient.</param>
internal sealed record InputReader(long Row, int[] OutputIndex, Polynomial Weight, Polynomial Upstream);
