using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>PyTorch's Identity: any arguments, ignored, as nn.Identity ignores them; the identity map.</summary>
internal sealed class Identity : NetworkLayer
{
    /// <summary>The identity layer.</summary>
    public Identity(string written, SourcePoint? at) : base(written, at)
    {
    }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input;
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new RowMap(input.Size, input.Size, SparseRow.Unit);
    }
}
