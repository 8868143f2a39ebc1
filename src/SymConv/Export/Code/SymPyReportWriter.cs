using System.Globalization;
using System.Text;
using SymConv.Algebra;
using SymConv.Model;

namespace SymConv.Export.Code;

/// <summary>
/// A Python script that rebuilds the layer with SymPy — K, x, x', M (a SparseMatrix), b, y' and
/// y — and, when run, asserts M x' (+ b) = y' and x' = flatten(x) exactly, then prints "ok". So
/// SymPy, not SymConv, has the last word on every y'. The whole layer is written whatever --show
/// says, since the check needs it; --rows restricts M and y'. With --show naming U, the patch matrix
/// U(x) and k' are written too, and the script also asserts U k' (+ b) = y'.
/// </summary>
internal sealed class SymPyReportWriter : IReportWriter
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        // Python's keywords and soft keywords, and the script's own names.
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type",
        // Every name the script itself uses, its own and the built-ins it calls: a symbol named
        // like one gets a trailing underscore, so the script's calls still reach what they mean.
        "sp", "sys", "print", "range", "len", "list", "hasattr",
        "K", "x", "x_flat", "M", "C", "rows", "bias", "bias_rows", "y_flat", "y", "residual",
        "U", "k_flat", "patch_residual",
    };

    // Python 3.11 refuses to read an integer of more than 4,300 digits from source or a string
    // unless the limit is raised; numbers this long are written as digit strings the script
    // converts after raising it, so a huge exact entry still runs.
    private const int LongNumberDigits = 4000;

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        var layer = report.Layer;
        var g = report.Geometry;
        var names = Names(report.Symbols);
        string Code(Polynomial value) => Expression(value, names);

        output.Write("# " + report.Title + "\n");
        output.Write("# Written by symconv. Run it with python3 (needs SymPy): it rebuilds the layer and checks\n");
        output.Write("# that " + report.OutputSum + " = y' exactly, printing \"ok\".\n");
        output.Write("import sys\n\nimport sympy as sp\n\n");
        output.Write("# Python 3.11 reads integers of at most 4300 digits unless told otherwise; this layer's may be longer.\n");
        output.Write("if hasattr(sys, \"set_int_max_str_digits\"):\n    sys.set_int_max_str_digits(0)\n\n");
        for (var id = 0; id < names.Count; id++)
            output.Write($"{names[id]} = sp.Symbol({PythonString(report.Symbols.NameOf(id))})\n");
        if (names.Count > 0) output.Write('\n');

        output.Write($"# K: the kernel, shape {Tuple(g.KernelShape.Dims)}\n");
        output.Write("K = sp.Array(" + NestedList.Format(layer.Kernel.Shape, i => Code(layer.Kernel[i]), '[', ']') + ")\n");
        output.Write($"# x: the input, shape {Tuple(g.InputShape.Dims)}\n");
        output.Write("x = sp.Array(" + NestedList.Format(layer.Input.Shape, i => Code(layer.Input[i]), '[', ']') + ")\n");
        output.Write("# x': the input flattened\n");
        output.Write("x_flat = sp.Matrix([" + string.Join(", ", layer.Input.Values.Select(Code)) + "])\n");

        var rows = report.SelectedRows.ToList();
        output.Write("# The rows of M and y' written here\n");
        output.Write(report.AllRows ? $"rows = list(range({Integer(report.Matrix.Rows)}))\n" : "rows = [" + string.Join(", ", rows.Select(Integer)) + "]\n");
        output.Write($"# M: {Integer(rows.Count)} of its {Integer(report.Matrix.Rows)} rows, as {{(row, column): entry}} with rows counted in `rows`\n");
        output.Write($"M = sp.SparseMatrix({Integer(rows.Count)}, {Integer(report.Matrix.Columns)}, {{");
        var any = CodeListing.WriteLines(output, CodeListing.Entries(report.MatrixSection.Map, rows).Select(e => Entry(e, Code)), "    ");
        output.Write(any ? "\n})\n" : "})\n");
        if (report.Twin is { } twin && report.AllRows)
        {
            output.Write("# C: the matrix of the matching forward convolution; M = C^T\n");
            output.Write($"C = sp.SparseMatrix({Integer(twin.Rows)}, {Integer(twin.Columns)}, {{");
            any = CodeListing.WriteLines(output, CodeListing.Entries(twin, RowNumbers.Below(twin.Rows)).Select(e => Entry(e, Code)), "    ");
            output.Write(any ? "\n})\n" : "})\n");
        }
        if (layer.Bias is { } bias)
        {
            output.Write("# b: one bias per output channel\n");
            output.Write("bias = sp.Array([" + string.Join(", ", bias.Values.Select(Code)) + "])\n");
            output.Write(g.Layout == DataLayout.ChannelsLast
                ? $"bias_rows = sp.Matrix([bias[r % {Integer(g.OutChannels)}] for r in rows])\n"
                : $"bias_rows = sp.Matrix([bias[r // {Integer(g.OutputPlane)}] for r in rows])\n");
        }
        if (report.Matrix.HasPaddingTerm)
        {
            output.Write($"# p: the padding term of those rows: the padding reads {Code(layer.PaddingValue)}, times the kernel entries on the padding\n");
            output.Write("p = sp.Matrix([");
            output.Write(CodeListing.WriteLines(output, rows.Select(row => Code(report.Matrix.PaddingTerm(row))), "    ") ? "\n])\n" : "])\n");
        }
        var patches = report.Sections.Contains(Section.PatchMatrix);
        if (patches)
        {
            var u = report.PatchSection.Map;
            output.Write($"# U: the patch matrix of those rows, y' = U k'{(layer.Bias is null ? "" : " + b")}: one column per kernel entry, counted in k'\n");
            output.Write($"U = sp.SparseMatrix({Integer(rows.Count)}, {Integer(u.Columns)}, {{");
            any = CodeListing.WriteLines(output, CodeListing.Entries(u, rows).Select(e => Entry(e, Code)), "    ");
            output.Write(any ? "\n})\n" : "})\n");
            output.Write("# k': the kernel flattened as it is laid out\nk_flat = sp.Matrix(sp.flatten(K.tolist()))\n");
        }
        output.Write("# y': the output neurons of those rows\n");
        output.Write("y_flat = sp.Matrix([");
        output.Write(CodeListing.WriteLines(output, rows.Select(row => Code(report.Output(row))), "    ") ? "\n])\n" : "])\n");
        if (report.AllRows)
            output.Write($"# y: y' reshaped to the output's shape {Tuple(g.OutputShape.Dims)}\ny = sp.Array(list(y_flat)).reshape({string.Join(", ", g.OutputShape.Dims.Select(d => Integer(d)))})\n");

        output.Write("\nassert sp.Matrix(sp.flatten(x.tolist())) == x_flat, \"x' is not x flattened\"\n");
        output.Write("residual = (M * x_flat" + (report.Matrix.HasPaddingTerm ? " + p" : "") + (layer.Bias is null ? "" : " + bias_rows") + " - y_flat).expand()\n");
        output.Write("assert residual == sp.zeros(len(rows), 1), residual\n");
        if (patches)
        {
            output.Write("patch_residual = (U * k_flat" + (layer.Bias is null ? "" : " + bias_rows") + " - y_flat).expand()\n");
            output.Write("assert patch_residual == sp.zeros(len(rows), 1), patch_residual\n");
        }
        if (report.Twin is not null && report.AllRows)
            output.Write("assert M == C.T, \"M is not the transpose of the forward matrix C\"\n");
        output.Write("print(\"ok\")\n");
    }

    private static string Integer(long value) => CodeListing.Integer(value);

    // One entry of a SparseMatrix's dictionary, counted from 0: (1, 4): a.
    private static string Entry((long Row, long Column, Polynomial Value) entry, Func<Polynomial, string> code) =>
        $"({Integer(entry.Row)}, {Integer(entry.Column)}): {code(entry.Value)}";

    private static string Tuple(IReadOnlyList<int> dims) => "(" + string.Join(", ", dims.Select(d => Integer(d))) + (dims.Count == 1 ? ",)" : ")");

    /// <summary>Python names for the symbols: w_{0,1} becomes w_0_1; clashes get a trailing underscore.</summary>
    internal static IReadOnlyList<string> Names(SymbolTable symbols)
    {
        var taken = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var names = new List<string>(symbols.Count);
        for (var id = 0; id < symbols.Count; id++)
        {
            var name = new StringBuilder();
            foreach (var c in symbols.NameOf(id))
            {
                if (char.IsAsciiLetterOrDigit(c) || c == '_') name.Append(c);
                else if (c == ',') name.Append('_');
            }
            if (name.Length == 0 || char.IsAsciiDigit(name[0])) name.Insert(0, "s_");
            var candidate = name.ToString();
            while (!taken.Add(candidate)) candidate += "_";
            names.Add(candidate);
        }
        return names;
    }

    /// <summary>A polynomial as a Python expression over the symbol names: 2*a - sp.Rational(1, 2)*b**2.</summary>
    internal static string Expression(Polynomial value, IReadOnlyList<string> names) =>
        CodeListing.Expression(value, names, Number, "**");

    // A bare integer stays a Python int: sp.Matrix and sp.Array make it exact, and the script never divides.
    private static string Number(Rational magnitude) => magnitude.IsInteger
        ? Digits(magnitude.Numerator)
        : $"sp.Rational({Digits(magnitude.Numerator)}, {Digits(magnitude.Denominator)})";

    // Digits, or past LongNumberDigits a string of them that sp.Integer reads once the script has
    // lifted Python's limit (a literal that long would stop the script before its first line runs).
    private static string Digits(System.Numerics.BigInteger value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return digits.Length <= LongNumberDigits ? digits : $"sp.Integer('{digits}')";
    }

    internal static string PythonString(string text)
    {
        var quoted = new StringBuilder("'");
        foreach (var c in text)
        {
            if (c is '\\' or '\'') quoted.Append('\\').Append(c);
            else if (c < ' ' || c > '~') quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else quoted.Append(c);
        }
        return quoted.Append('\'').ToString();
    }
}
