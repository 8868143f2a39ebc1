using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;

namespace SymConv.Cli;

/// <summary>
/// A write-only file stream for outputs that may run to gigabytes (y' of a real layer). The
/// first 256 MiB go through the page cache as usual; past that, on
/// Linux, the file is switched to O_DIRECT and written in aligned 4 MiB chunks straight to the
/// device. Pushing gigabytes through the page cache costs the kernel more CPU than formatting
/// them costs us (on virtual machines especially, where fresh cache pages are expensive), and
/// it evicts everything else that was cached. Where O_DIRECT is refused (tmpfs, other systems)
/// the stream simply stays buffered. A writer thread takes full chunks while the caller fills
/// the next, so the disk's latency overlaps the work of making the bytes. Bytes reach the file
/// in order and whole by Dispose; Flush keeps them staged, since only the finished file is ever
/// renamed into place.
/// </summary>
internal sealed class LargeFileStream : Stream
{
    private const int Alignment = 4096;
    private const int ChunkSize = 4 << 20;
    private const int Chunks = 3;
    private const long DefaultDirectThreshold = 256L << 20;
    private const int GetFlags = 3;
    private const int SetFlags = 4;

    private readonly FileStream _file;
    private readonly long _directThreshold;
    private readonly Chunk[] _chunks = new Chunk[Chunks];
    private readonly BlockingCollection<Chunk> _full = new(Chunks);
    private readonly BlockingCollection<Chunk> _free = new(Chunks);
    private readonly Thread _writer;
    private Chunk _current;
    private long _written;
    private int _directFlag;
    private bool _directRefused;
    private ExceptionDispatchInfo? _failure;
    private bool _disposed;

    /// <param name="file">The file, opened unbuffered (buffer size 0): this stream does the buffering.</param>
    /// <param name="directThreshold">Bytes written through the page cache before switching to direct writes.</param>
    public LargeFileStream(FileStream file, long directThreshold = DefaultDirectThreshold)
    {
        _file = file;
        _directThreshold = directThreshold;
        for (var i = 0; i < Chunks; i++)
        {
            _chunks[i] = new Chunk();
            if (i > 0) _free.Add(_chunks[i]);
        }
        _current = _chunks[0];
        _writer = new Thread(WriteChunks) { IsBackground = true, Name = "symconv file writer" };
        _writer.Start();
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!buffer.IsEmpty)
        {
            var room = _current.Bytes[_current.Staged..];
            var take = Math.Min(room.Length, buffer.Length);
            buffer[..take].CopyTo(room);
            _current.Staged += take;
            buffer = buffer[take..];
            if (_current.Staged == ChunkSize)
            {
                _full.Add(_current);
                _current = _free.Take();
                _failure?.Throw();
            }
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    // Only whole chunks leave before Dispose, so every direct write is aligned in memory, in
    // length and in file offset.
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        _full.CompleteAdding();
        _writer.Join();
        try
        {
            if (disposing)
            {
                try
                {
                    _failure?.Throw();
                    // The tail is not a whole number of blocks: back to buffered writes for it.
                    if (_directFlag != 0) SetDirect(false);
                    _file.Write(_current.Bytes[.._current.Staged]);
                    _file.Flush();
                }
                finally
                {
                    _file.Dispose();
                }
            }
        }
        finally
        {
            _full.Dispose();
            _free.Dispose();
            base.Dispose(disposing);
        }
    }

    // The writer thread. After a failure it only hands chunks back, so the caller never waits
    // forever; the failure is rethrown on the caller's thread.
    private void WriteChunks()
    {
        foreach (var chunk in _full.GetConsumingEnumerable())
        {
            if (_failure is null)
            {
                try
                {
                    if (_directFlag == 0 && !_directRefused && _written >= _directThreshold) SetDirect(true);
                    _file.Write(chunk.Bytes);
                    _written += ChunkSize;
                }
                catch (Exception e)
                {
                    _failure = ExceptionDispatchInfo.Capture(e);
                }
            }
            chunk.Staged = 0;
            _free.Add(chunk);
        }
    }

    private void SetDirect(bool on)
    {
        var flag = DirectFlag();
        if (flag == 0) return;
        var fd = (int)_file.SafeFileHandle.DangerousGetHandle();
        bool changed;
        try
        {
            var flags = Fcntl(fd, GetFlags, 0);
            changed = flags >= 0 && Fcntl(fd, SetFlags, on ? flags | flag : flags & ~flag) >= 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            changed = false;
        }
        if (!changed)
        {
            // Refused (a file system without O_DIRECT): stay buffered, and stop asking.
            _directRefused = true;
            return;
        }
        _directFlag = on ? flag : 0;
    }

    // O_DIRECT differs between Linux architectures; elsewhere, no direct writes.
    private static int DirectFlag() => !OperatingSystem.IsLinux() ? 0 : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => 0,
    };

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fd, int command, int argument);

    /// <summary>A 4 MiB window aligned to 4096 bytes, inside an array on the pinned heap so it never moves.</summary>
    private sealed class Chunk
    {
        private readonly byte[] _buffer = GC.AllocateUninitializedArray<byte>(ChunkSize + Alignment, pinned: true);
        private readonly int _start;

        public Chunk()
        {
            var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(_buffer, 0);
            _start = (int)((Alignment - address % Alignment) % Alignment);
        }

        public Span<byte> Bytes => _buffer.AsSpan(_start, ChunkSize);

        public int Staged { get; set; }
    }
}
