using System.Globalization;
using SymConv.Algebra;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's Upsample (torch.nn.functional.interpolate as a module) in nearest, nearest-exact and
/// (bi/tri)linear modes, with PyTorch's source-index formulas (aten/src/ATen/native/UpSample.h).
/// The scale a dimension's formula uses is (in−1)/(out−1) with align_corners, else 1/scale_factor
/// when scale_factor is given (and recompute_scale_factor is not True), else in/out; torch 1.13's
/// kernels copy a dimension that keeps its size (and its 2-d and 3-d nearest kernels halve one
/// that doubles) whatever that scale says, and so does this map.
/// <para>
/// Linear weights are exact rationals of that scale; PyTorch computes them in floating point, so
/// its weights differ from these in the last bits. Nearest indices PyTorch computes in float32,
/// and SymConv repeats that computation exactly, shortcuts included, since the index chosen is the map. The output size
/// from a scale_factor is floor(in·scale_factor) in double, as PyTorch takes it; when that differs
/// from the exact product's floor SymConv refuses rather than pick one.
/// </para>
/// </summary>
internal sealed class Upsample : NetworkLayer
{
    /// <summary>An upsampling; exactly one of <paramref name="size"/> and <paramref name="scaleFactor"/> is given.</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="mode">The interpolation.</param>
    /// <param name="rank">The spatial rank the mode fixes (1 linear, 2 bilinear, 3 trilinear), or null when the input decides (nearest).</param>
    /// <param name="size">Output sizes: one for every dimension, or one per dimension; null when scaled.</param>
    /// <param name="scaleFactor">Scale factors, likewise; null when sized.</param>
    /// <param name="broadcast">True when the one size or factor was written as a single number for every dimension.</param>
    /// <param name="alignCorners">align_corners (linear modes only).</param>
    /// <param name="recomputeScaleFactor">recompute_scale_factor=True: the scale is in/out of the size the factor gives.</param>
    public Upsample(string written, SourcePoint? at, UpsampleMode mode, int? rank, IReadOnlyList<int>? size,
        IReadOnlyList<ScaleFactor>? scaleFactor, bool broadcast, bool alignCorners, bool recomputeScaleFactor)
        : base(written, at)
    {
        if ((size is null) == (scaleFactor is null)) throw new ArgumentException("Exactly one of size and scale_factor.", nameof(size));
        if (alignCorners && mode != UpsampleMode.Linear) throw new ArgumentException("align_corners is for the linear modes.", nameof(alignCorners));
        Mode = mode;
        FixedRank = rank;
        Size = size;
        ScaleFactors = scaleFactor;
        Broadcast = broadcast;
        AlignCorners = alignCorners;
        RecomputeScaleFactor = recomputeScaleFactor;
    }

    /// <summary>The interpolation.</summary>
    public UpsampleMode Mode { get; }

    /// <summary>The spatial rank the mode fixes, or null.</summary>
    public int? FixedRank { get; }

    /// <summary>The output sizes, or null.</summary>
    public IReadOnlyList<int>? Size { get; }

    /// <summary>The scale factors, or null.</summary>
    public IReadOnlyList<ScaleFactor>? ScaleFactors { get; }

    /// <summary>True when one value stands for every dimension.</summary>
    public bool Broadcast { get; }

    /// <summary>align_corners.</summary>
    public bool AlignCorners { get; }

    /// <summary>recompute_scale_factor.</summary>
    public bool RecomputeScaleFactor { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input) => new([input[0], .. Plan(input).Select(p => p.Out)]);

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var plan = Plan(input);
        var output = new Shape([input[0], .. plan.Select(p => p.Out)]);
        var rank = plan.Length;
        return new RowMap(output.Size, input.Size, row =>
        {
            var at = output.Unflatten(row);
            var sparse = new SparseRow();
            var taps = new (int Index, Rational Weight)[rank][];
            for (var d = 0; d < rank; d++) taps[d] = plan[d].Taps(at[d + 1]);
            var full = new int[rank + 1];
            full[0] = at[0];
            var low = new int[rank];
            var high = taps.Select(t => t.Length).ToArray();
            IndexBox.ForEach(low, high, k =>
            {
                var weight = Rational.One;
                for (var d = 0; d < rank; d++)
                {
                    full[d + 1] = taps[d][k[d]].Index;
                    weight *= taps[d][k[d]].Weight;
                }
                sparse.Add(input.Flatten(full), weight);
            });
            return sparse.Entries();
        });
    }

    // Each dimension's sizes and source-index rule.
    private DimensionPlan[] Plan(Shape input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rank = input.Rank - 1;
        if (FixedRank is { } fixedRank && rank != fixedRank) throw new LayerRefusal(LayerMessages.SpatialRank(fixedRank));
        if (rank is < 1 or > 3) throw new LayerRefusal("it takes (channels, length), (channels, height, width) or (channels, depth, height, width)");
        var given = Size?.Count ?? ScaleFactors!.Count;
        if (!Broadcast && given != rank)
            throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture,
                $"its {(Size is null ? "scale_factor" : "size")} has {given} entries for {rank} spatial dimension{(rank == 1 ? "" : "s")}"));
        var plan = new DimensionPlan[rank];
        for (var d = 0; d < rank; d++)
        {
            var n = input[d + 1];
            int o;
            ScaleFactor? factor = null;
            if (Size is not null) o = Size[Broadcast ? 0 : d];
            else
            {
                var f = ScaleFactors![Broadcast ? 0 : d];
                var exact = Rational.Of(n) * f.Exact;
                var floorExact = exact.Numerator / exact.Denominator - (exact.Sign < 0 && !exact.IsInteger ? 1 : 0);
                var floorFloat = Math.Floor(n * f.Float);
                if ((double)floorExact != floorFloat)
                    throw new LayerRefusal(string.Create(CultureInfo.InvariantCulture,
                        $"scale_factor {f.Written} gives dimension {d} of size {n} an output of {floorFloat} in PyTorch's floating point, but the exact product {n}·{f.Written} is {exact}{(exact.IsInteger ? "" : $", whose floor is {floorExact}")}"),
                        "give the output size with size= instead");
                if (floorFloat > int.MaxValue) throw new LayerRefusal(LayerMessages.TooSmall("the output", d, long.MaxValue));
                o = (int)floorFloat;
                if (!RecomputeScaleFactor) factor = f;
            }
            if (o < 1) throw new LayerRefusal(LayerMessages.TooSmall("the output", d, o));
            plan[d] = new DimensionPlan(Mode, n, o, factor, AlignCorners, Shortcut: rank > 1);
        }
        return plan;
    }

    private sealed record DimensionPlan(UpsampleMode Mode, int In, int Out, ScaleFactor? Factor, bool AlignCorners, bool Shortcut)
    {
        public (int Index, Rational Weight)[] Taps(int dst) => Mode switch
        {
            UpsampleMode.Nearest => [(Nearest(dst, exact: false), Rational.One)],
            UpsampleMode.NearestExact => [(Nearest(dst, exact: true), Rational.One)],
            _ => Linear(dst),
        };

        // area_pixel_compute_source_index and upsample_linear's lambdas, in exact rationals. Where a
        // dimension keeps its size, torch 1.13 copies it whatever the scale_factor (measured
        // against its forward pass: a scale_factor of 1.25 on a size of 3 copies).
        private (int, Rational)[] Linear(int dst)
        {
            if (Out == In) return [(dst, Rational.One)];
            Rational scale = AlignCorners
                ? Out > 1 ? Rational.Of(In - 1, Out - 1) : Rational.Zero
                : Factor is { Exact.Sign: > 0 } f ? Rational.One / f.Exact : Rational.Of(In, Out);
            var half = Rational.Of(1, 2);
            var source = AlignCorners ? scale * dst : scale * (Rational.Of(dst) + half) - half;
            if (source.Sign < 0) source = Rational.Zero;
            var i0 = (int)(source.Numerator / source.Denominator);
            var i1 = i0 < In - 1 ? i0 + 1 : i0;
            var lambda1 = source - i0;
            return [(i0, Rational.One - lambda1), (i1, lambda1)];
        }

        // The source index of PyTorch's forward pass (nearest_neighbor_compute_source_index and its
        // exact twin in aten/src/ATen/native/UpSample.h), whose float32 steps are repeated as
        // written: the index PyTorch lands on is the map. torch 1.13's 2-d and 3-d nearest kernels
        // (nearest_idx) copy when out = in and halve when out = 2·in, whatever the scale_factor;
        // its 1-d forward does not (its backward does, so its Jacobian can differ from its forward:
        // SymConv follows the forward).
        private int Nearest(int dst, bool exact)
        {
            if (!exact && Shortcut && Out == In) return dst;
            if (!exact && Shortcut && Out == 2 * In) return dst >> 1;
            var scale = Factor is { Float: > 0 } f ? (float)(1.0 / f.Float) : (float)In / Out;
            var source = exact ? MathF.Floor((float)((dst + 0.5) * scale)) : MathF.Floor(dst * scale);
            return (int)Math.Min((long)source, In - 1);
        }
    }
}
