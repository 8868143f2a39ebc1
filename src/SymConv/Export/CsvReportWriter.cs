using System.Globalization;
using System.Numerics;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// M as comma-separated numbers, one row per line and nothing else, for spreadsheets and
/// numpy.loadtxt(delimiter=","). --rows picks the rows. The numbers stay exact: integers and
/// terminating decimals as such (0.25), any other fraction as p/q (1/3), never rounded. A
/// symbolic M cannot be written as numbers, so it is refused rather than quoted as text.
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        DenseLimit.Check(report);
        var columns = report.Matrix.Columns;
        var line = new StringBuilder();
        foreach (var row in report.SelectedRows)
        {
            var entries = report.Matrix.Row(row);
            line.Clear();
            var next = 0;
            for (long column = 0; column < columns; column++)
            {
                if (column > 0) line.Append(',');
                if (next < entries.Count && entries[next].Column == column)
                {
                    var value = entries[next++].Value;
                    if (!value.TryGetConstant(out var number))
                        throw new InputException(ErrorMessages.CsvNeedsNumbers(row, column, report.Text(value)), null, ErrorMessages.CsvNeedsNumbersHint);
                    line.Append(Number(number));
                }
                else
                {
                    line.Append('0');
                }
            }
            line.Append('\n');
            output.Write(line);
        }
    }

    /// <summary>An exact number: an integer, a terminating decimal, or else p/q.</summary>
    public static string Number(Rational value)
    {
        if (value.IsInteger) return value.Numerator.ToString(CultureInfo.InvariantCulture);
        // p/q terminates exactly when q has no prime factors but 2 and 5; then p/q = p·2^i·5^j / 10^k.
        var denominator = value.Denominator;
        int twos = 0, fives = 0;
        while (denominator.IsEven) { denominator /= 2; twos++; }
        while ((denominator % 5).IsZero) { denominator /= 5; fives++; }
        if (!denominator.IsOne) return value.ToString();
        var digits = Math.Max(twos, fives);
        var scaled = BigInteger.Abs(value.Numerator) * BigInteger.Pow(2, digits - twos) * BigInteger.Pow(5, digits - fives);
        var text = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        return (value.Sign < 0 ? "-" : "") + text[..^digits] + "." + text[^digits..];
    }
}
