using Google.Protobuf;
using SymConv.Model;
using SymConv.Onnx;
using SymConv.Onnx.Proto;

namespace SymConv.Tests.Onnx;

/// <summary>Each way ONNX stores a tensor's numbers, and each that SymConv refuses.</summary>
public class InitializerReaderTests
{
    private static TensorProto Tensor(TensorProto.Types.DataType type, params long[] dims)
    {
        var tensor = new TensorProto { Name = "w", DataType = (int)type };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static string[] Read(TensorProto tensor, WeightValues reading = WeightValues.Shortest) =>
        [.. InitializerReader.Read(tensor, reading, "the weight 'w'").Select(r => r.ToString())];

    [Fact]
    public void Float_data_and_raw_data_hold_the_same_numbers()
    {
        var typed = Tensor(TensorProto.Types.DataType.Float, 3);
        typed.FloatData.AddRange([0.1f, -2.5f, 3f]);
        var raw = Tensor(TensorProto.Types.DataType.Float, 3);
        raw.RawData = ByteString.CopyFrom([.. BitConverter.GetBytes(0.1f), .. BitConverter.GetBytes(-2.5f), .. BitConverter.GetBytes(3f)]);
        Assert.Equal(["1/10", "-5/2", "3"], Read(typed));
        Assert.Equal(Read(typed), Read(raw));
    }

    [Fact]
    public void Double_data_is_read_as_float64()
    {
        var tensor = Tensor(TensorProto.Types.DataType.Double, 2);
        tensor.DoubleData.AddRange([0.1, 1e-300]);
        Assert.Equal("1/10", Read(tensor)[0]);
        // 0.1 as a float64 is 3602879701896397/2^55.
        Assert.Equal("3602879701896397/36028797018963968", Read(tensor, WeightValues.Exact)[0]);
    }

    [Fact]
    public void Float16_in_int32_data_keeps_its_16_bits_in_the_low_half()
    {
        var tensor = Tensor(TensorProto.Types.DataType.Float16, 2);
        tensor.Int32Data.AddRange([BitConverter.HalfToUInt16Bits((Half)0.1), BitConverter.HalfToUInt16Bits((Half)(-1.5))]);
        Assert.Equal(["1/10", "-3/2"], Read(tensor));
        Assert.Equal(["819/8192", "-3/2"], Read(tensor, WeightValues.Exact));
    }

    [Fact]
    public void A_count_that_does_not_fit_the_shape_is_refused()
    {
        var tensor = Tensor(TensorProto.Types.DataType.Float, 2, 2);
        tensor.FloatData.AddRange([1f, 2f, 3f]);
        Assert.Equal("the weight 'w' stores 3 numbers, but its shape [2,2] needs 4; the file may be damaged",
            Assert.Throws<InputException>(() => Read(tensor)).Message);
        var raw = Tensor(TensorProto.Types.DataType.Float, 1);
        raw.RawData = ByteString.CopyFrom(1, 2, 3, 4, 5);
        Assert.Throws<InputException>(() => Read(raw));
    }

    [Fact]
    public void A_weight_that_is_not_a_number_is_refused()
    {
        var tensor = Tensor(TensorProto.Types.DataType.Float, 2);
        tensor.FloatData.AddRange([1f, float.NaN]);
        Assert.Equal("the weight 'w' holds NaN at flat index 1; a weight must be a finite number", Assert.Throws<InputException>(() => Read(tensor)).Message);
    }

    [Theory]
    [InlineData(3, "INT8")]
    [InlineData(16, "BFLOAT16")]
    [InlineData(7, "INT64")]
    public void Other_element_types_are_refused_by_their_onnx_name(int type, string name) =>
        Assert.Equal($"the weight 'w' holds {name} numbers; SymConv reads FLOAT, DOUBLE and FLOAT16 weights",
            Assert.Throws<InputException>(() => Read(Tensor((TensorProto.Types.DataType)type, 1))).Message);

    [Fact]
    public void Weights_in_an_external_file_are_refused()
    {
        var tensor = Tensor(TensorProto.Types.DataType.Float, 1);
        tensor.DataLocation = TensorProto.Types.DataLocation.External;
        tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "weights.bin" });
        Assert.Contains("is kept in a separate data file", Assert.Throws<InputException>(() => Read(tensor)).Message);
    }
}
