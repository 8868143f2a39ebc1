using System.Globalization;

namespace SymConv.Checking;

/// <summary>
/// A number written as an index, kept as written so that a negative or huge one can be refused
/// with its own digits: <see cref="Value"/> is exact when it fits a long, else long.MaxValue,
/// which is past every dimension a claim can index.
/// </summary>
internal readonly record struct IndexNumber(long Value, string Written)
{
    /// <summary>The longest run of digits echoed in a message.</summary>
    private const int EchoedDigits = 30;

    public static IndexNumber Of(bool negative, string digits)
    {
        var written = (negative ? "-" : "") + (digits.Length <= EchoedDigits ? digits : digits[..EchoedDigits] + "…");
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length > 18) return new(negative ? long.MinValue : long.MaxValue, written);
        var value = trimmed.Length == 0 ? 0 : long.Parse(trimmed, CultureInfo.InvariantCulture);
        return new(negative ? -value : value, written);
    }
}
