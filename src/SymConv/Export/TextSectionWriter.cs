using System.Text;
using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.Parsing;

namespace SymConv.Export;

/// <summary>
/// Matrices and vectors in the seed's plain-text notation, each under its heading: a matrix one row a
/// line with bars | between column blocks, a vector on one bracketed line (or one entry a line when
/// long). The layer report writes its M, C and y' through here.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
/// <param name="options">How entries are written (unit coefficients, numbers, one entry a line); null for the defaults.</param>
internal sealed class TextSectionWriter(SymbolTable symbols, ReportOptions? options = null) : ISectionWriter
{
    private readonly ReportOptions _options = options ?? new ReportOptions();

    /// <summary>Writes the heading ("U(x):", "M, rows 0..3:") and the shown rows, refusing more than <see cref="DenseLimit.MaxCells"/> cells.</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        DenseLimit.Check(matrix.ShownRowCount, matrix.Map.Columns);
        output.Write(Heading(matrix));
        output.Write(":\n");
        WriteMatrixBody(matrix, matrix.ShownRows, output);
    }

    /// <summary>Writes the heading ("y' = M x' + b:", "y', rows 0..3:") and the shown entries, streamed.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        output.Write(Heading(vector));
        output.Write(":\n");
        RowTextStream.WriteVector(vector, symbols, _options, null, output);
    }

    /// <summary>M, "M, rows 0..3", "C (forward convolution; M = Cᵀ)".</summary>
    internal static string Heading(MatrixSection matrix) =>
        matrix.Label + (matrix.AllRows ? "" : ", rows " + RowsText(matrix.RowRanges)) + (matrix.Note is null ? "" : " (" + matrix.Note + ")");

    /// <summary>y', "y' = M x' + b" when there is more than M x' (as the seed writes it), "y', rows 0..3".</summary>
    internal static string Heading(AffineVectorSection vector) =>
        !vector.AllRows ? vector.Label + ", rows " + RowsText(vector.RowRanges)
        : vector.Sum is not null && vector.Vector.Map.IsAffine ? vector.Label + " = " + vector.Sum
        : vector.Label;

    /// <summary>0..3,7: the ranges as --rows takes them.</summary>
    internal static string RowsText(IEnumerable<RowRange> ranges) =>
        string.Join(',', ranges.Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}..{r.Last}"));

    /// <summary>The rows, one a line, every column written (zeros as 0), a bar after each block of columns.</summary>
    internal void WriteMatrixBody(MatrixSection matrix, IEnumerable<long> shown, TextWriter output)
    {
        var map = matrix.Map;
        var columns = map.Columns;
        var block = matrix.ColumnBlock;
        var rows = shown.Select(r => map.Row(r).Select(e => (e.Column, Text: Text(e.Value))).ToList()).ToList();
        var separator = Separator(rows.SelectMany(r => r.Select(e => e.Text)));
        output.Write("[\n");
        var line = new StringBuilder();
        foreach (var entries in rows)
        {
            line.Clear().Append('[');
            var next = 0;
            for (long column = 0; column < columns; column++)
            {
                if (column > 0) line.Append(block > 0 && column % block == 0 ? "|" : separator);
                if (next < entries.Count && entries[next].Column == column)
                    line.Append(entries[next++].Text);
                else
                    line.Append('0');
            }
            line.Append("]\n");
            output.Write(line);
        }
        output.Write("]\n");
    }

    private string Text(Polynomial value) => PolynomialText.Format(value, symbols, _options.UnitCoefficients, _options.Numbers);

    /// <summary>The seed separates plain entries (1, a, -1) by spaces and sums by commas.</summary>
    internal static string Separator(IEnumerable<string> texts) => texts.All(IsPlain) ? " " : ", ";

    // A plain entry has no operator outside a subscript: x_{0,1} is plain, a+b and a-b are not.
    private static bool IsPlain(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{': depth++; break;
                case '}': depth--; break;
                case '+' or '-' or ' ' or ',' when depth == 0 && i > 0: return false;
            }
        }
        return true;
    }
}
