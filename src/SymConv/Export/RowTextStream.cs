using System.Collections.Concurrent;
using System.Text;
using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>
/// Streams the text of many output neurons: rows are formatted in blocks of about a megabyte on
/// every core and written strictly in order, with a few blocks in flight at most, so y' of any
/// layer is written in bounded memory and never held whole. Bytes go straight to the file or
/// pipe when the writer is UTF-8 over a stream; any other writer gets the same text as chars.
/// </summary>
internal sealed class RowTextStream
{
    private const int TargetBlockBytes = 1 << 20;

    private readonly AffineVector _vector;
    private readonly UnitCoefficients? _units;
    private readonly NumberNotation _numbers;
    private readonly IProgress<ExportProgress>? _progress;
    private readonly int _blockBytes;
    private long _typicalMaxRowBytes;
    private readonly SymbolBytes _names;
    private readonly ConcurrentBag<RowTextFormatter> _formatters = [];
    private readonly ConcurrentBag<ByteBuffer> _buffers = [];

    private RowTextStream(AffineVector vector, SymbolTable symbols, ReportOptions options, IProgress<ExportProgress>? progress, int blockBytes)
    {
        _vector = vector;
        _units = options.UnitCoefficients;
        _numbers = options.Numbers;
        _progress = progress;
        _blockBytes = blockBytes;
        _names = new SymbolBytes(symbols);
    }

    /// <summary>Writes y' of the report's selected rows, as TextReportWriter's y' section.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="blockBytes">About how many bytes a block holds; tests make it small to get many blocks.</param>
    public static void WriteVector(Report report, TextWriter output, int blockBytes = TargetBlockBytes) =>
        WriteVector(report.OutputSection, report.Symbols, report.Options, report.Progress, output, blockBytes);

    /// <summary>
    /// Writes the shown rows of a vector: one bracketed line, or, as asked or past
    /// <see cref="ReportOptions.OnePerLineRows"/> rows, one entry a line labelled by its row (y'[3] = …).
    /// </summary>
    public static void WriteVector(AffineVectorSection section, SymbolTable symbols, ReportOptions options, IProgress<ExportProgress>? progress,
        TextWriter output, int blockBytes = TargetBlockBytes)
    {
        var lines = options.OnePerLine ?? section.ShownRowCount > ReportOptions.OnePerLineRows;
        var layout = !lines ? RowLayout.Vector : section.Label == "y'" ? RowLayout.Lines : RowLayout.LabelledLines(section.Label);
        new RowTextStream(section.Vector, symbols, options, progress, blockBytes).Write(section.RowRanges, layout, Section.OutputVector, output);
    }

    /// <summary>Writes y, every row of y' reshaped to the output's shape.</summary>
    /// <inheritdoc cref="WriteVector(Report, TextWriter, int)"/>
    public static void WriteTensor(Report report, TextWriter output, int blockBytes = TargetBlockBytes) =>
        new RowTextStream(report.OutputSection.Vector, report.Symbols, report.Options, report.Progress, blockBytes).Write([new RowRange(0, report.Matrix.Rows - 1)],
            report.Options.TextLayout == TextLayout.Indented ? RowLayout.IndentedTensor(report.Geometry.OutputShape) : RowLayout.Tensor(report.Geometry.OutputShape),
            Section.Output, output);

    private void Write(IReadOnlyList<RowRange> ranges, RowLayout layout, Section section, TextWriter output)
    {
        var rows = new RowSequence(ranges);
        using var sink = new Utf8Sink(output);
        sink.Write(layout.Open);
        var first = Format(rows, layout, 0, 1);
        sink.Write(first.Written);
        // Sized by the first row, or by the widest a row can be when that is known: a first row
        // clipped by zero padding must not make blocks of thousands of full rows.
        var rowBytes = Math.Max(first.Length, _typicalMaxRowBytes);
        var rowsPerBlock = (int)Math.Clamp(_blockBytes / Math.Max(1, rowBytes), 1, 1 << 16);
        Release(first);
        var blocks = (rows.Count - 1 + rowsPerBlock - 1) / rowsPerBlock;
        var progress = _progress;
        long done = 1;
        progress?.Report(new ExportProgress(section, done, rows.Count));

        var window = Environment.ProcessorCount == 1 || blocks < 2 ? 1 : 2 * Environment.ProcessorCount;
        var inFlight = new Queue<Task<ByteBuffer>>();
        long next = 0;
        while (next < blocks || inFlight.Count > 0)
        {
            while (next < blocks && inFlight.Count < window)
            {
                var start = 1 + next * rowsPerBlock;
                var end = Math.Min(rows.Count, start + rowsPerBlock);
                inFlight.Enqueue(window == 1
                    ? Task.FromResult(Format(rows, layout, start, end))
                    : Task.Run(() => Format(rows, layout, start, end)));
                next++;
            }
            var block = inFlight.Dequeue().GetAwaiter().GetResult();
            sink.Write(block.Written);
            done += block.Rows;
            Release(block);
            progress?.Report(new ExportProgress(section, done, rows.Count));
        }
        sink.Write(layout.Close);
    }

    // Formats rows start..end-1 of the sequence with what goes before each.
    private ByteBuffer Format(RowSequence rows, RowLayout layout, long start, long end)
    {
        if (!_formatters.TryTake(out var formatter))
        {
            formatter = new RowTextFormatter(_vector, _names, _units, _numbers);
            _typicalMaxRowBytes = formatter.TypicalMaxRowBytes;
        }
        if (!_buffers.TryTake(out var buffer))
            buffer = new ByteBuffer();
        buffer.Length = 0;
        buffer.Rows = end - start;
        var cursor = rows.At(start);
        for (var index = start; index < end; index++)
        {
            if (index > 0) layout.AppendBetween(index, buffer);
            layout.AppendLabel(cursor.Row, buffer);
            formatter.Append(cursor.Row, buffer);
            cursor.MoveNext();
        }
        _formatters.Add(formatter);
        return buffer;
    }

    private void Release(ByteBuffer buffer) => _buffers.Add(buffer);
}
