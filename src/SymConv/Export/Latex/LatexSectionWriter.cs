using SymConv.Algebra;
using SymConv.Export.Sections;
using SymConv.Model;

namespace SymConv.Export.Latex;

/// <summary>
/// Matrices and vectors as LaTeX fragments, set as the layer report sets its M and y': bracketed
/// arrays with rules between blocks, elided past --max-rows and --max-cols (or to fit the page),
/// scaled to the line when still too wide, long entries listed as equations. Each section opens with
/// a comment naming it; the first one a writer writes is preceded by the fit macro the fragments use
/// (it needs amsmath and LaTeX 2020 or later). --highlight, a row of the layer's M, is not applied.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
/// <param name="options">How entries and arrays are set (<see cref="ReportOptions.Display"/>); null for the defaults.</param>
internal sealed class LatexSectionWriter(SymbolTable symbols, ReportOptions? options = null) : ISectionWriter
{
    private readonly ReportOptions _options = options ?? new ReportOptions();
    private bool _wroteMacro;

    /// <summary>Writes the matrix's shown rows as one display: U(x) = [ … ].</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output) => Write(matrix.Label, Math(matrix), output);

    /// <summary>Writes the vector's shown entries as a column, or as a list of equations when some entry is long.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output) => Write(vector.Label, Math(vector), output);

    /// <summary>A label in the text notation as math: ᵀ becomes ^{\top}; the rest is taken as TeX.</summary>
    internal static string Tex(string label) => label.Replace("ᵀ", "^{\\top}", StringComparison.Ordinal);

    /// <summary>The math of a matrix section, for LaTeX and Markdown alike.</summary>
    internal MathBlock Math(MatrixSection matrix)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        var sections = Sections();
        var rows = sections.PickRows(matrix.RowRanges, null);
        var rowOf = MathSections.Cached(matrix.Map);
        var columns = sections.PickColumns(matrix.Map.Columns, rows, rowOf);
        var shownRows = rows.Count(r => r is not null);
        var shownColumns = columns.Count(c => c is not null);
        if ((long)shownRows * shownColumns > DenseLimit.MaxCells)
            throw new InputException(ErrorMessages.MatrixTooLarge(shownRows, shownColumns, DenseLimit.MaxCells));
        var array = sections.Matrix(rows, columns, rowOf, matrix.RowBlock, matrix.ColumnBlock, null);
        return new MathBlock(MathBlockKind.Fitted, [MathSections.RowsLabel(Tex(matrix.Label), matrix.Rows) + " = " + array], []);
    }

    /// <summary>The math of a vector section, for LaTeX and Markdown alike.</summary>
    internal MathBlock Math(AffineVectorSection vector)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        var sections = Sections();
        var cache = new Dictionary<long, Polynomial>();
        Polynomial Entry(long row) => cache.TryGetValue(row, out var value) ? value : cache[row] = vector.Vector.Entry(row);
        return sections.Vector(vector, sections.PickRows(vector.RowRanges, null), Entry, null);
    }

    private MathSections Sections() =>
        new(new LatexPolynomial(symbols, _options.UnitCoefficients, _options.Numbers), _options.Display);

    private void Write(string label, MathBlock block, TextWriter output)
    {
        if (!_wroteMacro)
        {
            output.Write(LatexReportWriter.FitMacro);
            _wroteMacro = true;
        }
        output.Write("\n% " + label + "\n");
        LatexReportWriter.WriteBlock(block, output);
    }
}
