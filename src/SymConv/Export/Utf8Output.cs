using System.Text;

namespace SymConv.Export;

/// <summary>
/// Text written as UTF-8 bytes into a buffer that goes to a <see cref="Utf8Sink"/> a megabyte at
/// a time: entries already encoded are copied, never turned into strings and back. Dispose
/// before writing to the underlying writer again.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int FlushBytes = 1 << 20;

    private readonly Utf8Sink _sink;
    private readonly ByteBuffer _buffer = new();

    public Utf8Output(TextWriter output) => _sink = new Utf8Sink(output);

    public void Write(ReadOnlySpan<byte> bytes)
    {
        _buffer.Append(bytes);
        if (_buffer.Length >= FlushBytes) Flush();
    }

    public void Write(string text)
    {
        var size = Encoding.UTF8.GetByteCount(text);
        _buffer.Length += Encoding.UTF8.GetBytes(text, _buffer.Reserve(size));
        if (_buffer.Length >= FlushBytes) Flush();
    }

    public void Dispose()
    {
        Flush();
        _sink.Dispose();
    }

    private void Flush()
    {
        _sink.Write(_buffer.Written);
        _buffer.Length = 0;
    }
}
