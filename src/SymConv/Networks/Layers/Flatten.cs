using System.Globalization;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's Flatten(start_dim=1, end_dim=-1): joins the dimensions from start_dim to end_dim into
/// one. The data stays in place (the flat row-major index is unchanged), so the map is the identity
/// and only the shape changes. Dimensions are PyTorch's, counted with the batch: start_dim 1 is
/// this batch-less input's first dimension, so the default flattens everything; start_dim 0 joins
/// the batch of one in as well, which leaves the same entries.
/// </summary>
internal sealed class Flatten : NetworkLayer
{
    /// <summary>A flatten from <paramref name="startDim"/> to <paramref name="endDim"/>, PyTorch's dimensions with the batch as 0.</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="startDim">The first dimension joined; negative counts from the end, as in Python.</param>
    /// <param name="endDim">The last dimension joined, likewise.</param>
    public Flatten(string written, SourcePoint? at, int startDim, int endDim) : base(written, at)
    {
        StartDim = startDim;
        EndDim = endDim;
    }

    /// <summary>PyTorch's start_dim.</summary>
    public int StartDim { get; }

    /// <summary>PyTorch's end_dim.</summary>
    public int EndDim { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var batched = input.Rank + 1;
        var start = StartDim < 0 ? StartDim + batched : StartDim;
        var end = EndDim < 0 ? EndDim + batched : EndDim;
        if (start < 0 || start >= batched || end < 0 || end >= batched)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture,
                $"with its batch dimension it has {batched} dimensions, so start_dim ({StartDim}) and end_dim ({EndDim}) must lie in [-{batched}, {batched - 1}]"));
        if (end < start)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture, $"start_dim ({StartDim}) comes after end_dim ({EndDim})"));
        if (end == 0) return input;   // the batch alone
        start = Math.Max(start, 1);
        var dims = input.Dims;
        long joined = 1;
        for (var d = start - 1; d <= end - 1; d++) joined *= dims[d];
        if (joined > int.MaxValue) throw new LayerRefusal("the flattened dimension would hold more than 2³¹−1 entries");
        return new Shape([.. dims.Take(start - 1), (int)joined, .. dims.Skip(end)]);
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = OutputShape(input);
        return new RowMap(output.Size, input.Size, SparseRow.Unit);
    }
}
