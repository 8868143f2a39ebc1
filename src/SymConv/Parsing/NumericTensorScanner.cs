using System.Numerics;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Parsing;

/// <summary>
/// A fast path for the tensors that are large in practice: numbers in brackets, separated by
/// spaces or by commas, as typed, as NumPy prints them or as <c>tensor(…)</c>/<c>array(…)</c>.
/// It reads them in one pass at tens of MB/s. Anything else — a symbol, an operator, a ragged
/// or malformed tensor — makes it give up, and the grammar reads the text again, so every
/// message and caret stays the grammar's.
/// </summary>
internal static class NumericTensorScanner
{
    // Equal numbers share one polynomial: tensors repeat values, and each costs an object.
    private const int MaxCached = 1 << 16;

    /// <summary>The tensor, or null when this path cannot read the text and the grammar must.</summary>
    public static Tensor<Polynomial>? TryRead(SourcePoint start, int length, SymbolTable symbols)
    {
        // Where e or E is a symbol, 2e+3 reads two ways, and the grammar refuses it.
        var signedExponents = !symbols.Knows("e") && !symbols.Knows("E");
        var text = start.Text;
        var end = Math.Min(text.Length, start.Offset + length);
        var at = SkipSpace(text, start.Offset, end);
        string? function = null;
        if (PrintedTensorGrammar.StartsPrintout(start with { Offset = at }))
        {
            if (text.AsSpan(at).StartsWith("Parameter containing:", StringComparison.Ordinal))
                at = SkipSpace(text, at + "Parameter containing:".Length, end);
            function = text.AsSpan(at).StartsWith("tensor(", StringComparison.Ordinal) ? "tensor"
                : text.AsSpan(at).StartsWith("array(", StringComparison.Ordinal) ? "array" : null;
            if (function is null) return null;
            at = SkipSpace(text, at + function.Length + 1, end);
        }
        var scan = new Scan(text, end, signedExponents);
        at = scan.Bracket(at, 0);
        if (at < 0 || !scan.Regular) return null;
        at = SkipSpace(text, at, end);
        // A printout's keywords are few and short: the grammar checks them, the numbers are read.
        if (function is not null ? !PrintedTensorGrammar.TailIsValid(Failures.PointAt(start, at), end, function) : at != end)
            return null;
        return new Tensor<Polynomial>(new Shape(scan.Dims), [.. scan.Values]);
    }

    private static int SkipSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private sealed class Scan(string text, int end, bool signedExponents)
    {
        private readonly Dictionary<(long, int), Polynomial> _cache = [];

        private readonly int[] _dims = Enumerable.Repeat(-1, Failures.MaxNesting + 1).ToArray();

        public int[] Dims => _dims[..(_rowDepth + 1)];

        public List<Polynomial> Values { get; } = [];

        // The depth of the brackets that hold entries, once the first one is read.
        private int _rowDepth = -1;

        public bool Regular { get; private set; } = true;

        // Reads the bracket at 'at' (nesting 'depth'); the offset after it, or -1 to give up.
        public int Bracket(int at, int depth)
        {
            if (at >= end || text[at] != '[') return -1;
            if (depth >= Failures.MaxNesting) return -1;
            at = SkipSpace(text, at + 1, end);
            if (at >= end) return -1;
            int count;
            if (text[at] == '[')
            {
                if (_rowDepth >= 0 && depth >= _rowDepth) return -1;
                count = 0;
                while (true)
                {
                    at = Bracket(at, depth + 1);
                    if (at < 0) return -1;
                    count++;
                    at = SkipSpace(text, at, end);
                    if (at >= end) return -1;
                    if (text[at] == ']') break;
                    // The grammar takes no comma before ']': [[1], ] is an error it describes.
                    if (text[at] == ',') at = SkipSpace(text, at + 1, end);
                    if (at >= end || text[at] != '[') return -1;
                }
            }
            else
            {
                if (_rowDepth >= 0 && depth != _rowDepth) return -1;
                _rowDepth = depth;
                at = Row(at, out count);
                if (at < 0) return -1;
            }
            Count(depth, count);
            return at + 1;
        }

        private void Count(int depth, int count)
        {
            if (_dims[depth] < 0) _dims[depth] = count;
            else if (_dims[depth] != count) Regular = false;
        }

        // Entries up to the closing ']', all separated by commas or all by spaces; the offset of ']'.
        private int Row(int at, out int count)
        {
            count = 0;
            char? separator = null;
            while (true)
            {
                at = Number(at);
                if (at < 0) return -1;
                count++;
                var afterEntry = at;
                at = SkipSpace(text, at, end);
                if (at >= end) return -1;
                if (text[at] == ']') return at;
                if (text[at] == ',')
                {
                    if (separator == ' ') return -1;
                    separator = ',';
                    at = SkipSpace(text, at + 1, end);
                    // NumPy and Python never end a row with a comma; the grammar says what is wrong.
                    if (at >= end || text[at] == ']') return -1;
                }
                else
                {
                    if (separator == ',' || at == afterEntry) return -1;
                    separator = ' ';
                }
            }
        }

        // [+|-] digits ['.' [digits]] | '.' digits, then [e|E [+|-] digits], then a separator.
        private int Number(int at)
        {
            var negative = false;
            if (at < end && text[at] is '-' or '+')
            {
                negative = text[at] == '-';
                at++;
            }
            var digitsStart = at;
            long mantissa = 0;
            var digits = 0;
            var scale = 0;
            var point = false;
            for (; at < end; at++)
            {
                var c = text[at];
                if (c is >= '0' and <= '9')
                {
                    // Leading zeros cost nothing; more than 18 digits are left to the grammar.
                    if (mantissa != 0 || c != '0') digits++;
                    if (digits > 18) return -1;
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) scale++;
                }
                else if (c == '.' && !point) point = true;
                else break;
            }
            var written = at - digitsStart - (point ? 1 : 0);
            if (written == 0 || written > ExpressionGrammar.MaxDigits) return -1;
            if (at < end && text[at] is 'e' or 'E')
            {
                var e = at + 1;
                var minus = false;
                if (e < end && text[e] is '+' or '-')
                {
                    if (!signedExponents) return -1;
                    minus = text[e] == '-';
                    e++;
                }
                var exponentStart = e;
                var power = 0;
                while (e < end && text[e] is >= '0' and <= '9' && e - exponentStart < 4)
                    power = power * 10 + (text[e++] - '0');
                if (e == exponentStart || power > ExpressionGrammar.MaxPowerOfTen) return -1;
                scale += minus ? power : -power;
                at = e;
            }
            if (at < end && !(char.IsWhiteSpace(text[at]) || text[at] is ',' or ']')) return -1;
            Values.Add(Constant(negative ? -mantissa : mantissa, scale));
            return at;
        }

        // mantissa / 10^scale, a negative scale multiplying.
        private Polynomial Constant(long mantissa, int scale)
        {
            if (mantissa == 0) return Polynomial.Zero;
            var key = (mantissa, scale);
            if (_cache.TryGetValue(key, out var cached)) return cached;
            // Trailing zeros of the mantissa cancel against the scale without a BigInteger gcd.
            while (scale > 0 && mantissa % 10 == 0) { mantissa /= 10; scale--; }
            var value = scale >= 0
                ? Rational.Of(mantissa, BigInteger.Pow(10, scale))
                : Rational.Of(mantissa * BigInteger.Pow(10, -scale));
            var polynomial = Polynomial.Constant(value);
            if (_cache.Count < MaxCached) _cache[key] = polynomial;
            return polynomial;
        }
    }
}
