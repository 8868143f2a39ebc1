using System.Buffers.Binary;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Onnx.Proto;

namespace SymConv.Onnx;

/// <summary>
/// The numbers of a stored tensor (an initializer or a Constant's value) as exact rationals.
/// float32, float64 and float16 are read, from raw_data (little-endian, as ONNX stores it) or from
/// the typed fields; every other element type, and data kept outside the file, is refused.
/// </summary>
internal static class InitializerReader
{
    public static Rational[] Read(TensorProto tensor, WeightValues reading, string what)
    {
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External || tensor.ExternalData.Count > 0)
            throw new InputException(OnnxMessages.ExternalData(what), null, OnnxMessages.ExternalDataHint);
        var count = ElementCount(tensor, what);
        var type = (TensorProto.Types.DataType)tensor.DataType;
        var raw = tensor.RawData.Span;
        var values = new Rational[count];
        switch (type)
        {
            case TensorProto.Types.DataType.Float:
                CheckCount(what, tensor, raw.IsEmpty ? tensor.FloatData.Count : raw.Length / 4, count, raw.Length % 4);
                for (var i = 0; i < count; i++)
                {
                    var value = raw.IsEmpty ? tensor.FloatData[i] : BinaryPrimitives.ReadSingleLittleEndian(raw[(4 * i)..]);
                    values[i] = Convert(value, what, i, reading, v => FloatValue.Shortest((float)v));
                }
                break;
            case TensorProto.Types.DataType.Double:
                CheckCount(what, tensor, raw.IsEmpty ? tensor.DoubleData.Count : raw.Length / 8, count, raw.Length % 8);
                for (var i = 0; i < count; i++)
                {
                    var value = raw.IsEmpty ? tensor.DoubleData[i] : BinaryPrimitives.ReadDoubleLittleEndian(raw[(8 * i)..]);
                    values[i] = Convert(value, what, i, reading, FloatValue.Shortest);
                }
                break;
            case TensorProto.Types.DataType.Float16:
                // Without raw_data, ONNX keeps each float16's 16 bits in the low half of an int32_data entry.
                CheckCount(what, tensor, raw.IsEmpty ? tensor.Int32Data.Count : raw.Length / 2, count, raw.Length % 2);
                for (var i = 0; i < count; i++)
                {
                    var bits = raw.IsEmpty ? (ushort)tensor.Int32Data[i] : BinaryPrimitives.ReadUInt16LittleEndian(raw[(2 * i)..]);
                    var half = BitConverter.UInt16BitsToHalf(bits);
                    values[i] = Convert((double)half, what, i, reading, _ => FloatValue.Shortest(half));
                }
                break;
            default:
                throw new InputException(OnnxMessages.UnsupportedType(what, TypeName(tensor.DataType)), null, OnnxMessages.UnsupportedTypeHint);
        }
        return values;
    }

    /// <summary>ONNX's name of an element type: FLOAT, INT32, BFLOAT16, ….</summary>
    public static string TypeName(int dataType) =>
        Enum.IsDefined((TensorProto.Types.DataType)dataType)
            ? ((TensorProto.Types.DataType)dataType).ToString().ToUpperInvariant()
            : "type " + dataType.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int ElementCount(TensorProto tensor, string what)
    {
        long count = 1;
        foreach (var dim in tensor.Dims)
        {
            if (dim < 0) throw new InputException(OnnxMessages.BadDims(what, tensor.Dims));
            count *= dim;
            if (count > Array.MaxLength) throw new InputException(OnnxMessages.BadDims(what, tensor.Dims));
        }
        return (int)count;
    }

    private static void CheckCount(string what, TensorProto tensor, int stored, int needed, int leftover)
    {
        if (stored != needed || leftover != 0)
            throw new InputException(OnnxMessages.WrongCount(what, stored, needed, tensor.Dims));
    }

    private static Rational Convert(double value, string what, int index, WeightValues reading, Func<double, Rational> shortest)
    {
        if (!double.IsFinite(value))
            throw new InputException(OnnxMessages.NotFinite(what, index, value));
        return reading == WeightValues.Exact ? FloatValue.Exact(value) : shortest(value);
    }
}
