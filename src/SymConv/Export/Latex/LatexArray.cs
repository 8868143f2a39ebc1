using System.Text;

namespace SymConv.Export.Latex;

/// <summary>
/// A matrix or vector as a bracketed <c>array</c>, the way papers set block matrices: a column
/// rule after each block of columns, a row rule between blocks of rows, and ⋯ ⋮ ⋱ where entries
/// are elided (a null row or column from <see cref="Elision"/>).
/// </summary>
internal static class LatexArray
{
    /// <summary>The colour of a highlighted row, a name both xcolor and MathJax know.</summary>
    public const string HighlightColour = "red";

    /// <summary>Builds the array.</summary>
    /// <param name="rows">The rows shown; null where rows are left out.</param>
    /// <param name="columns">The columns shown; null where columns are left out.</param>
    /// <param name="cell">The TeX of the entry at a row and column.</param>
    /// <param name="rowBlock">Rows per block (a rule between blocks), or 0 for no rules.</param>
    /// <param name="columnBlock">Columns per block, or 0 for no rules.</param>
    /// <param name="highlight">A row whose entries are coloured, or null.</param>
    public static string Build(IReadOnlyList<long?> rows, IReadOnlyList<long?> columns, Func<long, long, string> cell,
        long rowBlock, long columnBlock, long? highlight = null)
    {
        var text = new StringBuilder("\\left[\\begin{array}{");
        for (var c = 0; c < columns.Count; c++)
        {
            if (c > 0 && RuleBetween(columns[c - 1], columns[c], columnBlock)) text.Append('|');
            text.Append('c');
        }
        text.Append("}\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var coloured = row is { } shown && shown == highlight;
            text.Append("  ");
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0) text.Append(" & ");
                var entry = (row, columns[c]) switch
                {
                    ({ } i, { } j) => cell(i, j),
                    ({ }, null) => "\\cdots",
                    (null, { }) => "\\vdots",
                    (null, null) => "\\ddots",
                };
                // A blank zero of the highlighted row is a coloured dot: else a zero row with --zeros blank
                // would be highlighted invisibly.
                if (coloured && entry.Length == 0) entry = "\\cdot";
                text.Append(coloured ? $"\\textcolor{{{HighlightColour}}}{{{entry}}}" : entry);
            }
            if (r < rows.Count - 1)
                text.Append(RuleBetween(row, rows[r + 1], rowBlock) ? " \\\\ \\hline\n" : " \\\\\n");
            else
                text.Append('\n');
        }
        text.Append("\\end{array}\\right]");
        return text.ToString();
    }

    /// <summary>
    /// Whether a block boundary falls between two neighbouring shown items. Across an ellipsis
    /// the rule is drawn on the side where the boundary lies next to a shown item.
    /// </summary>
    public static bool RuleBetween(long? before, long? after, long block)
    {
        if (block <= 0) return false;
        return (before, after) switch
        {
            ({ } a, { } b) => b == a + 1 && b % block == 0,
            ({ } a, null) => (a + 1) % block == 0,
            (null, { } b) => b % block == 0,
            _ => false,
        };
    }
}
