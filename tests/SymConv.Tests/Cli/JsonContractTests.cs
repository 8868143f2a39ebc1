using System.Numerics;
using System.Text.Json;
using SymConv.Algebra;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// The JSON output read back as another program would: with a JSON parser and nothing of ours
/// but the algebra, M·x' (+ b) rebuilt from "entries" must equal "output", and every "text"
/// must say what its "terms" say.
/// </summary>
public class JsonContractTests
{
    [Theory]
    [InlineData("--kernel-shape", "2,1,2,2", "--input", "[[[1 2 3] [4 5 6] [7 8 9]]]")]
    [InlineData("--kernel", "[[[[1/2 -a] [0.25 b^2]]]]", "--input-shape", "1,3,4", "--bias", "auto")]
    [InlineData("--kernel-shape", "4,1,3", "--input-shape", "2,7", "--stride", "2", "--padding", "1", "--groups", "2")]
    public void Entries_rebuild_the_output(params string[] args)
    {
        var outcome = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        using var document = JsonDocument.Parse(outcome.Stdout);
        var root = document.RootElement;
        var symbols = new SymbolTable();
        var input = root.GetProperty("input").EnumerateArray().Select(e => Read(e, symbols)).ToArray();
        var output = root.GetProperty("output").EnumerateArray().Select(e => Read(e, symbols)).ToArray();
        var matrix = root.GetProperty("matrix");
        var rows = matrix.GetProperty("rows").GetInt32();
        Assert.Equal(input.Length, matrix.GetProperty("cols").GetInt32());
        Assert.Equal(rows, output.Length);
        Assert.Equal(rows, root.GetProperty("output_shape").EnumerateArray().Aggregate(1, (p, d) => p * d.GetInt32()));

        var rebuilt = Enumerable.Repeat(Polynomial.Zero, rows).ToArray();
        var previous = (-1, -1);
        foreach (var entry in matrix.GetProperty("entries").EnumerateArray())
        {
            var (row, col) = (entry[0].GetInt32(), entry[1].GetInt32());
            Assert.True((row, col).CompareTo(previous) > 0, "entries are row-major without repeats");
            previous = (row, col);
            var value = Read(entry[2], symbols);
            Assert.False(value.IsZero, "entries are nonzeros only");
            rebuilt[row] += value * input[col];
        }
        if (root.GetProperty("bias").ValueKind == JsonValueKind.Array)
        {
            var bias = root.GetProperty("bias").EnumerateArray().Select(e => Read(e, symbols)).ToArray();
            var plane = rows / bias.Length;
            for (var r = 0; r < rows; r++) rebuilt[r] += bias[r / plane];
        }
        Assert.Equal(output, rebuilt);
    }

    // An EXPR's terms as a polynomial; its text must parse to the same polynomial.
    private static Polynomial Read(JsonElement expression, SymbolTable symbols)
    {
        var terms = new List<Term>();
        foreach (var term in expression.GetProperty("terms").EnumerateArray())
        {
            var coef = term.GetProperty("coef").GetString()!;
            var parts = coef.Split('/');
            var rational = parts.Length == 1 ? Rational.Of(BigInteger.Parse(parts[0])) : Rational.Of(BigInteger.Parse(parts[0]), BigInteger.Parse(parts[1]));
            var monomial = Monomial.One;
            foreach (var variable in term.GetProperty("vars").EnumerateObject())
                for (var i = 0; i < variable.Value.GetInt32(); i++)
                    monomial *= Monomial.Of(symbols.Intern(variable.Name));
            terms.Add(new Term(rational, monomial));
        }
        var value = Polynomial.FromTerms(terms);
        Assert.Equal(value, Entries.Evaluate(expression.GetProperty("text").GetString()!, symbols));
        return value;
    }
}
