using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export.Sections;

namespace SymConv.Export;

/// <summary>
/// Writes output neurons y'_row in the plain-text notation of <see cref="PolynomialText"/>, byte
/// for byte, straight into UTF-8: single-term layers go through <see cref="OutputRowBuilder"/>
/// and cached symbol names with no allocation per term; any other row takes the general path.
/// Entries of any other affine map's vector take the general path. One formatter per thread.
/// </summary>
internal sealed class RowTextFormatter
{
    private readonly AffineVector _vector;
    private readonly ConvolutionMatrix? _matrix;
    private readonly SymbolBytes _names;
    private readonly UnitCoefficients _units;
    private readonly NumberNotation _numbers;
    private readonly OutputRowBuilder? _builder;
    private readonly int _walkerTaps;
    // Sign, coefficient, star, two names with their star, or a name and ^2.
    private readonly int _maxTermLength;

    public RowTextFormatter(ConvolutionMatrix matrix, SymbolBytes names, UnitCoefficients? units, NumberNotation numbers = NumberNotation.Fraction)
        : this(AffineVector.Of(matrix), names, units, numbers)
    {
    }

    public RowTextFormatter(AffineVector vector, SymbolBytes names, UnitCoefficients? units, NumberNotation numbers = NumberNotation.Fraction)
    {
        _vector = vector;
        _matrix = vector.Convolution;
        _names = names;
        _units = UnitCoefficientRule.InText(units);
        _numbers = numbers;
        if (_matrix is not null)
        {
            _builder = OutputRowBuilder.TryCreate(_matrix);
            _walkerTaps = new TapWalker(_matrix.Geometry).MaxTaps;
        }
        _maxTermLength = 2 + (numbers == NumberNotation.Decimal ? SmallRational.MaxDecimalLength : SmallRational.MaxFormattedLength)
            + 2 * names.MaxLength + 2;
    }

    /// <summary>
    /// About the most bytes a row of a single-term layer takes with coefficients of ±1: every tap
    /// and the bias a term of two names. Zero when rows take the general path and have no bound.
    /// </summary>
    public long TypicalMaxRowBytes => _builder is null ? 0 : (_walkerTaps + 1L) * (2L * _names.MaxLength + 2);

    /// <summary>Appends the text of y'_row.</summary>
    public void Append(long row, ByteBuffer buffer)
    {
        if (_builder is null)
        {
            AppendGeneral(row, buffer);
            return;
        }
        int count;
        try
        {
            count = _builder.Build(row);
        }
        catch (OverflowException)
        {
            AppendGeneral(row, buffer);
            return;
        }
        if (count == 0)
        {
            buffer.Append((byte)'0');
            return;
        }
        var keys = _builder.Keys;
        var coefficients = _builder.Coefficients;
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

    private void AppendGeneral(long row, ByteBuffer buffer)
    {
        // A layer's own y' by its merged rows; any other map's by its vector.
        var value = _matrix is not null ? _matrix.GeneralOutput(row) : _vector.Entry(row);
        var text = PolynomialText.Format(value, _names.Symbols, _units, _numbers);
        var size = Encoding.UTF8.GetByteCount(text);
        Encoding.UTF8.GetBytes(text, buffer.Reserve(size));
        buffer.Length += size;
    }
}
