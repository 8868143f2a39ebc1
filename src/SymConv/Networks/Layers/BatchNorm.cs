using System.Globalization;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's BatchNorm1d/2d/3d in inference (eval mode, running statistics): per channel c,
/// y = (x − mean_c)/√(var_c + eps)·γ_c + β_c, which is y = s_c·x + t_c with
/// s_c = γ_c/√(var_c + eps) and t_c = β_c − mean_c·s_c. The square root is not a polynomial, so the
/// layer is written with the folded scale s_c and shift t_c; eps and affine change what s and t
/// stand for, not the map's form.
/// </summary>
internal sealed class BatchNorm : NetworkLayer
{
    /// <summary>A batch norm of a <paramref name="rank"/>-d input with one scale and shift per channel.</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="rank">1, 2 or 3 for BatchNorm1d/2d/3d.</param>
    /// <param name="scale">s_c, one per channel (num_features).</param>
    /// <param name="shift">t_c, one per channel.</param>
    public BatchNorm(string written, SourcePoint? at, int rank, Tensor<Polynomial> scale, Tensor<Polynomial> shift) : base(written, at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, 3);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(shift);
        if (scale.Shape.Rank != 1 || !shift.Shape.Equals(scale.Shape))
            throw new ArgumentException("One scale and one shift per channel.", nameof(shift));
        Rank = rank;
        Scale = scale;
        Shift = shift;
    }

    /// <summary>1, 2 or 3.</summary>
    public int Rank { get; }

    /// <summary>s_c.</summary>
    public Tensor<Polynomial> Scale { get; }

    /// <summary>t_c.</summary>
    public Tensor<Polynomial> Shift { get; }

    /// <summary>num_features.</summary>
    public int Features => Scale.Shape[0];

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        // PyTorch's unbatched inputs: (C) or (C, L) for 1d, (C, H, W) for 2d, (C, D, H, W) for 3d.
        var fits = Rank == 1 ? input.Rank is 1 or 2 : input.Rank == Rank + 1;
        if (!fits)
            throw new LayerRefusal(Rank == 1 ? "it takes (channels) or (channels, length)" : LayerMessages.SpatialRank(Rank));
        if (input[0] != Features)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture, $"it normalizes num_features ({Features}) channels, but the input has {input[0]}"));
        return input;
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var perChannel = input.Size / Features;
        return new RowMap(input.Size, input.Size,
            row => Scale[row / perChannel] is { IsZero: false } s ? [new MatrixEntry(row, s)] : [],
            row => Shift[row / perChannel]);
    }
}
