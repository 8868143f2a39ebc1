using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.LinearMaps;
using SymConv.Model;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's ConstantPad, ZeroPad, ReflectionPad and ReplicationPad (1d/2d/3d) as a map: each
/// output entry copies the input entry it reads, folded back into the input as the convolution's
/// padding modes fold (<see cref="PaddedIndex"/>); a constant pad's padded entries are the
/// constant, an affine offset. A negative constant padding crops, as torch.nn.functional.pad does.
/// </summary>
internal sealed class Pad : NetworkLayer
{
    /// <summary>A pad of <paramref name="before"/> and <paramref name="after"/> entries per spatial dimension.</summary>
    /// <param name="written">The constructor as written.</param>
    /// <param name="at">Where it is written, or null.</param>
    /// <param name="before">Entries added before each spatial dimension (its left, top, front), outermost dimension first.</param>
    /// <param name="after">Entries added after each spatial dimension.</param>
    /// <param name="mode">Zeros (with <paramref name="value"/>), Reflect or Replicate.</param>
    /// <param name="value">The constant of a constant pad; zero otherwise.</param>
    public Pad(string written, SourcePoint? at, int[] before, int[] after, PaddingMode mode, Rational value) : base(written, at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Length != after.Length) throw new ArgumentException("One amount before and one after each dimension.", nameof(after));
        if (mode is not (PaddingMode.Zeros or PaddingMode.Reflect or PaddingMode.Replicate))
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "A pad layer is constant, reflect or replicate.");
        if (mode != PaddingMode.Zeros && !value.IsZero) throw new ArgumentException("Only a constant pad has a value.", nameof(value));
        Before = [.. before];
        After = [.. after];
        Mode = mode;
        Value = value;
    }

    /// <summary>Entries added before each spatial dimension.</summary>
    public IReadOnlyList<int> Before { get; }

    /// <summary>Entries added after each spatial dimension.</summary>
    public IReadOnlyList<int> After { get; }

    /// <summary>Zeros for a constant pad (of <see cref="Value"/>), Reflect or Replicate.</summary>
    public PaddingMode Mode { get; }

    /// <summary>A constant pad's value.</summary>
    public Rational Value { get; }

    /// <inheritdoc/>
    protected override Shape Output(Shape input)
    {
        var spatial = Spatial(input, Before.Count);
        var output = new int[spatial.Length + 1];
        output[0] = input[0];
        for (var d = 0; d < spatial.Length; d++)
        {
            // PyTorch's reflection reads one mirror image: the padding must stay inside the input.
            if (Mode == PaddingMode.Reflect && (Before[d] >= spatial[d] || After[d] >= spatial[d]))
                throw new LayerRefusal(LayerMessages.ReflectTooWide(d, Before[d], After[d], spatial[d]));
            var size = (long)spatial[d] + Before[d] + After[d];
            if (size < 1) throw new LayerRefusal(LayerMessages.TooSmall("the output", d, size));
            output[d + 1] = checked((int)size);
        }
        return new Shape(output);
    }

    /// <inheritdoc/>
    protected override ILinearMap? MapOf(Shape input)
    {
        var output = OutputShape(input);
        var rank = Before.Count;
        var constant = Polynomial.Constant(Value);
        bool Padded(long row)
        {
            var at = output.Unflatten(row);
            for (var d = 0; d < rank; d++)
            {
                var i = at[d + 1] - Before[d];
                if (i < 0 || i >= input[d + 1]) return true;
            }
            return false;
        }
        return new RowMap(output.Size, input.Size, row =>
        {
            var at = output.Unflatten(row);
            for (var d = 0; d < rank; d++)
            {
                var i = PaddedIndex.Source(at[d + 1] - Before[d], input[d + 1], Mode);
                if (i < 0) return [];
                at[d + 1] = i;
            }
            return SparseRow.Unit(input.Flatten(at));
        }, Mode == PaddingMode.Zeros && !Value.IsZero ? row => Padded(row) ? constant : Polynomial.Zero : null);
    }
}
