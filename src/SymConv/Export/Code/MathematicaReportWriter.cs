using System.Globalization;
using System.Text;
using SymConv.Algebra;

namespace SymConv.Export.Code;

/// <summary>
/// Wolfram Language definitions of the layer: convK, convX, convXFlat (x'), convM (a SparseArray),
/// convB, convYFlat (y') and convY, and a check that prints "ok" when convM.convXFlat (+ bias)
/// equals convYFlat. w_{0,1} becomes Subscript[w, 0, 1]; a name starting with a capital is put
/// in the Global` context so that a symbol called E, I or N cannot mean Mathematica's constant.
/// Like the SymPy script it defines the whole layer whatever --show says; --rows restricts M and y'.
/// </summary>
public sealed class MathematicaReportWriter : IReportWriter
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
        output.Write("   checks convM . convXFlat" + (layer.Bias is null ? "" : " + bias") + " == convYFlat and prints \"ok\". Indices count from 1. *)\n\n");
        output.Write("(* K: the kernel *)\nconvK = " + NestedList.Format(layer.Kernel.Shape, i => Code(layer.Kernel[i]), '{', '}', "") + ";\n");
        output.Write("(* x: the input *)\nconvX = " + NestedList.Format(layer.Input.Shape, i => Code(layer.Input[i]), '{', '}', "") + ";\n");
        output.Write("(* x': the input flattened *)\nconvXFlat = {" + string.Join(", ", layer.Input.Values.Select(Code)) + "};\n");

        var rows = report.SelectedRows.ToList();
        output.Write("(* The rows of M and y' written here, counted from 1 *)\n");
        output.Write(report.AllRows ? $"convRows = Range[{Integer(report.Matrix.Rows)}];\n" : "convRows = {" + string.Join(", ", rows.Select(r => Integer(r + 1))) + "};\n");
        output.Write($"(* M: those rows of the {Integer(report.Matrix.Rows)}×{Integer(report.Matrix.Columns)} matrix *)\n");
        output.Write("convM = SparseArray[{");
        var line = new StringBuilder();
        var first = true;
        for (var position = 0; position < rows.Count; position++)
        {
            foreach (var entry in report.Matrix.Row(rows[position]))
            {
                line.Clear().Append(first ? "\n  " : ",\n  ");
                first = false;
                line.Append('{').Append(Integer(position + 1)).Append(", ").Append(Integer(entry.Column + 1)).Append("} -> ").Append(Code(entry.Value));
                output.Write(line);
            }
        }
        output.Write($"{(first ? "" : "\n  ")}}}, {{{Integer(rows.Count)}, {Integer(report.Matrix.Columns)}}}];\n");
        var twinCheck = "";
        if (report.Twin is { } twin && report.AllRows)
        {
            output.Write("(* C: the matrix of the matching forward convolution; M = Transpose[C] *)\nconvC = SparseArray[{");
            first = true;
            for (long row = 0; row < twin.Rows; row++)
            {
                foreach (var entry in twin.Row(row))
                {
                    line.Clear().Append(first ? "\n  " : ",\n  ");
                    first = false;
                    line.Append('{').Append(Integer(row + 1)).Append(", ").Append(Integer(entry.Column + 1)).Append("} -> ").Append(Code(entry.Value));
                    output.Write(line);
                }
            }
            output.Write($"{(first ? "" : "\n  ")}}}, {{{Integer(twin.Rows)}, {Integer(twin.Columns)}}}];\n");
            twinCheck = " && Normal[Transpose[convC]] === Normal[convM]";
        }
        var biasTerm = "";
        if (layer.Bias is { } bias)
        {
            output.Write("(* b: one bias per output channel *)\nconvB = {" + string.Join(", ", bias.Values.Select(Code)) + "};\n");
            biasTerm = $" + convB[[Quotient[convRows - 1, {Integer(g.OutputPlane)}] + 1]]";
        }
        output.Write("(* y': the output neurons of those rows *)\nconvYFlat = {");
        first = true;
        foreach (var row in rows)
        {
            output.Write(first ? "\n  " : ",\n  ");
            first = false;
            output.Write(Code(report.Output(row)));
        }
        output.Write(first ? "};\n" : "\n};\n");
        if (report.AllRows)
            output.Write("(* y: y' reshaped to the output's shape *)\nconvY = ArrayReshape[convYFlat, {" + string.Join(", ", g.OutputShape.Dims.Select(d => Integer(d))) + "}];\n");

        output.Write("\nIf[Flatten[convX] === convXFlat && Expand[Normal[convM . convXFlat]" + biasTerm + " - convYFlat] === ConstantArray[0, Length[convRows]]" + twinCheck + ",\n");
        output.Write("  Print[\"ok\"], Print[\"FAILED\"]]\n");
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A symbol name in Wolfram Language: a, Global`E, Subscript[w, 0, 1].</summary>
    internal static string Symbol(string name)
    {
        var underscore = name.IndexOf('_');
        if (underscore < 0) return Word(name);
        var items = name[(underscore + 1)..].Trim('{', '}').Split(',');
        return "Subscript[" + Word(name[..underscore]) + ", " + string.Join(", ", items.Select(Word)) + "]";
    }

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
    internal static string Expression(Polynomial value, IReadOnlyList<string> names)
    {
        var terms = value.Terms;
        if (terms.Length == 0) return "0";
        var text = new StringBuilder();
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (term.Coefficient.Sign < 0) text.Append(i == 0 ? "-" : " - ");
            else if (i > 0) text.Append(" + ");
            var magnitude = term.Coefficient.Abs();
            var parts = new List<string>();
            if (!magnitude.IsOne || term.Monomial.IsOne) parts.Add(magnitude.ToString());
            for (var f = 0; f < term.Monomial.FactorCount; f++)
            {
                var exponent = term.Monomial.ExponentAt(f);
                parts.Add(names[term.Monomial.SymbolAt(f)] + (exponent == 1 ? "" : "^" + exponent.ToString(CultureInfo.InvariantCulture)));
            }
            text.Append(string.Join("*", parts));
        }
        return text.ToString();
    }
}
