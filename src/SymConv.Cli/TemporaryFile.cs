using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SymConv.Cli;

/// <summary>
/// The file an -o output is written to before it replaces the real one. On Linux it is made
/// with O_TMPFILE: it has no name while it is written, so even a killed run leaves nothing, and
/// it is linked into the folder (via /proc/self/fd) only to be renamed over the output at once.
/// Where that is not supported (some file systems, other systems) it is a hidden file with a
/// short name, removed on failure and on the catchable signals. The name never grows with the
/// output's name, so a 240-character -o name still fits the file system's limit of 255.
/// </summary>
internal sealed class TemporaryFile : IDisposable
{
    // A way to force the named temporary, for a file system whose O_TMPFILE misbehaves and for
    // the tests of the signal cleanup.
    private const string NamedVariable = "SYMCONV_NAMED_TEMPORARY";

    private readonly string _folder;
    private readonly SafeFileHandle _handle;
    private string? _name;

    private TemporaryFile(string folder, SafeFileHandle handle, string? name)
    {
        _folder = folder;
        _handle = handle;
        _name = name;
    }

    public static TemporaryFile In(string folder) =>
        TryUnnamed(folder) is { } handle ? new TemporaryFile(folder, handle, null) : Named(folder);

    /// <summary>A stream over the file; disposing it leaves the file open for <see cref="ReplaceWith"/>.</summary>
    public FileStream Open() => new(new SafeFileHandle(_handle.DangerousGetHandle(), ownsHandle: false), FileAccess.Write, bufferSize: 0);

    /// <summary>Gives the file the owner and permissions of the one it replaces (a 0600 file stays 0600).</summary>
    public void TakePermissionsOf(FileStatus original)
    {
        if (OperatingSystem.IsWindows()) return;
        if (original.KnowsOwner)
        {
            // Only root can give a file away; anyone can keep its group if they are in it.
            var descriptor = (int)_handle.DangerousGetHandle();
            if (Posix.ChangeOwner(descriptor, original.Owner, original.Group) != 0)
                Posix.ChangeOwner(descriptor, uint.MaxValue, original.Group);
        }
        // After chown, which clears set-user-id bits.
        File.SetUnixFileMode(_handle, original.Mode);
    }

    /// <summary>Puts the finished file in place of <paramref name="target"/> in one rename.</summary>
    public void ReplaceWith(string target)
    {
        if (_name is null)
        {
            var name = ShortName(_folder);
            SignalCleanup.Track(name);
            _name = name;
            if (Posix.LinkAt(Posix.AtCurrentFolder, "/proc/self/fd/" + (int)_handle.DangerousGetHandle(), Posix.AtCurrentFolder, name, Posix.AtSymlinkFollow) != 0)
            {
                _name = null;
                SignalCleanup.Forget(name);
                throw new IOException(Posix.Describe(Marshal.GetLastPInvokeError()));
            }
        }
        File.Move(_name, target, overwrite: true);
        SignalCleanup.Forget(_name);
        _name = null;
    }

    public void Dispose()
    {
        _handle.Dispose();
        if (_name is null) return;
        try
        {
            File.Delete(_name);
        }
        finally
        {
            SignalCleanup.Forget(_name);
        }
    }

    private static SafeFileHandle? TryUnnamed(string folder)
    {
        var flag = Posix.UnnamedTemporaryFlag;
        if (flag == 0 || Environment.GetEnvironmentVariable(NamedVariable) == "1" || !Directory.Exists("/proc/self/fd"))
            return null;
        try
        {
            // 0666 as for any new file: the umask applies.
            var descriptor = Posix.Open(folder, flag | Posix.WriteOnly | Posix.CloseOnExec, Convert.ToInt32("666", 8));
            return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static TemporaryFile Named(string folder)
    {
        var name = ShortName(folder);
        SignalCleanup.Track(name);
        try
        {
            return new TemporaryFile(folder, File.OpenHandle(name, FileMode.CreateNew, FileAccess.Write, FileShare.None), name);
        }
        catch
        {
            SignalCleanup.Forget(name);
            throw;
        }
    }

    // Random, not the process id: in a container the next run often gets the same id.
    private static string ShortName(string folder) => Path.Combine(folder, $".symconv-{Path.GetRandomFileName()}.tmp");
}
