using BenchmarkDotNet.Attributes;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;

namespace SymConv.Benchmarks;

/// <summary>Writing y'_row of W4 as text: straight to UTF-8 bytes, against formatting each polynomial as a string.</summary>
[MemoryDiagnoser]
public class FormattingBenchmarks
{
    private const int RowsPerOperation = 64;
    private ConvolutionMatrix _matrix = null!;
    private RowTextFormatter _formatter = null!;
    private ByteBuffer _buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _matrix = Workloads.W4();
        _formatter = new RowTextFormatter(_matrix, new SymbolBytes(_matrix.Layer.Symbols), UnitCoefficients.Shown);
        _buffer = new ByteBuffer();
    }

    [Benchmark(OperationsPerInvoke = RowsPerOperation)]
    public int Row_bytes()
    {
        _buffer.Length = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            _formatter.Append(row * 2900L, _buffer);
        return _buffer.Length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerOperation)]
    public int Polynomial_text()
    {
        var length = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            length += PolynomialText.Format(_matrix.GeneralOutput(row * 2900L), _matrix.Layer.Symbols).Length;
        return length;
    }
}
