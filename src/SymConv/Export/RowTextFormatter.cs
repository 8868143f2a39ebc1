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
    private readonly TermListText _terms;

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
        _terms = new TermListText(names, units, numbers);
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
        try
        {
            _builder.Build(row);
        }
        catch (OverflowException)
        {
            AppendGeneral(row, buffer);
            return;
        }
        _terms.Append(_builder.Keys, _builder.Coefficients, buffer);
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
