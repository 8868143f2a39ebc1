using SymConv.Algebra;
using SymConv.Export.Sections;

namespace SymConv.Export.Code;

/// <summary>
/// Matrices and vectors in Wolfram Language, in the layer file's forms: a matrix as a SparseArray of
/// its shown rows (counted from 1 among them), a vector as a list, each named SymConv`Name after its
/// <see cref="MatrixSection.CodeName"/> (letters and digits only), the layer's symbols in Global`.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
internal sealed class MathematicaSectionWriter(SymbolTable symbols) : ISectionWriter
{
    private readonly IReadOnlyList<string> _names =
        [.. Enumerable.Range(0, symbols.Count).Select(id => MathematicaReportWriter.Symbol(symbols.NameOf(id)))];

    /// <summary>Writes SymConv`Name = SparseArray[{{row, column} -> entry, …}, {rows, columns}];.</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output)
    {
        SectionRows.Check(matrix.Rows, matrix.Map.Rows);
        var rows = Integer(matrix.ShownRowCount);
        output.Write($"(* {Comment(matrix.Label)}: {(matrix.AllRows ? "all" : rows)} of its {Integer(matrix.Map.Rows)} rows, {Integer(matrix.Map.Columns)} columns *)\n");
        output.Write("SymConv`" + CodeListing.SectionName(matrix.CodeName, matrix.Label, underscores: false) + " = SparseArray[{");
        var any = CodeListing.WriteLines(output, CodeListing.Entries(matrix.Map, matrix.ShownRows)
            .Select(e => $"{{{Integer(e.Row + 1)}, {Integer(e.Column + 1)}}} -> {Code(e.Value)}"), "  ");
        output.Write($"{(any ? "\n  " : "")}}}, {{{rows}, {Integer(matrix.Map.Columns)}}}];\n");
    }

    /// <summary>Writes SymConv`Name = {entry, …};.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output)
    {
        SectionRows.Check(vector.Rows, vector.Vector.Count);
        output.Write($"(* {Comment(vector.Label)}: {(vector.AllRows ? "all" : Integer(vector.ShownRowCount))} of its {Integer(vector.Vector.Count)} entries *)\n");
        output.Write("SymConv`" + CodeListing.SectionName(null, vector.Label, underscores: false) + " = {");
        output.Write(CodeListing.WriteLines(output, vector.ShownRows.Select(row => Code(vector.Vector.Entry(row))), "  ") ? "\n};\n" : "};\n");
    }

    private string Code(Polynomial value) => MathematicaReportWriter.Expression(value, _names);

    private static string Integer(long value) => CodeListing.Integer(value);

    private static string Comment(string text) => text.Replace("*)", "* )", StringComparison.Ordinal);
}
