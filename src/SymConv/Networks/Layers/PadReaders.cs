using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks.Layers;

/// <summary>
/// PyTorch's padding modules (torch/nn/modules/padding.py): ZeroPad, ConstantPad(padding, value),
/// ReflectionPad and ReplicationPad, 1d/2d/3d. padding is one integer for every side or a tuple
/// (left, right, top, bottom, front, back), the last dimension first, as torch.nn.functional.pad reads it.
/// </summary>
internal static class PadReaders
{
    /// <summary>The four padding modules.</summary>
    public enum Kind
    {
        /// <summary>ZeroPad.</summary>
        Zero,

        /// <summary>ConstantPad.</summary>
        Constant,

        /// <summary>ReflectionPad.</summary>
        Reflection,

        /// <summary>ReplicationPad.</summary>
        Replication,
    }

    /// <summary>Reads a padding module of spatial rank <paramref name="rank"/>.</summary>
    public static INetworkLayer Read(LayerReading reading, int rank, Kind kind)
    {
        var args = ReaderSupport.Bind(reading, kind == Kind.Constant ? ["padding", "value"] : ["padding"], kind == Kind.Constant ? 2 : 1);
        // A constant pad may be negative, which crops (F.pad's negative padding); the others may not.
        var least = kind is Kind.Zero or Kind.Constant ? int.MinValue + 1 : 0;
        var sides = Sides(args, args.Raw("padding")!, rank, least);
        var before = new int[rank];
        var after = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            before[d] = sides[2 * (rank - 1 - d)];
            after[d] = sides[2 * (rank - 1 - d) + 1];
        }
        var value = kind == Kind.Constant ? ReaderSupport.Number(args, "value", ReaderSupport.Whole(0)).Exact : Rational.Zero;
        var mode = kind switch { Kind.Reflection => PaddingMode.Reflect, Kind.Replication => PaddingMode.Replicate, _ => PaddingMode.Zeros };
        return ReaderSupport.Checked(new Pad(reading.Written, reading.Call.CalleeAt, before, after, mode, value), reading);
    }

    private static int[] Sides(ConstructorArguments args, PythonValue value, int rank, int least)
    {
        if (value is PythonValue.Integer)
            return args.SizesOf("padding", value, 2 * rank, least);
        if (value is not PythonValue.Sequence sequence)
            throw new InputException(LayerReaderMessages.NotPad(args.Layer, rank, value.Describe()), value.At);
        if (sequence.Items.Count != 2 * rank)
            throw new InputException(LayerReaderMessages.PadCount(args.Layer, sequence.Items.Count, rank), value.At);
        return args.SizesOf("padding", value, 2 * rank, least);
    }
}
