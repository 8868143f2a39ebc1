using System.Text;

namespace SymConv.Export;

/// <summary>
/// Where UTF-8 bytes go: straight to the stream under a UTF-8 StreamWriter (after what the writer
/// holds), else decoded and given to the writer itself as chars. Writes each span as given, so
/// callers hand it large blocks.
/// </summary>
internal sealed class Utf8Sink : IDisposable
{
    private readonly TextWriter _output;
    private readonly Stream? _stream;
    private char[] _chars = [];

    public Utf8Sink(TextWriter output)
    {
        _output = output;
        if (output is StreamWriter { Encoding: UTF8Encoding } writer)
        {
            // What the writer holds must reach the stream before bytes written around it.
            writer.Flush();
            _stream = writer.BaseStream;
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_stream is not null)
        {
            _stream.Write(bytes);
            return;
        }
        var size = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < size) _chars = new char[Math.Max(size, _chars.Length * 2)];
        var count = Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars, 0, count);
    }

    public void Dispose() => _stream?.Flush();
}
