using SymConv.Model;

namespace SymConv.Export.Neuron;

/// <summary>Where a neuron is, as people give it: a multi-index into y (channel, position…), or one flat index into y'.</summary>
internal static class NeuronIndex
{
    /// <summary>The flat index into y' of the neuron at <paramref name="at"/> in an output of <paramref name="shape"/>.</summary>
    /// <exception cref="InputException">When the index does not name an output neuron, pointing at <paramref name="where"/>.</exception>
    public static long Read(Shape shape, IReadOnlyList<int> at, SourcePoint? where)
    {
        if (at.Count == 1 && shape.Rank != 1)
        {
            if (at[0] < 0 || at[0] >= shape.Size)
                throw new InputException(ErrorMessages.NeuronIndexRange(at[0], shape.Size, "flat (y')"), where) { Parameter = "at", Value = Written(at) };
            return at[0];
        }
        if (at.Count != shape.Rank)
            throw new InputException(ErrorMessages.NeuronIndexCount(at.Count, shape.ToString(), shape.Rank), where) { Parameter = "at", Value = Written(at) };
        for (var d = 0; d < at.Count; d++)
            if (at[d] < 0 || at[d] >= shape[d])
                throw new InputException(ErrorMessages.NeuronIndexRange(at[d], shape[d], d == 0 ? "channel" : $"spatial dimension {d}"), IndexItemPosition.Of(where, d)) { Parameter = "at", Value = Written(at) };
        return shape.Flatten([.. at]);
    }

    // The index as the at key writes it, 0,1,1: an error's Value.
    private static string Written(IReadOnlyList<int> at) =>
        string.Join(',', at.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
