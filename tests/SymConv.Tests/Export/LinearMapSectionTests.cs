using System.Text.Json;
using SymConv.Algebra;
using SymConv.Convolution;
using SymConv.Export;
using SymConv.Export.Sections;
using SymConv.LinearMaps;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// The writers over ILinearMap, at the library level: a plain dense map with M's entries renders as M
/// does in every format, the report's M and y' are the section writers' output, and a hand-written
/// 3×5 map that is no convolution renders as written out here.
/// </summary>
public class LinearMapSectionTests(ITestOutputHelper log)
{
    private static ConvolutionMatrix Seed() => Layers.Matrix(
        ("kernel", "[[[[a, b], [c, d]]], [[[e, f], [g, h]]]]"), ("input", "[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]"), ("bias", "[p, q]"));

    private static string Written(Action<TextWriter> write)
    {
        var output = new StringWriter { NewLine = "\n" };
        write(output);
        return output.ToString();
    }

    public static TheoryData<string> Formats => new(SectionWriters.Names);

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_dense_map_with_M_s_entries_renders_as_M_does(string format)
    {
        var matrix = Seed();
        var dense = DenseMap.Copy(matrix);
        string Render(ILinearMap map) => Written(w =>
            SectionWriters.Find(format, matrix.Layer.Symbols)!.WriteMatrix(new MatrixSection("M", map) { RowBlock = 4, ColumnBlock = 3 }, w));
        Assert.Equal(Render(matrix), Render(dense));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Y_prime_of_a_dense_map_renders_as_the_layer_s_fast_y_prime(string format)
    {
        var matrix = Seed();
        var dense = DenseMap.Copy(matrix);
        string Render(AffineVector vector) => Written(w =>
            SectionWriters.Find(format, matrix.Layer.Symbols)!.WriteVector(new AffineVectorSection("y'", vector) { Sum = "M x' + b" }, w));
        Assert.Equal(Render(AffineVector.Of(matrix)), Render(new AffineVector(dense, matrix.Layer.Input.Values)));
    }

    [Fact]
    public void The_report_s_M_and_y_prime_are_the_text_section_writer_s()
    {
        var matrix = Seed();
        var report = new Report(matrix, new ReportOptions { Sections = [Section.Matrix, Section.OutputVector] });
        var whole = Written(w => new TextReportWriter().Write(report, w));
        var sections = new TextSectionWriter(matrix.Layer.Symbols);
        var m = Written(w => sections.WriteMatrix(report.MatrixSection, w));
        var y = Written(w => sections.WriteVector(report.OutputSection, w));
        Assert.EndsWith("\n\n" + m + "\n" + y, whole);
        Assert.StartsWith("M:\n[\n[a b 0|c d 0|0 0 0]\n", m);
        Assert.StartsWith("y' = M x' + b:\n[1a+2b+4c+5d+p, ", y);
    }

    // A =
    //   [1   0 | a  0 | 0  ]
    //   [0   0 | 0  0 | 0  ]
    //   [0  2b | 0 -1 | a+b]
    // with c = (0, 7, c) and bars after every two columns.
    private static (DenseMap Map, SymbolTable Symbols, Polynomial[] X) HandWritten()
    {
        var symbols = new SymbolTable();
        Polynomial a = symbols.Symbol("a"), b = symbols.Symbol("b"), c = symbols.Symbol("c");
        var zero = Polynomial.Zero;
        Polynomial N(int n) => Polynomial.Constant(n);
        var entries = new[,]
        {
            { N(1), zero, a, zero, zero },
            { zero, zero, zero, zero, zero },
            { zero, N(2) * b, zero, N(-1), a + b },
        };
        var x = Enumerable.Range(0, 5).Select(i => symbols.Symbol($"x_{i}")).ToArray();
        return (new DenseMap(entries, [zero, N(7), c]), symbols, x);
    }

    [Fact]
    public void A_three_by_five_map_renders_in_text_with_its_bars()
    {
        var (map, symbols, _) = HandWritten();
        var text = Written(w => new TextSectionWriter(symbols).WriteMatrix(new MatrixSection("A", map) { ColumnBlock = 2 }, w));
        Assert.Equal("A:\n[\n[1, 0|a, 0|0]\n[0, 0|0, 0|0]\n[0, 2b|0, -1|a+b]\n]\n", text);
    }

    [Fact]
    public void Chosen_rows_of_a_map_are_named_in_the_text_heading()
    {
        var (map, symbols, _) = HandWritten();
        var text = Written(w => new TextSectionWriter(symbols).WriteMatrix(new MatrixSection("A", map) { Rows = [new(2, 2)] }, w));
        Assert.Equal("A, rows 2:\n[\n[0, 2b, 0, -1, a+b]\n]\n", text);
    }

    [Fact]
    public void A_three_by_five_map_renders_in_JSON_as_its_nonzeros_row_major()
    {
        var (map, symbols, _) = HandWritten();
        var json = Written(w => new JsonSectionWriter(symbols).WriteMatrix(new MatrixSection("A", map), w));
        Assert.Equal(
            "{\n  \"label\": \"A\",\n  \"rows_shown\": null,\n  \"matrix\": {\"rows\": 3, \"cols\": 5, \"entries\": [\n" +
            "    [0, 0, {\"text\": \"1\", \"terms\": [{\"coef\": \"1\", \"vars\": {}}]}],\n" +
            "    [0, 2, {\"text\": \"a\", \"terms\": [{\"coef\": \"1\", \"vars\": {\"a\": 1}}]}],\n" +
            "    [2, 1, {\"text\": \"2b\", \"terms\": [{\"coef\": \"2\", \"vars\": {\"b\": 1}}]}],\n" +
            "    [2, 3, {\"text\": \"-1\", \"terms\": [{\"coef\": \"-1\", \"vars\": {}}]}],\n" +
            "    [2, 4, {\"text\": \"a+b\", \"terms\": [{\"coef\": \"1\", \"vars\": {\"a\": 1}}, {\"coef\": \"1\", \"vars\": {\"b\": 1}}]}]\n" +
            "  ]}\n}\n", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(5, parsed.RootElement.GetProperty("matrix").GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public void A_three_by_five_map_renders_in_LaTeX_as_an_array_with_its_rules()
    {
        var (map, symbols, _) = HandWritten();
        var tex = Written(w => new SymConv.Export.Latex.LatexSectionWriter(symbols).WriteMatrix(new MatrixSection("A", map) { RowBlock = 2, ColumnBlock = 2 }, w));
        Assert.EndsWith(
            "\n% A\n\\symconvfit{A = \\left[\\begin{array}{cc|cc|c}\n" +
            "  1 & 0 & a & 0 & 0 \\\\\n" +
            "  0 & 0 & 0 & 0 & 0 \\\\ \\hline\n" +
            "  0 & 2b & 0 & -1 & a + b\n" +
            "\\end{array}\\right]}\n", tex);
        Assert.StartsWith(SymConv.Export.Latex.LatexReportWriter.FitMacro, tex);
    }

    [Fact]
    public void Y_prime_of_a_three_by_five_map_is_A_x_prime_plus_c()
    {
        var (map, symbols, x) = HandWritten();
        var a = symbols.Symbol("a");
        var b = symbols.Symbol("b");
        var c = symbols.Symbol("c");
        // Row by row from the picture above.
        Polynomial[] expected = [x[0] + a * x[2], Polynomial.Constant(7), Polynomial.Constant(2) * b * x[1] - x[3] + (a + b) * x[4] + c];
        var vector = new AffineVector(map, x);
        Assert.Equal(expected, Enumerable.Range(0, 3).Select(i => vector.Entry(i)));
        var text = Written(w => new TextSectionWriter(symbols).WriteVector(new AffineVectorSection("z'", vector) { Sum = "A x' + c" }, w));
        Assert.Equal("z' = A x' + c:\n[" + string.Join(", ", expected.Select(e => PolynomialText.Format(e, symbols))) + "]\n", text);
        var lines = Written(w => new TextSectionWriter(symbols, new ReportOptions { OnePerLine = true }).WriteVector(new AffineVectorSection("z'", vector), w));
        Assert.Equal("z':\nz'[0] = " + PolynomialText.Format(expected[0], symbols) + "\nz'[1] = 7\nz'[2] = " + PolynomialText.Format(expected[2], symbols) + "\n", lines);
    }

    [Fact]
    public void A_map_too_big_to_show_densely_is_refused_before_anything_is_written()
    {
        var matrix = Layers.Matrix(("kernel-shape", "1,1,3,3"), ("input-shape", "1,1100,1100"));
        var output = new StringWriter();
        Assert.Throws<SymConv.Model.InputException>(() => new TextSectionWriter(matrix.Layer.Symbols).WriteMatrix(new MatrixSection("M", matrix), output));
        Assert.Equal("", output.ToString());
    }

    // SymPy, not SymConv, multiplies A by x' here: the script the section writer writes must
    // define A and z' so that A x' + c = z'.
    [Fact]
    public void The_SymPy_sections_of_a_map_and_its_vector_check_in_SymPy()
    {
        if (ExternalTools.Python(log) is not { } python) return;
        var (map, symbols, x) = HandWritten();
        var writer = new SymConv.Export.Code.SymPySectionWriter(symbols);
        var script = Written(w =>
        {
            writer.WriteMatrix(new MatrixSection("A", map), w);
            writer.WriteVector(new AffineVectorSection("z'", new AffineVector(map, x)), w);
        });
        Assert.Contains("A = sp.SparseMatrix(3, 5, {", script);
        script += "\nresidual = (A * sp.Matrix([x_0, x_1, x_2, x_3, x_4]) + sp.Matrix([0, 7, c]) - z).expand()\n" +
            "assert residual == sp.zeros(3, 1), residual\nprint(\"ok\")\n";
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "map.py"), script);
            var result = ExternalTools.Run(python, ["map.py"], folder, TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, script + "\n" + result.Output);
            Assert.Equal("ok\n", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
