using System.Globalization;
using System.Numerics;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export;

/// <summary>
/// M as comma-separated values, one row per line and nothing else (RFC 4180, lines ending in LF),
/// or the patch matrix U(x) instead when --show names it. --rows picks the rows. Numbers are written unquoted and exact by default — integers and
/// terminating decimals as such (0.25), any other fraction as p/q (1/3); with
/// <see cref="CsvNumbers.Decimal"/> such a fraction is rounded to <see cref="DecimalDigits"/>
/// significant digits, and then numpy.loadtxt(delimiter=",") reads every numeric M. A symbolic
/// entry is a quoted text cell in the text notation ("1a+2b"), which spreadsheets and Python's csv
/// module read as text.
/// </summary>
internal sealed class CsvReportWriter : IReportWriter
{
    /// <summary>
    /// The significant digits of a fraction with no exact decimal under <see cref="CsvNumbers.Decimal"/>:
    /// 17, enough that a float64 read from it is within one unit in the last place of the fraction.
    /// </summary>
    public const int DecimalDigits = 17;

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        // One matrix a file: M, or U(x) when the sections name it and not M. M is checked for size whatever else they say.
        var asked = report.Options.Sections;
        var patches = asked is not null && asked.Contains(Section.PatchMatrix);
        if (patches && asked!.Contains(Section.Matrix))
            throw new InputException(ErrorMessages.CsvOneMatrix);
        new CsvSectionWriter(report.Symbols, report.Options).WriteMatrix(patches ? report.PatchSection : report.MatrixSection, output);
    }

    /// <summary>An exact number: an integer, a terminating decimal, or else p/q.</summary>
    public static string Number(Rational value) => Terminating(value) ?? value.ToString();

    /// <summary>
    /// A decimal: an integer or terminating decimal exactly, any other fraction rounded half to
    /// even to <see cref="DecimalDigits"/> significant digits (1/3 is 0.33333333333333333).
    /// </summary>
    public static string Decimal(Rational value)
    {
        if (Terminating(value) is { } exact) return exact;
        // Scale |p/q| by 10^k so that its integer part has DecimalDigits digits, round that, and
        // put the point back: the exponent k is found from the digit counts and corrected once.
        var numerator = BigInteger.Abs(value.Numerator);
        var denominator = value.Denominator;
        var shift = DecimalDigits - (numerator.ToString(CultureInfo.InvariantCulture).Length - denominator.ToString(CultureInfo.InvariantCulture).Length);
        BigInteger Scaled(int k) => k >= 0 ? numerator * BigInteger.Pow(10, k) : numerator;
        BigInteger Over(int k) => k >= 0 ? denominator : denominator * BigInteger.Pow(10, -k);
        if (BigInteger.Divide(Scaled(shift), Over(shift)) >= BigInteger.Pow(10, DecimalDigits)) shift--;
        else if (BigInteger.Divide(Scaled(shift), Over(shift)) < BigInteger.Pow(10, DecimalDigits - 1)) shift++;
        var quotient = BigInteger.DivRem(Scaled(shift), Over(shift), out var remainder);
        var twice = remainder * 2;
        var over = Over(shift);
        if (twice > over || (twice == over && !quotient.IsEven)) quotient++;
        // Rounding up 99…9 gains a digit: drop the trailing zero it leaves.
        if (quotient == BigInteger.Pow(10, DecimalDigits)) { quotient /= 10; shift--; }
        var digits = quotient.ToString(CultureInfo.InvariantCulture);
        var sign = value.Sign < 0 ? "-" : "";
        string text;
        if (shift <= 0) text = digits + new string('0', -shift);
        else if (shift < digits.Length) text = digits[..^shift] + "." + digits[^shift..];
        else text = "0." + new string('0', shift - digits.Length) + digits;
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return sign + text;
    }

    // p/q terminates exactly when q has no prime factors but 2 and 5; then p/q = p·2^i·5^j / 10^k.
    private static string? Terminating(Rational value)
    {
        if (value.IsInteger) return value.Numerator.ToString(CultureInfo.InvariantCulture);
        var denominator = value.Denominator;
        int twos = 0, fives = 0;
        while (denominator.IsEven) { denominator /= 2; twos++; }
        while ((denominator % 5).IsZero) { denominator /= 5; fives++; }
        if (!denominator.IsOne) return null;
        var digits = Math.Max(twos, fives);
        var scaled = BigInteger.Abs(value.Numerator) * BigInteger.Pow(2, digits - twos) * BigInteger.Pow(5, digits - fives);
        var text = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        return (value.Sign < 0 ? "-" : "") + text[..^digits] + "." + text[^digits..];
    }
}
