using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// The windows of PyTorch's adaptive poolings: output_size per dimension, window i of a dimension
/// of n entries covering [⌊i·n/out⌋, ⌈(i+1)·n/out⌉), as start_index and end_index in
/// aten/src/ATen/native/AdaptivePooling.h give them.
/// </summary>
/// <param name="OutputSize">output_size per spatial dimension; null keeps the input's size, as None does.</param>
internal sealed record AdaptiveWindows(IReadOnlyList<int?> OutputSize)
{
    /// <summary>The output's shape: the channels, then output_size.</summary>
    public Shape Output(Shape input)
    {
        if (input.Rank != OutputSize.Count + 1) throw new LayerRefusal(LayerMessages.SpatialRank(OutputSize.Count));
        return new Shape([input[0], .. OutputSize.Select((o, d) => o ?? input[d + 1])]);
    }

    /// <summary>The input entries (row-major flat indices, increasing) of output entry <paramref name="row"/>'s window.</summary>
    public IReadOnlyList<long> Window(Shape input, Shape output, long row)
    {
        var at = output.Unflatten(row);
        var rank = OutputSize.Count;
        var low = new int[rank];
        var high = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            long n = input[d + 1], o = output[d + 1], i = at[d + 1];
            low[d] = (int)(i * n / o);
            high[d] = (int)(((i + 1) * n + o - 1) / o);
        }
        var columns = new List<long>();
        var full = new int[rank + 1];
        full[0] = at[0];
        IndexBox.ForEach(low, high, tap =>
        {
            tap.CopyTo(full, 1);
            columns.Add(input.Flatten(full));
        });
        return columns;
    }
}
