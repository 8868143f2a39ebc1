using SymConv.Algebra;
using SymConv.Export.Latex;
using SymConv.Export.Sections;

namespace SymConv.Export;

/// <summary>
/// Matrices and vectors in Markdown, each under a ### heading as $$ display math, the same TeX as
/// <see cref="LatexSectionWriter"/> sets, kept intact through GitHub's Markdown processing.
/// </summary>
/// <param name="symbols">The table that names the symbols of the entries.</param>
/// <param name="options">How entries and arrays are set; null for the defaults.</param>
internal sealed class MarkdownSectionWriter(SymbolTable symbols, ReportOptions? options = null) : ISectionWriter
{
    private readonly LatexSectionWriter _latex = new(symbols, options);

    /// <summary>Writes ### label and the matrix as display math.</summary>
    public void WriteMatrix(MatrixSection matrix, TextWriter output) => Write(matrix.Label, _latex.Math(matrix), output);

    /// <summary>Writes ### label and the vector as display math.</summary>
    public void WriteVector(AffineVectorSection vector, TextWriter output) => Write(vector.Label, _latex.Math(vector), output);

    /// <summary>One section: its heading and its math, as the layer's Markdown writes each.</summary>
    internal static void Write(string label, MathBlock block, TextWriter output)
    {
        output.Write("\n### " + label + "\n\n$$\n");
        var tex = block.Kind == MathBlockKind.Aligned ? "\\begin{aligned}\n" + block.Body("") + "\n\\end{aligned}"
            : block.Lines.Count == 1 ? block.Lines[0]
            : "\\begin{gathered}\n" + block.Body("") + "\n\\end{gathered}";
        output.Write(GitHubMath.Protect(tex) + "\n");
        output.Write("$$\n");
    }
}
