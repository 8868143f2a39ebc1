using BenchmarkDotNet.Attributes;
using SymConv.Convolution;

namespace SymConv.Benchmarks;

/// <summary>Computing y'_row of W4 (576 terms a row): packed single-term rows, the public Output, and general polynomial arithmetic.</summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private const int RowsPerOperation = 64;
    private ConvolutionMatrix _matrix = null!;
    private OutputRowBuilder _builder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _matrix = Workloads.W4();
        _builder = OutputRowBuilder.TryCreate(_matrix)!;
    }

    [Benchmark(OperationsPerInvoke = RowsPerOperation)]
    public int Builder_build()
    {
        var terms = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            terms += _builder.Build(row * 2900L);
        return terms;
    }

    [Benchmark(OperationsPerInvoke = RowsPerOperation)]
    public int Matrix_output()
    {
        var terms = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            terms += _matrix.Output(row * 2900L).TermCount;
        return terms;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RowsPerOperation)]
    public int General_polynomial_output()
    {
        var terms = 0;
        for (var row = 0; row < RowsPerOperation; row++)
            terms += _matrix.GeneralOutput(row * 2900L).TermCount;
        return terms;
    }
}
