using System.Numerics;
using SymConv.Algebra;
using SymConv.Convolution;

namespace SymConv.Tests.Reference;

/// <summary>Small bridges between the library's results and the reference's grids.</summary>
internal static class LibraryView
{
    public static Polynomial Constant(BigInteger value) => Polynomial.Constant(Rational.Of(value));

    public static Grid<Polynomial> KernelOf(ConvolutionMatrix matrix) =>
        new([.. matrix.Layer.Kernel.Shape.Dims], [.. matrix.Layer.Kernel.Values]);

    public static Grid<Polynomial> InputOf(ConvolutionMatrix matrix) =>
        new([.. matrix.Layer.Input.Shape.Dims], [.. matrix.Layer.Input.Values]);

    public static Polynomial[]? BiasOf(ConvolutionMatrix matrix) => matrix.Layer.Bias?.Values.ToArray();

    /// <summary>M·x' (+ b) from the sparse rows alone: what a reader of M would compute by hand.</summary>
    public static Polynomial RowTimesInput(ConvolutionMatrix matrix, long row)
    {
        var sum = Polynomial.Zero;
        foreach (var entry in matrix.Row(row))
            sum += entry.Value * matrix.Layer.Input[entry.Column];
        if (matrix.Layer.Bias is { } bias)
        {
            // The row's output channel: rows run channel by channel, or with channels last channel fastest.
            var channels = bias.Values.Count;
            var channel = matrix.Layer.Spec.Layout == SymConv.Model.DataLayout.ChannelsLast ? row % channels : row / (matrix.Rows / channels);
            sum += bias[channel];
        }
        return sum;
    }

    /// <summary>M as a dense grid of rows × columns, for small layers only.</summary>
    public static Polynomial[,] Dense(ConvolutionMatrix matrix)
    {
        var dense = new Polynomial[matrix.Rows, matrix.Columns];
        for (var r = 0; r < matrix.Rows; r++)
        {
            for (var c = 0; c < matrix.Columns; c++) dense[r, c] = Polynomial.Zero;
            long previous = -1;
            foreach (var entry in matrix.Row(r))
            {
                if (entry.Column <= previous) throw new InvalidOperationException($"row {r} is not sorted by column");
                if (entry.Value.IsZero) throw new InvalidOperationException($"row {r} holds an explicit zero");
                previous = entry.Column;
                dense[r, entry.Column] = entry.Value;
            }
        }
        return dense;
    }
}
