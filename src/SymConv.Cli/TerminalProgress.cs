using System.Diagnostics;
using System.Globalization;
using SymConv.Export;

namespace SymConv.Cli;

/// <summary>
/// A progress bar on standard error for exports that take a while: nothing for the first second,
/// so quick runs look as they always did, then one line redrawn in place a few times a second,
/// wiped when the run ends. Only made when standard error is a terminal, so logs and pipes never
/// see it; standard output is never touched.
/// </summary>
internal sealed class TerminalProgress(TextWriter stderr) : IProgress<ExportProgress>
{
    private const int BarWidth = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _drawnAt;
    private int _width;

    public void Report(ExportProgress value)
    {
        var now = _clock.Elapsed;
        if (now < Delay || (_width > 0 && now - _drawnAt < Interval)) return;
        _drawnAt = now;
        var fraction = value.Total == 0 ? 1.0 : (double)value.Done / value.Total;
        var filled = (int)(fraction * BarWidth);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"symconv: writing {SectionNames.Label(value.Section)} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,3:F0}% ({value.Done:N0} of {value.Total:N0} rows)");
        stderr.Write("\r" + line.PadRight(_width));
        stderr.Flush();
        _width = Math.Max(_width, line.Length);
    }

    /// <summary>Wipes the bar, if one was drawn, so that what follows starts on a clean line.</summary>
    public void Clear()
    {
        if (_width == 0) return;
        stderr.Write("\r" + new string(' ', _width) + "\r");
        stderr.Flush();
    }
}
