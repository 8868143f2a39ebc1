using System.Text.Json;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Tests.Support;

namespace SymConv.Tests.Parsing;

/// <summary>
/// Tensors pasted as PyTorch and NumPy print them. Fixtures/printouts.json holds real printouts
/// that tests/pytorch/make_printouts.py had torch 1.13 and NumPy make, with their exact values;
/// CI reads the committed file and needs neither.
/// </summary>
public class PrintoutTests
{
    private sealed record Printout(string Name, string Text, int[] Shape, string[] Values, bool Summarised);

    private static readonly Lazy<Printout[]> Printouts = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "printouts.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("printouts").EnumerateArray().Select(p => new Printout(
            p.GetProperty("name").GetString()!,
            p.GetProperty("text").GetString()!,
            p.GetProperty("shape").EnumerateArray().Select(d => d.GetInt32()).ToArray(),
            p.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray(),
            p.GetProperty("summarised").GetBoolean())).ToArray();
    });

    private static Printout Named(string name) => Printouts.Value.Single(p => p.Name == name);

    public static TheoryData<string> Whole() => [.. Printouts.Value.Where(p => !p.Summarised).Select(p => p.Name)];

    public static TheoryData<string> Summarised() => [.. Printouts.Value.Where(p => p.Summarised).Select(p => p.Name)];

    private static string Values(Tensor<Polynomial> tensor, SymbolTable symbols) =>
        string.Join(' ', tensor.Values.Select(v => PolynomialText.Format(v, symbols)));

    [Theory]
    [MemberData(nameof(Whole))]
    public void A_printout_reads_as_the_exact_numbers_it_shows(string name)
    {
        var printout = Named(name);
        var symbols = new SymbolTable();
        var tensor = TensorReader.Read("--kernel", printout.Text, symbols);
        Assert.Equal(printout.Shape, Enumerable.Range(0, tensor.Shape.Rank).Select(d => tensor.Shape[d]));
        Assert.Equal(string.Join(' ', printout.Values), Values(tensor, symbols));
    }

    [Theory]
    [MemberData(nameof(Summarised))]
    public void A_summarised_printout_is_refused_with_how_to_print_it_whole(string name)
    {
        var printout = Named(name);
        var error = Assert.Throws<InputException>(() => TensorReader.Read("--input", printout.Text, new SymbolTable()));
        Assert.Equal("this tensor was printed in summary: '...' stands for entries that were left out", error.Message);
        Assert.Equal("print it whole: torch.set_printoptions(profile=\"full\") for PyTorch, np.set_printoptions(threshold=sys.maxsize) for NumPy, or print(t.tolist())", error.Hint);
        Assert.Equal(printout.Text.IndexOf("...", StringComparison.Ordinal), error.At!.Offset);
        Assert.Equal(1, error.At.Line);
    }

    [Fact]
    public void The_fixtures_cover_each_form()
    {
        foreach (var wanted in new[] { "tensor(", "dtype=torch.float64", "requires_grad=True", "Parameter containing:", "grad_fn=<", "array(", "dtype=float32", "e-02", "e+03" })
            Assert.Contains(Printouts.Value, p => p.Text.Contains(wanted, StringComparison.Ordinal));
        Assert.Contains(Printouts.Value, p => p.Text.StartsWith("[[1.0,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_printout_serves_as_kernel_in_a_spec_file_and_on_the_command_line()
    {
        var parameter = Named("torch Parameter").Text;
        var spec = TempFile.Write("kernel = " + parameter + "\ninput = " + Named("numpy print").Text.Replace("[[", "[[[").Replace("]]", "]]]") + "\n");
        var fromFile = CliRunner.Run(spec, "--show", "y'");
        Assert.Equal("", fromFile.Stderr);
        // K[0] = [[1/4, -1/2], [3/2, 2]] and K[1] = [[-1/8, 1/16], [3, -4]] on x = [[1, 2], [3, -9/2]]:
        // 1/4 - 1 + 9/2 - 9 = -21/4 and -1/8 + 1/8 + 9 + 18 = 27.
        Assert.EndsWith("y':\n[-21/4, 27]\n", fromFile.Stdout);
        var fromOption = CliRunner.Run("--kernel", parameter, "--input", "[[[1 2] [3 -4.5]]]", "--show", "y'");
        Assert.Equal(fromFile.Stdout, fromOption.Stdout);
    }

    [Fact]
    public void A_tensor_claim_may_be_a_printout()
    {
        var outcome = CliRunner.Run("check", "--kernel", "[[[[1 2]]]]", "--input", "[[[1 2 3]]]",
            "--claim", "y' = tensor([5., 8.], dtype=torch.float64)");
        Assert.Equal("", outcome.Stderr);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Theory]
    // PyTorch prints the device of a tensor on a GPU; this machine has none, so it is written by hand.
    [InlineData("tensor([[1., 2.]], device='cuda:0')", "1 2")]
    [InlineData("tensor([[1., 2.]], device='cuda:0', grad_fn=<AddBackward0>)", "1 2")]
    [InlineData("  tensor([[1.2346e-03, -2.5000e+02]])  ", "6173/5000000 -250")]
    [InlineData("array([[1, 2]])", "1 2")]
    public void Printouts_carry_their_keywords_and_are_read_as_printed(string text, string values)
    {
        var symbols = new SymbolTable();
        Assert.Equal(values, Values(TensorReader.Read("--kernel", text, symbols), symbols));
    }

    [Theory]
    [InlineData("tensor([[1., nan]])", "'nan' is not a finite number: a printed tensor holds numbers", 14)]
    [InlineData("tensor([[1., -inf]])", "'inf' is not a finite number: a printed tensor holds numbers", 15)]
    [InlineData("tensor([[1., 2.]], size=(1, 2))", "'size' is not read in a printed tensor(…): it may carry dtype, device, requires_grad, grad_fn", 20)]
    [InlineData("array([[1., 2.]], requires_grad=True)", "'requires_grad' is not read in a printed array(…): it may carry dtype", 19)]
    [InlineData("tensor([[1., 2.]]", "unexpected end of text; expected ')' or a keyword such as dtype=", 18)]
    [InlineData("[[1 2 ... 9]]", "this tensor was printed in summary: '...' stands for entries that were left out", 7)]
    public void A_bad_printout_is_refused_where_it_goes_wrong(string text, string message, int column)
    {
        var error = Assert.Throws<InputException>(() => TensorReader.Read("--kernel", text, new SymbolTable()));
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.At!.Column);
    }
}
