using System.Globalization;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's PixelShuffle(r) (C·r², H, W) → (C, H·r, W·r), out[c, h·r+i, w·r+j] = in[c·r²+i·r+j, h, w],
/// and PixelUnshuffle(r), its inverse: permutations, one 1 a row.
/// </summary>
internal sealed class PixelShuffle : NetworkLayer
{
    /// <summary>A pixel shuffle by <paramref name="factor"/>, or its inverse when <paramref name="unshuffle"/>.</summary>
    public PixelShuffle(string written, SourcePoint? at, int factor, bool unshuffle) : base(written, at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        Factor = factor;
        Unshuffle = unshuffle;
    }

    /// <summary>upscale_factor, or downscale_factor for the inverse.</summary>
    public int Factor { get; }

    /// <summary>True for PixelUnshuffle.</summary>
    public bool Unshuffle { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var spatial = Spatial(input, 2);
        var r = Factor;
        if (Unshuffle)
        {
            if (spatial[0] % r != 0 || spatial[1] % r != 0)
                throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture, $"height and width must be divisible by downscale_factor ({r})"));
            return new Shape(checked(input[0] * r * r), spatial[0] / r, spatial[1] / r);
        }
        if (input[0] % (r * r) != 0)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture, $"the channels must be divisible by the square of upscale_factor ({r * r})"));
        return new Shape(input[0] / (r * r), checked(spatial[0] * r), checked(spatial[1] * r));
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = OutputShape(input);
        var r = Factor;
        var (small, large) = Unshuffle ? (output, input) : (input, output);
        // The one correspondence both read: large[c, h·r+i, w·r+j] = small[c·r²+i·r+j, h, w].
        long Small(long largeFlat)
        {
            var at = large.Unflatten(largeFlat);
            int h = at[1] / r, i = at[1] % r, w = at[2] / r, j = at[2] % r;
            return small.Flatten([at[0] * r * r + i * r + j, h, w]);
        }
        long Large(long smallFlat)
        {
            var at = small.Unflatten(smallFlat);
            int c = at[0] / (r * r), i = at[0] % (r * r) / r, j = at[0] % r;
            return large.Flatten([c, at[1] * r + i, at[2] * r + j]);
        }
        return new RowMap(output.Size, input.Size, row => SparseRow.Unit(Unshuffle ? Large(row) : Small(row)));
    }
}
