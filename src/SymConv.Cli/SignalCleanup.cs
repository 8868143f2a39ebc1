using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace SymConv.Cli;

/// <summary>
/// Named temporary files to remove if the run is interrupted (SIGINT, SIGTERM, SIGHUP), so a
/// Ctrl-C in the middle of a big -o write leaves no hidden gigabytes beside the output. The
/// signal then takes its usual course. SIGKILL cannot be caught; on Linux the temporary has no
/// name until the very end (see <see cref="TemporaryFile"/>), so there is nothing to leave.
/// </summary>
internal static class SignalCleanup
{
    private static readonly ConcurrentDictionary<string, byte> Live = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static List<PosixSignalRegistration>? _registrations;

    public static void Track(string path)
    {
        Register();
        Live[path] = 0;
    }

    public static void Forget(string path) => Live.TryRemove(path, out _);

    private static void Register()
    {
        lock (Gate)
        {
            if (_registrations is not null) return;
            _registrations = [];
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            {
                try
                {
                    _registrations.Add(PosixSignalRegistration.Create(signal, RemoveAll));
                }
                catch (PlatformNotSupportedException)
                {
                    // Windows has no SIGHUP; the others still count.
                }
            }
        }
    }

    private static void RemoveAll(PosixSignalContext context)
    {
        foreach (var path in Live.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done on the way out.
            }
        }
    }
}
