using System.Collections;
using System.Text;

namespace SymConv;

/// <summary>
/// A vector of expressions, such as y', that prints itself: <see cref="ToString"/> as the command
/// writes y' (the seed's [1a+2b+4c+5d, 2a+3b+5c+6d, …]) and <see cref="ToLatex"/> as a column.
/// </summary>
public sealed class SymbolicVector : IReadOnlyList<SymbolicExpression>
{
    private readonly SymbolicExpression[] _entries;

    internal SymbolicVector(SymbolicExpression[] entries) => _entries = entries;

    /// <summary>One entry.</summary>
    public SymbolicExpression this[int index] => _entries[index];

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The entries in the command's notation, [1a+2b+4c+5d, 2a+3b+5c+6d].</summary>
    public override string ToString() => "[" + string.Join(", ", _entries.Select(e => e.ToString())) + "]";

    /// <summary>The entries as a LaTeX column vector, one a line.</summary>
    public string ToLatex()
    {
        var latex = new StringBuilder("\\left[\\begin{array}{c}\n");
        for (var i = 0; i < _entries.Length; i++)
            latex.Append("  ").Append(_entries[i].ToLatex()).Append(i + 1 < _entries.Length ? " \\\\\n" : "\n");
        return latex.Append("\\end{array}\\right]").ToString();
    }

    /// <inheritdoc/>
    public IEnumerator<SymbolicExpression> GetEnumerator() => ((IEnumerable<SymbolicExpression>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
