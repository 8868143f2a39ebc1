using SymConv.Algebra;
using SymConv.Export.Sections;

namespace SymConv.Export.Code;

/// <summary>
/// Matrices and vectors as Python with SymPy, in the layer script's forms: a matrix as a
/// sp.SparseMatrix of its shown rows (counted from 0 among them), a vector as a column sp.Matrix, each
/// named by its <see cref="MatrixSection.CodeName"/>. The first section a writer writes is preceded by
/// the import and one sp.Symbol per symbol of the table, so what it writes runs as it stands.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
internal sealed class SymPySectionWriter(SymbolTable symbols) : ISectionWriter
{
    private readonly IReadOnlyList<string> _names = SymPyReportWriter.Names(symbols);
    private bool _wroteHeader;

    /// <summary>Writes name = sp.SparseMatrix(rows, columns, {(row, column): entry, …}).</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        Header(output);
        var name = Name(matrix.CodeName, matrix.Label);
        var rows = Integer(matrix.ShownRowCount);
        output.Write($"# {matrix.Label}: {(matrix.AllRows ? "all" : rows)} of its {Integer(matrix.Map.Rows)} rows, {Integer(matrix.Map.Columns)} columns\n");
        output.Write($"{name} = sp.SparseMatrix({rows}, {Integer(matrix.Map.Columns)}, {{");
        var any = CodeListing.WriteLines(output, CodeListing.Entries(matrix.Map, matrix.ShownRows)
            .Select(e => $"({Integer(e.Row)}, {Integer(e.Column)}): {Code(e.Value)}"), "    ");
        output.Write(any ? "\n})\n" : "})\n");
    }

    /// <summary>Writes name = sp.Matrix([entry, …]).</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        Header(output);
        output.Write($"# {vector.Label}: {(vector.AllRows ? "all" : Integer(vector.ShownRowCount))} of its {Integer(vector.Vector.Count)} entries\n");
        output.Write(Name(null, vector.Label) + " = sp.Matrix([");
        output.Write(CodeListing.WriteLines(output, vector.ShownRows.Select(row => Code(vector.Vector.Entry(row))), "    ") ? "\n])\n" : "])\n");
    }

    private string Code(Polynomial value) => SymPyReportWriter.Expression(value, _names);

    private static string Integer(long value) => CodeListing.Integer(value);

    // A section's name never hides a symbol's.
    private string Name(string? codeName, string label)
    {
        var name = CodeListing.SectionName(codeName, label, underscores: true);
        while (_names.Contains(name) || name is "sp" or "sys") name += "_";
        return name;
    }

    private void Header(TextWriter output)
    {
        if (_wroteHeader) return;
        _wroteHeader = true;
        output.Write("import sympy as sp\n\n");
        for (var id = 0; id < _names.Count; id++)
            output.Write($"{_names[id]} = sp.Symbol({SymPyReportWriter.PythonString(symbols.NameOf(id))})\n");
        if (_names.Count > 0) output.Write('\n');
    }
}
