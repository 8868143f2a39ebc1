using BenchmarkDotNet.Attributes;
using SymConv.Convolution;
using SymConv.Tests.Reference;

namespace SymConv.Benchmarks;

/// <summary>Building rows of M for W4: the tap walk, the public Row, and the plain reference walk it replaced.</summary>
[MemoryDiagnoser]
public class MatrixRowBenchmarks
{
    private const int RowsPerOperation = 256;
    private ConvolutionMatrix _matrix = null!;
    private TapWalker _walker = null!;
    private int[] _kernel = null!;
    private int[] _column = null!;

    [GlobalSetup]
    public void Setup()
    {
        _matrix = Workloads.W4();
        _walker = new TapWalker(_matrix.Geometry);
        _kernel = new int[_walker.MaxTaps];
        _column = new int[_walker.MaxTaps];
    }

    [Benchmark(OperationsPerInvoke = RowsPerOperation)]
    public int TapWalker_fill()
    {
        var taps = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            taps += _walker.Fill(row * 700L, _kernel, _column);
        return taps;
    }

    [Benchmark(OperationsPerInvoke = RowsPerOperation)]
    public int Matrix_row()
    {
        var entries = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            entries += _matrix.Row(row * 700L).Count;
        return entries;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerOperation)]
    public int ReceptiveField_taps()
    {
        var taps = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            taps += ReceptiveField.Taps(_matrix.Geometry, row * 700L).Count;
        return taps;
    }
}
