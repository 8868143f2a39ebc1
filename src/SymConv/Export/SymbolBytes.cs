using System.Text;
using SymConv.Algebra;

namespace SymConv.Export;

/// <summary>
/// Symbol names encoded once as UTF-8, so writing a term copies bytes and formats nothing. The
/// names sit end to end in one array with <see cref="Slack"/> spare bytes after the last, so a
/// short name can be copied as one fixed-size block that runs past it harmlessly. With generated
/// families only the first <see cref="CachedLimit"/> ids are cached, and further names are
/// written from their index when needed, so the cache never grows with a generated tensor.
/// </summary>
internal sealed class SymbolBytes
{
    /// <summary>Bytes readable past the end of any name.</summary>
    public const int Slack = 16;

    /// <summary>The most ids whose names are cached: W4's 237,568 symbols, in a few megabytes.</summary>
    public const int CachedLimit = 1 << 18;

    private readonly byte[] _bytes;
    private readonly int[] _start;
    private readonly (int First, SymbolFamily Family)[] _families;

    public SymbolBytes(SymbolTable symbols, int cachedLimit = CachedLimit)
    {
        Symbols = symbols;
        _families = [.. symbols.Families];
        // Names written one by one are stored anyway, so a layer without families caches them all.
        var count = _families.Length == 0 ? symbols.Count : Math.Min(symbols.Count, cachedLimit);
        Cached = count;
        // Names are written straight into the array, never held as strings.
        MaxLength = symbols.MaxFamilyNameLength;
        foreach (var name in symbols.InternedNames)
            MaxLength = Math.Max(MaxLength, Encoding.UTF8.GetByteCount(name));
        _start = new int[count + 1];
        var bytes = new byte[Math.Max(64, Math.Min(count, 1 << 16) * 8)];
        var total = 0;
        for (var id = 0; id < count; id++)
        {
            if (bytes.Length - total < MaxLength + Slack)
                Array.Resize(ref bytes, checked(Math.Max(bytes.Length * 2, total + MaxLength + Slack)));
            _start[id] = total;
            total += WriteUncached(id, bytes.AsSpan(total));
        }
        _start[count] = total;
        if (bytes.Length < total + Slack) Array.Resize(ref bytes, total + Slack);
        _bytes = bytes;
    }

    /// <summary>The table the names come from; it writes the names past <see cref="Cached"/>.</summary>
    public SymbolTable Symbols { get; }

    /// <summary>How many ids, from 0, have their names in <see cref="Bytes"/>.</summary>
    public int Cached { get; }

    /// <summary>
    /// Writes the name of an id past <see cref="Cached"/> into <paramref name="destination"/>
    /// (at least <see cref="MaxLength"/> bytes) and returns its length; families are looked up
    /// without the table's lock, since every formatting thread asks for names.
    /// </summary>
    public int WriteUncached(int id, Span<byte> destination)
    {
        foreach (var (first, family) in _families)
            if (id >= first && id - first < family.Count)
                return family.WriteName(id - first, destination);
        return Symbols.WriteName(id, destination);
    }

    /// <summary>The longest name, in bytes.</summary>
    public int MaxLength { get; }

    /// <summary>The cached names end to end, then <see cref="Slack"/> bytes.</summary>
    public byte[] Bytes => _bytes;

    /// <summary>Where each cached name starts in <see cref="Bytes"/>; entry id + 1 is where it ends.</summary>
    public int[] Starts => _start;
}
