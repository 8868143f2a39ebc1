using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SymConv.Algebra;
using SymConv.Convolution;

namespace SymConv.Export;

/// <summary>
/// Writes a canonical list of terms — packed monomials (<see cref="TermKey"/>) and small exact
/// coefficients, in term order, none zero — in the plain-text notation of <see cref="PolynomialText"/>,
/// byte for byte, straight into UTF-8 from cached symbol names, with no allocation per term. The
/// rows of y' and the entries of a backward pass are written by this one writer. Holds no state
/// between calls, so one writer serves every thread.
/// </summary>
internal sealed class TermListText
{
    private readonly SymbolBytes _names;
    private readonly UnitCoefficients _units;
    private readonly NumberNotation _numbers;
    // Sign, coefficient, star, two names with their star, or a name and ^2.
    private readonly int _maxTermLength;

    public TermListText(SymbolBytes names, UnitCoefficients? units, NumberNotation numbers)
    {
        _names = names;
        _units = UnitCoefficientRule.InText(units);
        _numbers = numbers;
        _maxTermLength = 2 + (numbers == NumberNotation.Decimal ? SmallRational.MaxDecimalLength : SmallRational.MaxFormattedLength)
            + 2 * names.MaxLength + 2;
    }

    /// <summary>The names the terms are written with.</summary>
    public SymbolBytes Names => _names;

    /// <summary>Appends the sum of the terms, 0 when there are none.</summary>
    public void Append(ReadOnlySpan<ulong> keys, ReadOnlySpan<SmallRational> coefficients, ByteBuffer buffer)
    {
        var count = keys.Length;
        if (count == 0)
        {
            buffer.Append((byte)'0');
            return;
        }
        var showUnit = UnitCoefficientRule.WritesUnits(_units, count, HasNonUnitCoefficient(keys, coefficients));
        // Room for every term plus the slack the block copies of names may run over.
        var span = buffer.Reserve(checked(count * _maxTermLength + SymbolBytes.Slack));
        ref var destination = ref MemoryMarshal.GetReference(span);
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            var coefficient = coefficients[i];
            if (coefficient.Numerator < 0) Unsafe.Add(ref destination, at++) = (byte)'-';
            else if (i > 0) Unsafe.Add(ref destination, at++) = (byte)'+';
            if (key == TermKey.Constant)
            {
                at += coefficient.FormatMagnitude(span[at..], _numbers);
                continue;
            }
            if (UnitCoefficientRule.WritesNumber(coefficient.IsUnitMagnitude, showUnit, _names.Symbols, TermKey.IsSingle(key) ? TermKey.First(key) : -1))
            {
                var written = coefficient.FormatMagnitude(span[at..], _numbers);
                // As PolynomialText: 2a and 0.5a juxtaposed, but 1/2*a so it cannot read as 1/(2a).
                var slash = !coefficient.IsInteger && span[at..(at + written)].Contains((byte)'/');
                at += written;
                if (slash) Unsafe.Add(ref destination, at++) = (byte)'*';
            }
            at += CopyName(TermKey.First(key), ref Unsafe.Add(ref destination, at));
            if (TermKey.IsSingle(key)) continue;
            if (TermKey.IsSquare(key))
            {
                Unsafe.Add(ref destination, at++) = (byte)'^';
                Unsafe.Add(ref destination, at++) = (byte)'2';
                continue;
            }
            Unsafe.Add(ref destination, at++) = (byte)'*';
            at += CopyName(TermKey.Second(key), ref Unsafe.Add(ref destination, at));
        }
        buffer.Length += at;
    }

    // Names of up to 16 bytes (nearly all) go as one 16-byte block; the bytes past the name are
    // overwritten by what follows or lie beyond the buffer's length. The spans reserved above
    // and SymbolBytes.Slack keep every such copy inside its array. Names past the cache (the
    // members of a large generated family) are written from their index.
    private int CopyName(int id, ref byte destination)
    {
        if ((uint)id >= (uint)_names.Cached)
            return _names.WriteUncached(id, MemoryMarshal.CreateSpan(ref destination, _names.MaxLength));
        var starts = _names.Starts;
        var start = starts[id];
        var length = starts[id + 1] - start;
        ref var source = ref _names.Bytes[start];
        if (length <= 16)
            Unsafe.WriteUnaligned(ref destination, Unsafe.ReadUnaligned<Vector128<byte>>(ref source));
        else
            Unsafe.CopyBlockUnaligned(ref destination, ref source, (uint)length);
        return length;
    }

    // UnitCoefficientRule.WritesUnits over packed keys: whether a symbolic term is not ±1;
    // FastPathTests holds the two to the same bytes on random rows.
    private static bool HasNonUnitCoefficient(ReadOnlySpan<ulong> keys, ReadOnlySpan<SmallRational> coefficients)
    {
        for (var i = 0; i < keys.Length; i++)
            if (!coefficients[i].IsUnitMagnitude && keys[i] != TermKey.Constant)
                return true;
        return false;
    }
}
