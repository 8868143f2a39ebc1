using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Code;

/// <summary>
/// Wolfram Language definitions of the layer: SymConv`K, SymConv`X, SymConv`XFlat (x'), SymConv`M
/// (a SparseArray), SymConv`B, SymConv`YFlat (y') and SymConv`Y, and a check that prints "ok" when
/// SymConv`M . SymConv`XFlat (+ bias) equals SymConv`YFlat. The file's own names live in the
/// SymConv` context and the layer's symbols in Global`, so no symbol name can collide with them.
/// w_{0,1} becomes Subscript[w, 0, 1], and a subscript with a leading zero stays text
/// (Subscript[w, "01"]) so that w_{01} and w_{1} remain two symbols; a name starting with a
/// capital is written Global`E so that a symbol called E, I or N cannot mean Mathematica's constant.
/// Like the SymPy script it defines the whole layer whatever --show says; --rows restricts M and y'.
/// With --show naming U it also defines SymConv`U, the patch matrix, and SymConv`KFlat (k'), and checks
/// SymConv`U . SymConv`KFlat (+ bias) == SymConv`YFlat as well.
/// </summary>
internal sealed class MathematicaReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var layer = report.Layer;
        var g = report.Geometry;
        var names = Enumerable.Range(0, report.Symbols.Count).Select(id => Symbol(report.Symbols.NameOf(id))).ToList();
        string Code(Polynomial value) => Expression(value, names);

        output.Write("(* " + report.Title.Replace("*)", "* )", StringComparison.Ordinal) + " *)\n");
        output.Write("(* Written by symconv: Wolfram Language definitions of the layer. Evaluating this file\n");
        output.Write("   checks SymConv`M . SymConv`XFlat" + (report.Matrix.HasPaddingTerm ? " + p" : "") + (layer.Bias is null ? "" : " + bias") + " == SymConv`YFlat and prints \"ok\". Indices count from 1. *)\n\n");
        output.Write("(* K: the kernel *)\nSymConv`K = " + NestedList.Format(layer.Kernel.Shape, i => Code(layer.Kernel[i]), '{', '}') + ";\n");
        output.Write("(* x: the input *)\nSymConv`X = " + NestedList.Format(layer.Input.Shape, i => Code(layer.Input[i]), '{', '}') + ";\n");
        output.Write("(* x': the input flattened *)\nSymConv`XFlat = {" + string.Join(", ", layer.Input.Values.Select(Code)) + "};\n");

        var rows = report.SelectedRows.ToList();
        output.Write("(* The rows of M and y' written here, counted from 1 *)\n");
        output.Write(report.AllRows ? $"SymConv`Rows = Range[{Integer(report.Matrix.Rows)}];\n" : "SymConv`Rows = {" + string.Join(", ", rows.Select(r => Integer(r + 1))) + "};\n");
        output.Write($"(* M: those rows of the {Integer(report.Matrix.Rows)}×{Integer(report.Matrix.Columns)} matrix *)\n");
        output.Write("SymConv`M = SparseArray[{");
        var any = CodeListing.WriteLines(output, CodeListing.Entries(report.MatrixSection.Map, rows).Select(e => Rule(e, Code)), "  ");
        output.Write($"{(any ? "\n  " : "")}}}, {{{Integer(rows.Count)}, {Integer(report.Matrix.Columns)}}}];\n");
        var twinCheck = "";
        if (report.Twin is { } twin && report.AllRows)
        {
            output.Write("(* C: the matrix of the matching forward convolution; M = Transpose[C] *)\nSymConv`C = SparseArray[{");
            any = CodeListing.WriteLines(output, CodeListing.Entries(twin, RowNumbers.Below(twin.Rows)).Select(e => Rule(e, Code)), "  ");
            output.Write($"{(any ? "\n  " : "")}}}, {{{Integer(twin.Rows)}, {Integer(twin.Columns)}}}];\n");
            twinCheck = " && Normal[Transpose[SymConv`C]] === Normal[SymConv`M]";
        }
        var biasTerm = "";
        if (layer.Bias is { } bias)
        {
            output.Write("(* b: one bias per output channel *)\nSymConv`B = {" + string.Join(", ", bias.Values.Select(Code)) + "};\n");
            biasTerm = g.Layout == DataLayout.ChannelsLast
                ? $" + SymConv`B[[Mod[SymConv`Rows - 1, {Integer(g.OutChannels)}] + 1]]"
                : $" + SymConv`B[[Quotient[SymConv`Rows - 1, {Integer(g.OutputPlane)}] + 1]]";
        }
        var paddingTerm = "";
        if (report.Matrix.HasPaddingTerm)
        {
            output.Write("(* p: the padding term of those rows: the padding reads " + Code(layer.PaddingValue) + ", times the kernel entries on the padding *)\nSymConv`P = {");
            output.Write(CodeListing.WriteLines(output, rows.Select(row => Code(report.Matrix.PaddingTerm(row))), "  ") ? "\n};\n" : "};\n");
            paddingTerm = " + SymConv`P";
        }
        var patchCheck = "";
        if (report.Sections.Contains(Section.PatchMatrix))
        {
            var u = report.PatchSection.Map;
            output.Write($"(* U: the patch matrix of those rows, y' = U . k'{(layer.Bias is null ? "" : " + b")}: one column per kernel entry, counted in k' *)\nSymConv`U = SparseArray[{{");
            any = CodeListing.WriteLines(output, CodeListing.Entries(u, rows).Select(e => Rule(e, Code)), "  ");
            output.Write($"{(any ? "\n  " : "")}}}, {{{Integer(rows.Count)}, {Integer(u.Columns)}}}];\n");
            output.Write("(* k': the kernel flattened as it is laid out *)\nSymConv`KFlat = Flatten[SymConv`K];\n");
            patchCheck = " && Expand[Normal[SymConv`U . SymConv`KFlat]" + biasTerm + " - SymConv`YFlat] === ConstantArray[0, Length[SymConv`Rows]]";
        }
        output.Write("(* y': the output neurons of those rows *)\nSymConv`YFlat = {");
        output.Write(CodeListing.WriteLines(output, rows.Select(row => Code(report.Output(row))), "  ") ? "\n};\n" : "};\n");
        if (report.AllRows)
            output.Write("(* y: y' reshaped to the output's shape *)\nSymConv`Y = ArrayReshape[SymConv`YFlat, {" + string.Join(", ", g.OutputShape.Dims.Select(d => Integer(d))) + "}];\n");

        output.Write("\nIf[Flatten[SymConv`X] === SymConv`XFlat && Expand[Normal[SymConv`M . SymConv`XFlat]" + paddingTerm + biasTerm + " - SymConv`YFlat] === ConstantArray[0, Length[SymConv`Rows]]" + twinCheck + patchCheck + ",\n");
        output.Write("  Print[\"ok\"], Print[\"FAILED\"]]\n");
    }

    private static string Integer(long value) => CodeListing.Integer(value);

    // One entry of a SparseArray, counted from 1: {2, 5} -> a.
    private static string Rule((long Row, long Column, Polynomial Value) entry, Func<Polynomial, string> code) =>
        $"{{{Integer(entry.Row + 1)}, {Integer(entry.Column + 1)}}} -> {code(entry.Value)}";

    /// <summary>A symbol name in Wolfram Language: a, Global`E, Subscript[w, 0, 1].</summary>
    internal static string Symbol(string name)
    {
        var underscore = name.IndexOf('_');
        if (underscore < 0) return Word(name);
        var items = name[(underscore + 1)..].Trim('{', '}').Split(',');
        return "Subscript[" + Word(name[..underscore]) + ", " + string.Join(", ", items.Select(Item)) + "]";
    }

    // A subscript number is a number, except with a leading zero: 01 would read as 1 and merge
    // w_{01} into w_{1}, so it stays the text it was written as.
    private static string Item(string item) =>
        item.Length > 1 && item[0] == '0' && item.All(char.IsAsciiDigit) ? "\"" + item + "\"" : Word(item);

    private static string Word(string word)
    {
        if (word.Length > 0 && word.All(char.IsAsciiDigit)) return word;
        if (word.Length > 0 && char.IsAsciiLetterLower(word[0]) && word.All(char.IsAsciiLetterOrDigit)) return word;
        if (word.Length > 0 && char.IsAsciiLetterUpper(word[0]) && word.All(char.IsAsciiLetterOrDigit)) return "Global`" + word;
        // Outside the grammar (a name made through the library API): a string, which cannot be evaluated as code.
        var quoted = new StringBuilder("\"");
        foreach (var c in word)
            quoted.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        return quoted.Append('"').ToString();
    }

    /// <summary>A polynomial in Wolfram Language: 2*a - 1/2*b^2.</summary>
    internal static string Expression(Polynomial value, IReadOnlyList<string> names) =>
        CodeListing.Expression(value, names, magnitude => magnitude.ToString(), "^");
}
