using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.LinearMaps;

namespace SymConv.Export.Code;

/// <summary>
/// What the SymPy and Mathematica writers share: a polynomial as a sum of products, a sparse
/// matrix's entries row by row, and long lists written one item per line. Each writer supplies
/// only its own spelling (numbers, powers, brackets), so the two scripts define the same layer.
/// </summary>
internal static class CodeListing
{
    /// <summary>An integer in code: always invariant digits, whatever the host culture.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A polynomial as a sum of products over the symbol names, 2*a - 1/2*b^2, with the number and
    /// power written in the language's own way. A coefficient of 1 is left out of a product.
    /// </summary>
    /// <param name="value">The polynomial.</param>
    /// <param name="names">The code name of each symbol, by id.</param>
    /// <param name="number">Writes a positive rational.</param>
    /// <param name="power">The power operator: ^ or **.</param>
    public static string Expression(Polynomial value, IReadOnlyList<string> names, Func<Rational, string> number, string power)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return "0";
        var text = new StringBuilder();
        var parts = new List<string>();
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term.Coefficient.Sign < 0) text.Append(i == 0 ? "-" : " - ");
            else if (i > 0) text.Append(" + ");
            var magnitude = term.Coefficient.Abs();
            parts.Clear();
            if (!magnitude.IsOne || term.Monomial.IsOne) parts.Add(number(magnitude));
            for (var f = 0; f < term.Monomial.FactorCount; f++)
            {
                var exponent = term.Monomial.ExponentAt(f);
                parts.Add(names[term.Monomial.SymbolAt(f)] + (exponent == 1 ? "" : power + exponent.ToString(CultureInfo.InvariantCulture)));
            }
            text.AppendJoin('*', parts);
        }
        return text.ToString();
    }

    /// <summary>
    /// The nonzero entries of some rows of a map (M, the forward twin's C, any other), each numbered by
    /// its row's place among <paramref name="rows"/> (from 0), since a script holds only the rows
    /// it was asked for.
    /// </summary>
    public static IEnumerable<(long Row, long Column, Polynomial Value)> Entries(ILinearMap map, IEnumerable<long> rows)
    {
        long position = 0;
        foreach (var row in rows)
        {
            foreach (var entry in map.Row(row))
                yield return (position, entry.Column, entry.Value);
            position++;
        }
    }

    /// <summary>
    /// A name for a section in code: its <see cref="Sections.MatrixSection.CodeName"/>, or its label's letters
    /// and digits with anything else as one underscore (U(x) → U_x, Mᵀ → MT); with
    /// <paramref name="underscores"/> false (Wolfram Language) underscores are dropped too.
    /// </summary>
    public static string SectionName(string? codeName, string label, bool underscores)
    {
        var name = new StringBuilder();
        foreach (var c in codeName ?? label.Replace("ᵀ", "T", StringComparison.Ordinal))
        {
            if (char.IsAsciiLetterOrDigit(c)) name.Append(c);
            else if (underscores && name.Length > 0 && name[^1] != '_') name.Append('_');
        }
        var text = name.ToString().TrimEnd('_');
        return text.Length == 0 || char.IsAsciiDigit(text[0]) ? "A" + (underscores ? "_" : "") + text : text;
    }

    /// <summary>
    /// Writes items one per line, each after a line break and <paramref name="indent"/>, separated
    /// by commas. Returns false when there were none, so the caller can close the list on the
    /// line it opened. Items are written as they come, so a large M is never held as one string.
    /// </summary>
    public static bool WriteLines(TextWriter output, IEnumerable<string> items, string indent)
    {
        var any = false;
        foreach (var item in items)
        {
            output.Write(any ? ",\n" : "\n");
            output.Write(indent);
            output.Write(item);
            any = true;
        }
        return any;
    }
}
