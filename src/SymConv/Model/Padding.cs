using System.Collections.Immutable;
using System.Globalization;

namespace SymConv.Model;

/// <summary>How much padding a layer has, as written: explicit sizes or one of the named rules.</summary>
public abstract record Padding
{
    private Padding() { }

    /// <summary>No padding (PyTorch's and TensorFlow's "valid").</summary>
    public static Padding Valid { get; } = new Explicit([0]);

    /// <summary>Explicit padding on both sides of each spatial dimension: one value for all, or one per dimension.</summary>
    public sealed record Explicit(ImmutableArray<int> Sizes) : Padding
    {
        /// <inheritdoc/>
        public bool Equals(Explicit? other) => other is not null && Sizes.AsSpan().SequenceEqual(other.Sizes.AsSpan());

        /// <inheritdoc/>
        public override int GetHashCode() => Sizes.Aggregate(17, HashCode.Combine);

        /// <inheritdoc/>
        public override string ToString() => string.Join(',', Sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Explicit padding per side: <paramref name="Before"/> ahead of the first position and
    /// <paramref name="After"/> past the last, one pair for all spatial dimensions or one per dimension,
    /// as ONNX's pads, TensorFlow's explicit paddings and JAX's (low, high) pairs give them.
    /// </summary>
    public sealed record Sides(ImmutableArray<int> Before, ImmutableArray<int> After) : Padding
    {
        /// <inheritdoc/>
        public bool Equals(Sides? other) =>
            other is not null && Before.AsSpan().SequenceEqual(other.Before.AsSpan()) && After.AsSpan().SequenceEqual(other.After.AsSpan());

        /// <inheritdoc/>
        public override int GetHashCode() => After.Aggregate(Before.Aggregate(17, HashCode.Combine), HashCode.Combine);

        /// <inheritdoc/>
        public override string ToString() =>
            string.Join(',', Before.Zip(After, (b, a) => string.Create(CultureInfo.InvariantCulture, $"{b}:{a}")));
    }

    /// <summary>PyTorch's "same": output size equals input size; stride 1 only; an odd total puts the extra pixel at the end.</summary>
    public sealed record Same : Padding
    {
        /// <inheritdoc/>
        public override string ToString() => "same";
    }

    /// <summary>dilation·(kernel−1) on each side: the full convolution of signal processing.</summary>
    public sealed record Full : Padding
    {
        /// <inheritdoc/>
        public override string ToString() => "full";
    }

    /// <summary>TensorFlow's SAME: output size ceil(input/stride), any stride, the extra pixel at the end.</summary>
    public sealed record TfSame : Padding
    {
        /// <inheritdoc/>
        public override string ToString() => "tf-same";
    }

    /// <summary>ONNX's SAME_LOWER (and JAX's): output size ceil(input/stride), any stride, the extra pixel at the start.</summary>
    public sealed record SameLower : Padding
    {
        /// <inheritdoc/>
        public override string ToString() => "same-lower";
    }

    /// <summary>Keras's "causal": dilation·(kernel−1) before the first position and none after, one spatial dimension only.</summary>
    public sealed record Causal : Padding
    {
        /// <inheritdoc/>
        public override string ToString() => "causal";
    }
}
