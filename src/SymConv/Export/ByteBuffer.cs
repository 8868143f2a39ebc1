namespace SymConv.Export;

/// <summary>A growable run of bytes that formatters write into directly, reused block after block.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[1 << 16];

    public int Length { get; set; }

    /// <summary>How many rows the bytes hold, for progress.</summary>
    public long Rows { get; set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Room for at least <paramref name="size"/> more bytes, as a span to write into.</summary>
    public Span<byte> Reserve(int size)
    {
        if (_bytes.Length - Length < size)
            Array.Resize(ref _bytes, Math.Max(checked(Length + size), _bytes.Length * 2));
        return _bytes.AsSpan(Length);
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Length += bytes.Length;
    }

    public void Append(byte value)
    {
        Reserve(1)[0] = value;
        Length++;
    }
}
