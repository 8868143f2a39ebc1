using System.Globalization;
using SymConv.Model;
using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>
/// The attributes of one Conv or ConvTranspose node, checked against the operator's definition:
/// every attribute is one the operator has, of its type, with one value per spatial axis (two for
/// pads), in its range. Absent attributes keep ONNX's defaults.
/// </summary>
internal sealed class ConvAttributes
{
    private static readonly string[] ConvNames = ["auto_pad", "dilations", "group", "kernel_shape", "pads", "strides"];
    private static readonly string[] TransposeNames = [.. ConvNames, "output_padding", "output_shape"];

    public AutoPad AutoPad { get; private init; }

    /// <summary>Per spatial axis; all of length <c>rank</c> (pads: 2·rank, begins then ends).</summary>
    public int[] Strides { get; private init; } = [];

    public int[] Dilations { get; private init; } = [];

    public int[] PadsBegin { get; private init; } = [];

    public int[] PadsEnd { get; private init; } = [];

    public int Group { get; private init; } = 1;

    public int[] OutputPadding { get; private init; } = [];

    /// <summary>ConvTranspose's output_shape (spatial sizes), or null.</summary>
    public int[]? OutputShape { get; private init; }

    public static ConvAttributes Read(NodeProto node, string nodeName, int[] kernelSize)
    {
        var transposed = node.OpType == "ConvTranspose";
        var known = transposed ? TransposeNames : ConvNames;
        var rank = kernelSize.Length;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in node.Attribute)
        {
            if (!known.Contains(attribute.Name))
                throw new InputException(OnnxMessages.UnknownAttribute(nodeName, node.OpType, attribute.Name, known), null, OnnxMessages.UnknownAttributeHint);
            if (!seen.Add(attribute.Name))
                throw new InputException(OnnxMessages.RepeatedAttribute(nodeName, attribute.Name));
        }
        AttributeProto? Find(string name) => node.Attribute.FirstOrDefault(a => a.Name == name);

        int[] Ints(string name, int count, int fallback, int least)
        {
            if (Find(name) is not { } attribute) return Enumerable.Repeat(fallback, count).ToArray();
            CheckType(nodeName, attribute, AttributeProto.Types.AttributeType.Ints, "a list of integers");
            if (attribute.Ints.Count != count)
                throw new InputException(OnnxMessages.WrongLength(nodeName, name, attribute.Ints, count, rank));
            foreach (var value in attribute.Ints)
                if (value < least || value > int.MaxValue)
                    throw new InputException(OnnxMessages.OutOfRange(nodeName, name, attribute.Ints, least));
            return attribute.Ints.Select(v => (int)v).ToArray();
        }

        var kernelShape = Ints("kernel_shape", rank, 1, 1);
        if (Find("kernel_shape") is not null && !kernelShape.SequenceEqual(kernelSize))
            throw new InputException(OnnxMessages.KernelShapeDiffers(nodeName, kernelShape, kernelSize));

        var group = 1L;
        if (Find("group") is { } groupAttribute)
        {
            CheckType(nodeName, groupAttribute, AttributeProto.Types.AttributeType.Int, "an integer");
            group = groupAttribute.I;
            if (group < 1 || group > int.MaxValue)
                throw new InputException(OnnxMessages.OutOfRange(nodeName, "group", [group], 1));
        }

        var autoPad = AutoPad.NotSet;
        if (Find("auto_pad") is { } autoPadAttribute)
        {
            CheckType(nodeName, autoPadAttribute, AttributeProto.Types.AttributeType.String, "a string");
            var text = autoPadAttribute.S.ToStringUtf8();
            autoPad = text switch
            {
                "NOTSET" => AutoPad.NotSet,
                "SAME_UPPER" => AutoPad.SameUpper,
                "SAME_LOWER" => AutoPad.SameLower,
                "VALID" => AutoPad.Valid,
                _ => throw new InputException(OnnxMessages.BadAutoPad(nodeName, text)),
            };
        }

        var pads = Ints("pads", 2 * rank, 0, 0);
        int[]? outputShape = null;
        if (transposed && Find("output_shape") is not null)
            outputShape = Ints("output_shape", rank, 1, 1);
        // ONNX: pads "cannot be used simultaneously with auto_pad"; zeros say nothing, anything else
        // would have two readings. ConvTranspose's output_shape overrides pads, as the spec says.
        if (autoPad != AutoPad.NotSet && pads.Any(p => p != 0))
            throw new InputException(OnnxMessages.PadsWithAutoPad(nodeName, pads, autoPad));

        return new ConvAttributes
        {
            AutoPad = autoPad,
            Strides = Ints("strides", rank, 1, 1),
            Dilations = Ints("dilations", rank, 1, 1),
            PadsBegin = pads[..rank],
            PadsEnd = pads[rank..],
            Group = (int)group,
            OutputPadding = transposed ? Ints("output_padding", rank, 0, 0) : new int[rank],
            OutputShape = outputShape,
        };
    }

    private static void CheckType(string nodeName, AttributeProto attribute, AttributeProto.Types.AttributeType type, string expected)
    {
        // Old exporters leave the type UNDEFINED; the field that holds the value then says it.
        var actual = attribute.Type;
        if (actual == AttributeProto.Types.AttributeType.Undefined)
        {
            actual = attribute.Ints.Count > 0 ? AttributeProto.Types.AttributeType.Ints
                : attribute.HasS ? AttributeProto.Types.AttributeType.String
                : attribute.HasI ? AttributeProto.Types.AttributeType.Int
                : type;
        }
        if (actual != type)
            throw new InputException(OnnxMessages.WrongAttributeType(nodeName, attribute.Name, expected, actual.ToString().ToUpperInvariant()));
    }

    /// <summary>The attributes as the model writes them, for listings: <c>pads=[1,1,1,1] strides=[2,2]</c>.</summary>
    public static string Describe(NodeProto node) =>
        string.Join(' ', node.Attribute.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Name + "=" + ValueText(a)));

    private static string ValueText(AttributeProto a) =>
        a.Ints.Count > 0 || a.Type == AttributeProto.Types.AttributeType.Ints
            ? "[" + string.Join(',', a.Ints.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]"
            : a.HasS ? a.S.ToStringUtf8()
            : a.HasI ? a.I.ToString(CultureInfo.InvariantCulture)
            : a.HasF ? a.F.ToString("R", CultureInfo.InvariantCulture)
            : "(" + a.Type.ToString().ToLowerInvariant() + ")";
}
