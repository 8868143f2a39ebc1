using System.Diagnostics;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;

namespace SymConv.Benchmarks;

/// <summary>
/// One pass over every row of W4 on one thread, timing each stage with a stopwatch: where the
/// time of `--show output` goes before threads and the file system share it.
/// </summary>
internal static class StageProfile
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        var matrix = Workloads.W4();
        Console.WriteLine($"layer of fresh symbols: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var builder = OutputRowBuilder.TryCreate(matrix)!;
        Console.WriteLine($"single-term form: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var names = new SymbolBytes(matrix.Layer.Symbols);
        Console.WriteLine($"UTF-8 names: {clock.Elapsed.TotalSeconds:F2} s");
        var formatter = new RowTextFormatter(matrix, names, UnitCoefficients.Shown);

        var walker = new TapWalker(matrix.Geometry);
        var kernel = new int[walker.MaxTaps];
        var column = new int[walker.MaxTaps];
        long taps = 0;
        clock.Restart();
        for (long row = 0; row < matrix.Rows; row++)
            taps += walker.Fill(row, kernel, column);
        Report("tap walk", taps, clock.Elapsed);

        long terms = 0;
        clock.Restart();
        for (long row = 0; row < matrix.Rows; row++)
            terms += builder.Build(row);
        Report("y' terms", terms, clock.Elapsed);

        var buffer = new ByteBuffer();
        long bytes = 0;
        clock.Restart();
        for (long row = 0; row < matrix.Rows; row++)
        {
            buffer.Length = 0;
            formatter.Append(row, buffer);
            bytes += buffer.Length;
        }
        Report("y' terms and text", terms, clock.Elapsed);
        Console.WriteLine($"text: {bytes:N0} bytes");
    }

    private static void Report(string stage, long count, TimeSpan elapsed) =>
        Console.WriteLine($"{stage}: {count:N0} in {elapsed.TotalSeconds:F2} s = {count / elapsed.TotalSeconds / 1e6:F1} million/s on one thread");
}
