using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;

namespace SymConv.Gradients;

/// <summary>
/// Mᵀ, the transpose of a layer's matrix, held implicitly like M: row t of Mᵀ is column t of M —
/// which output neurons read input entry t, with which weight — made on demand, so the backward
/// pass ∂L/∂x' = Mᵀ g' streams as y' = M x' does. For a forward layer the column is solved
/// backwards from the geometry; where reflect, replicate or circular padding folds several taps
/// of one output neuron onto the entry, their kernel entries add, as in M. A transposed layer's M
/// is Cᵀ, so its Mᵀ is C, the matrix of its forward twin.
/// </summary>
internal sealed class TransposedMatrix : ILinearMap
{
    private readonly ConvolutionMatrix _matrix;
    private readonly ForwardTwin? _twin;
    // Exporters ask for every row: each thread keeps one walker and its tap buffers.
    private readonly ThreadLocal<Scratch?> _scratch;

    private sealed class Scratch(ColumnWalker walker)
    {
        public ColumnWalker Walker { get; } = walker;
        public long[] Rows = new long[64];
        public long[] Kernel = new long[64];
    }

    private TransposedMatrix(ConvolutionMatrix matrix)
    {
        _matrix = matrix;
        if (matrix.Geometry.Transposed) _twin = ForwardTwin.Of(matrix);
        _scratch = new(() => matrix.Geometry.Transposed ? null : new Scratch(new ColumnWalker(matrix.Geometry)));
    }

    /// <summary>The transpose of <paramref name="matrix"/>.</summary>
    public static TransposedMatrix Of(ConvolutionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new TransposedMatrix(matrix);
    }

    /// <summary>The matrix M this is the transpose of.</summary>
    public ConvolutionMatrix Matrix => _matrix;

    /// <summary>For a transposed layer, its forward twin, whose matrix C is this Mᵀ; null for a forward layer.</summary>
    public ForwardTwin? Twin => _twin;

    /// <summary>Rows of Mᵀ: the layer's input entries.</summary>
    public long Rows => _matrix.Columns;

    /// <summary>Columns of Mᵀ: the layer's output neurons.</summary>
    public long Columns => _matrix.Rows;

    /// <summary>Mᵀ is linear: the constant terms of y' do not reach ∂L/∂x'.</summary>
    public bool IsAffine => false;

    /// <summary>Zero: Mᵀ has no constant term.</summary>
    public Polynomial Offset(long row) => Polynomial.Zero;

    /// <summary>Row <paramref name="row"/> of Mᵀ, which is column <paramref name="row"/> of M, by increasing column.</summary>
    public IReadOnlyList<MatrixEntry> Row(long row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        if (_twin is not null) return _twin.Row(row);

        var scratch = _scratch.Value!;
        var count = scratch.Walker.Fill(row, ref scratch.Rows, ref scratch.Kernel);
        var order = scratch.Rows.AsSpan(0, count);
        var kernel = scratch.Kernel.AsSpan(0, count);
        order.Sort(kernel);
        var entries = new List<MatrixEntry>(count);
        var kernelTensor = _matrix.Layer.Kernel;
        for (var t = 0; t < order.Length;)
        {
            var column = order[t];
            var value = kernelTensor[kernel[t]];
            // Taps folded onto one input entry by the padding mode add, as they do in M.
            for (t++; t < order.Length && order[t] == column; t++)
                value += kernelTensor[kernel[t]];
            if (!value.IsZero) entries.Add(new MatrixEntry(column, value));
        }
        return entries;
    }
}
