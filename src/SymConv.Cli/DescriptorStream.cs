using Microsoft.Win32.SafeHandles;

namespace SymConv.Cli;

/// <summary>
/// A write-only stream over an open Unix descriptor — standard output, standard error, or one a
/// shell handed us (`-o >(gzip)` is /dev/fd/63) — that writes with write(2) at the descriptor's
/// own offset, so `>>` appends and a shared offset advances. .NET's console stream would hide a
/// broken pipe (it drops EPIPE and carries on computing) and call a full disk an internal
/// error; here EPIPE ends the run quietly and any other failure says what it was. Elsewhere
/// than Unix it wraps the stream .NET gives, with the same translation of errors.
/// </summary>
internal sealed class DescriptorStream : Stream
{
    private readonly int _descriptor;
    private readonly string _name;
    private readonly Stream? _portable;
    private readonly bool _closed;
    private readonly SafeFileHandle? _owned;

    private DescriptorStream(int descriptor, string name, Stream? portable, bool closed, SafeFileHandle? owned = null)
    {
        _descriptor = descriptor;
        _name = name;
        _portable = portable;
        _closed = closed;
        _owned = owned;
    }

    /// <summary>Standard output (descriptor 1) or standard error (2), named for messages.</summary>
    public static DescriptorStream Standard(int descriptor)
    {
        var name = descriptor == 1 ? "standard output" : "standard error";
        if (OperatingSystem.IsWindows())
            return new(descriptor, name, descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError(), closed: false);
        return new(descriptor, name, null, ClosedAtStart.Value[descriptor]);
    }

    // Which of 0, 1, 2 were closed when the process started. A closed one is taken by /dev/null,
    // in order, so each open gets the lowest free number, its own: otherwise the next file opened
    // (the -o file) would get it, and what is meant for standard error could land in that file.
    // One that is open but close-on-exec was not inherited: the runtime opened it before Main
    // (with 0 and 1 closed, its signal pipe takes both), and writing there would feed the
    // runtime's signal handling, so it counts as closed too.
    private static readonly Lazy<bool[]> ClosedAtStart = new(() =>
    {
        var closed = new bool[3];
        for (var descriptor = 0; descriptor < 3; descriptor++)
        {
            var flags = DescriptorFlags(descriptor);
            closed[descriptor] = flags is null or not 0;
            if (flags is null) Posix.Open("/dev/null", Posix.ReadWrite, 0);
        }
        return closed;
    });

    /// <summary>A descriptor already open in this process, such as the 63 of /dev/fd/63.</summary>
    public static DescriptorStream Inherited(int descriptor, string path) => new(descriptor, $"'{path}'", null, IsClosed(descriptor));

    /// <summary>A device or FIFO opened for this run, closed with the stream.</summary>
    public static DescriptorStream Owned(SafeFileHandle handle, string path) =>
        OperatingSystem.IsWindows()
            ? new(-1, $"'{path}'", new FileStream(handle, FileAccess.Write, bufferSize: 0), closed: false, handle)
            : new((int)handle.DangerousGetHandle(), $"'{path}'", null, closed: false, handle);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_closed) throw new OutputFailedException($"cannot write to {_name}: it is closed");
        if (_portable is not null)
        {
            WritePortable(buffer);
            return;
        }
        while (!buffer.IsEmpty)
        {
            var written = Posix.Write(_descriptor, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
            var errno = System.Runtime.InteropServices.Marshal.GetLastPInvokeError();
            switch (errno)
            {
                case Posix.Interrupted:
                    continue;
                case Posix.TryAgain:
                    // A non-blocking descriptor (some parents leave one): wait for room.
                    Thread.Sleep(1);
                    continue;
                case Posix.BrokenPipe:
                    throw new BrokenPipeException();
                case Posix.BadDescriptor:
                    throw new OutputFailedException($"cannot write to {_name}: it is closed");
                default:
                    throw new OutputFailedException($"cannot write to {_name}: {Posix.Describe(errno)}");
            }
        }
    }

    private void WritePortable(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _portable!.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new OutputFailedException($"cannot write to {_name}: {e.Message}");
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => _portable?.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _owned?.Dispose();
        base.Dispose(disposing);
    }

    private static bool IsClosed(int descriptor) => DescriptorFlags(descriptor) is null;

    // F_GETFD: 0, FD_CLOEXEC (1), or null for a descriptor that is not open.
    private static int? DescriptorFlags(int descriptor)
    {
        try
        {
            var flags = Posix.Control(descriptor, Posix.GetDescriptorFlags, 0);
            return flags < 0 && System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == Posix.BadDescriptor ? null : Math.Max(0, flags);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }
}
