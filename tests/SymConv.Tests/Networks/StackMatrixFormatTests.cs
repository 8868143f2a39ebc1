using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SymConv.Algebra;
using SymConv.Networks;
using SymConv.Tests.Reference;
using SymConv.Tests.Support;

namespace SymConv.Tests.Networks;

/// <summary>
/// M_total of a stack with numeric weights in every format the stack is written in, read back from
/// the printed text and compared with the product the plain reference convolution of the tests
/// gives (applied layer after layer to each unit input): each format must print the same matrix.
/// </summary>
public sealed partial class StackMatrixFormatTests
{
    // Two 2-D convolutions, the first padding, the second strided, with negative and fractional weights.
    private const string Spec = """
        layers = [nn.Conv2d(1, 2, 2, padding=1), nn.Conv2d(2, 1, 2, stride=2)]
        kernel[0] = [[[[1 -2] [0 3]]] [[[2 1] [-1 0]]]]
        bias[0] = [1 2]
        kernel[1] = [[[[1/2 -3] [2 1]] [[1 0] [-1 1/3]]]]
        bias[1] = [5]
        input-shape = 1,3,3
        """;

    private static readonly ReferenceSpec Padded = new([1, 1], null, [1, 1], "zeros", [1, 1], 1, false, [0, 0], false);
    private static readonly ReferenceSpec Strided = new([2, 2], null, [0, 0], "zeros", [1, 1], 1, false, [0, 0], false);

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("latex")]
    [InlineData("markdown")]
    [InlineData("sympy")]
    [InlineData("mathematica")]
    [InlineData("csv")]
    public void Every_format_prints_the_product_of_the_layers_maps(string format)
    {
        var expected = ReferenceProduct();
        var outcome = CliRunner.Run(TempFile.Write(Spec.Replace("\r", "", StringComparison.Ordinal) + "\n"), "--format", format, "--show", "M");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var printed = Read(format, outcome.Stdout, expected.GetLength(0), expected.GetLength(1));
        for (var r = 0; r < expected.GetLength(0); r++)
            for (var c = 0; c < expected.GetLength(1); c++)
                Assert.True(expected[r, c] == printed[r, c], $"{format}: M_total[{r},{c}] is printed {printed[r, c]}, the reference gives {expected[r, c]}");
    }

    [Theory]
    [InlineData("svg", @"<rect class=""e\d+"" x=""(\d+)"" y=""(\d+)"" width=""1"" height=""1""")]
    [InlineData("tikz", @"\\fill\[symconv[0-9A-F]{6}\] \((\d+),(\d+)\) rectangle")]
    public void Every_picture_has_a_cell_at_each_nonzero_of_the_product_and_nowhere_else(string format, string cell)
    {
        var expected = ReferenceProduct();
        var outcome = CliRunner.Run(TempFile.Write(Spec.Replace("\r", "", StringComparison.Ordinal) + "\n"), "--format", format);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var drawn = Regex.Matches(outcome.Stdout, cell).Select(m => (Row: int.Parse(m.Groups[2].Value), Column: int.Parse(m.Groups[1].Value))).Order().ToList();
        var nonzero = new List<(int Row, int Column)>();
        for (var r = 0; r < expected.GetLength(0); r++)
            for (var c = 0; c < expected.GetLength(1); c++)
                if (!expected[r, c].IsZero) nonzero.Add((r, c));
        Assert.Equal(nonzero, drawn);
    }

    // Column j of M_total is the stack (biases left out) applied to the j-th unit input.
    private static Polynomial[,] ReferenceProduct()
    {
        var weighted = StackReader.Read([.. ParsedEntries()]);
        var columns = (int)weighted.Input.Shape.Size;
        var rows = (int)weighted.TotalOutput.Size;
        var product = new Polynomial[rows, columns];
        for (var j = 0; j < columns; j++)
        {
            var unit = Enumerable.Repeat(Polynomial.Zero, columns).ToArray();
            unit[j] = Polynomial.One;
            var column = StackReferenceTests.Reference(weighted, [Padded, Strided], unit, biases: false).Values;
            for (var r = 0; r < rows; r++) product[r, j] = column[r];
        }
        return product;
    }

    private static IEnumerable<SymConv.Parsing.SpecEntry> ParsedEntries()
    {
        foreach (var line in Spec.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var (key, value) = (line[..line.IndexOf(" = ", StringComparison.Ordinal)], line[(line.IndexOf(" = ", StringComparison.Ordinal) + 3)..]);
            yield return new SymConv.Parsing.SpecEntry(key, value, SymConv.Model.SourcePoint.StartOf(key, value));
        }
    }

    private static Polynomial[,] Read(string format, string output, int rows, int columns)
    {
        var matrix = new Polynomial[rows, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++) matrix[r, c] = Polynomial.Zero;
        void Set(int r, int c, string number) => matrix[r, c] = Polynomial.Constant(Number(number));
        switch (format)
        {
            case "text":
                var body = output[(output.IndexOf("M_total:\n[\n", StringComparison.Ordinal) + "M_total:\n[\n".Length)..];
                var lines = body[..body.IndexOf("\n]\n", StringComparison.Ordinal)].Split('\n');
                Assert.Equal(rows, lines.Length);
                for (var r = 0; r < rows; r++)
                {
                    var cells = lines[r].Trim('[', ']').Split([' ', ',', '|'], StringSplitOptions.RemoveEmptyEntries);
                    Assert.Equal(columns, cells.Length);
                    for (var c = 0; c < columns; c++) Set(r, c, cells[c]);
                }
                break;
            case "json":
                using (var json = JsonDocument.Parse(output))
                {
                    var m = json.RootElement.GetProperty("matrix");
                    Assert.Equal(rows, m.GetProperty("rows").GetInt32());
                    Assert.Equal(columns, m.GetProperty("cols").GetInt32());
                    foreach (var entry in m.GetProperty("entries").EnumerateArray())
                    {
                        var term = Assert.Single(entry[2].GetProperty("terms").EnumerateArray());
                        Assert.Empty(term.GetProperty("vars").EnumerateObject());
                        Set(entry[0].GetInt32(), entry[1].GetInt32(), term.GetProperty("coef").GetString()!);
                    }
                }
                break;
            case "latex" or "markdown":
                var array = LatexArray().Match(output);
                Assert.True(array.Success, output);
                var latexRows = array.Groups[1].Value.Split(@"\\").Select(l => l.Replace(@"\hline", "", StringComparison.Ordinal).Trim()).Where(l => l.Length > 0).ToArray();
                Assert.Equal(rows, latexRows.Length);
                for (var r = 0; r < rows; r++)
                {
                    var cells = latexRows[r].Split('&');
                    Assert.Equal(columns, cells.Length);
                    for (var c = 0; c < columns; c++) Set(r, c, LatexFraction().Replace(cells[c].Trim(), "$1/$2"));
                }
                break;
            case "sympy":
                Assert.Contains($"M_total = sp.SparseMatrix({rows}, {columns}, {{", output, StringComparison.Ordinal);
                foreach (Match entry in SymPyEntry().Matches(output))
                    Set(int.Parse(entry.Groups[1].Value), int.Parse(entry.Groups[2].Value),
                        entry.Groups[3].Value + (entry.Groups[4].Success ? entry.Groups[4].Value + "/" + entry.Groups[5].Value : entry.Groups[6].Value));
                break;
            case "mathematica":
                Assert.Contains($"}}, {{{rows}, {columns}}}];", output, StringComparison.Ordinal);
                foreach (Match entry in MathematicaEntry().Matches(output))
                    Set(int.Parse(entry.Groups[1].Value) - 1, int.Parse(entry.Groups[2].Value) - 1, entry.Groups[3].Value);
                break;
            case "csv":
                var csvRows = output.TrimEnd('\n').Split('\n');
                Assert.Equal(rows, csvRows.Length);
                for (var r = 0; r < rows; r++)
                {
                    var cells = csvRows[r].Split(',');
                    Assert.Equal(columns, cells.Length);
                    for (var c = 0; c < columns; c++) Set(r, c, cells[c]);
                }
                break;
            default:
                throw new ArgumentException(format);
        }
        return matrix;
    }

    // An integer, p/q or a terminating decimal, exactly.
    private static Rational Number(string text)
    {
        text = text.Trim();
        if (text.Contains('/', StringComparison.Ordinal))
        {
            var parts = text.Split('/');
            return Rational.Of(BigInteger.Parse(parts[0]), BigInteger.Parse(parts[1]));
        }
        var point = text.IndexOf('.', StringComparison.Ordinal);
        if (point < 0) return Rational.Of(BigInteger.Parse(text));
        var digits = text.Length - point - 1;
        return Rational.Of(BigInteger.Parse(text.Remove(point, 1)), BigInteger.Pow(10, digits));
    }

    [GeneratedRegex(@"\\begin\{array\}\{[c|]+\}(.*?)\\end\{array\}", RegexOptions.Singleline)]
    private static partial Regex LatexArray();

    [GeneratedRegex(@"\\frac\{(\d+)\}\{(\d+)\}")]
    private static partial Regex LatexFraction();

    [GeneratedRegex(@"\((\d+), (\d+)\): (-?)(?:sp\.Rational\((\d+), (\d+)\)|(\d+))")]
    private static partial Regex SymPyEntry();

    [GeneratedRegex(@"\{(\d+), (\d+)\} -> (-?\d+(?:/\d+)?)")]
    private static partial Regex MathematicaEntry();
}
