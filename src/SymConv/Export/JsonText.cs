using System.Globalization;
using System.Text;
using SymConv.Algebra;

namespace SymConv.Export;

/// <summary>Minimal JSON pieces written by hand, so output streams row by row and is byte-stable.</summary>
internal static class JsonText
{
    /// <summary>Appends a JSON string literal.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>A JSON string literal.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>A JSON array of integers.</summary>
    public static string Integers(IEnumerable<long> values) =>
        "[" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>A JSON array of integers.</summary>
    public static string Integers(IEnumerable<int> values) => Integers(values.Select(v => (long)v));

    /// <summary>
    /// Appends {"text": …, "terms": [{"coef": "p/q", "vars": {"a": 1}}, …]}, or null for no value.
    /// Every JSON output — report, sections, check and neuron views — writes its expressions
    /// through here, so all have one form of EXPR.
    /// </summary>
    internal static void AppendExpression(StringBuilder line, Polynomial? value, SymbolTable symbols, UnitCoefficients? units,
        NumberNotation numbers = NumberNotation.Fraction)
    {
        if (value is null)
        {
            line.Append("null");
            return;
        }
        line.Append("{\"text\": ");
        JsonText.AppendString(line, PolynomialText.Format(value, symbols, units, numbers));
        line.Append(", \"terms\": [");
        var terms = value.Terms;
        for (var t = 0; t < terms.Length; t++)
        {
            if (t > 0) line.Append(", ");
            line.Append("{\"coef\": ");
            JsonText.AppendString(line, terms[t].Coefficient.ToString());
            line.Append(", \"vars\": {");
            var monomial = terms[t].Monomial;
            for (var f = 0; f < monomial.FactorCount; f++)
            {
                if (f > 0) line.Append(", ");
                JsonText.AppendString(line, symbols.NameOf(monomial.SymbolAt(f)));
                line.Append(": ").Append(monomial.ExponentAt(f).ToString(CultureInfo.InvariantCulture));
            }
            line.Append("}}");
        }
        line.Append("]}");
    }
}
