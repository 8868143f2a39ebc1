using CsCheck;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Tests.Parsing;

/// <summary>
/// The fast path for numeric tensors reads exactly what the grammar reads, and gives way to the
/// grammar for everything else, so messages stay the grammar's.
/// </summary>
public class NumericScannerTests
{
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[-999, 999].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Select(Gen.Int[-99, 99], Gen.Int[0, 9999]).Select(p => $"{p.Item1}.{p.Item2:D4}"),
        Gen.Select(Gen.Int[1, 9], Gen.Int[0, 9999], Gen.Int[-12, 12]).Select(p => $"{p.Item1}.{p.Item2:D4}e{(p.Item3 < 0 ? "-" : "+")}{Math.Abs(p.Item3):D2}"),
        Gen.Int[0, 99].Select(i => $".{i}"),
        Gen.Int[-9, 9].Select(i => $"{i}."),
        Gen.Select(Gen.Int[1, 99], Gen.Int[0, 20]).Select(p => $"{p.Item1}E{p.Item2}"),
        Gen.Const("-0."),
        Gen.Const("000123.4500"));

    private static readonly Gen<string> Space = Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n "), Gen.Const("\r\n\t"));

    // A regular tensor of random numbers, entries separated by spaces or commas, maybe printed by a framework.
    private static readonly Gen<string> Tensor =
        from dims in Gen.Int[1, 3].Array[1, 3]
        from commas in Gen.Bool
        from numbers in Number.Array[dims.Aggregate(1, (a, b) => a * b)]
        from space in Space
        from wrap in Gen.Int[0, 4]
        select Wrap(Brackets(dims, 0, numbers, commas, space, new int[1]), wrap);

    private static string Brackets(int[] dims, int level, string[] numbers, bool commas, string space, int[] next)
    {
        var parts = Enumerable.Range(0, dims[level]).Select(_ =>
            level == dims.Length - 1 ? numbers[next[0]++] : Brackets(dims, level + 1, numbers, commas, space, next)).ToList();
        return "[" + string.Join(commas ? "," + space : space, parts) + "]";
    }

    private static string Wrap(string tensor, int how) => how switch
    {
        1 => $"tensor({tensor})",
        2 => $"Parameter containing:\ntensor({tensor}, requires_grad=True)",
        3 => $"array({tensor}, dtype=float32)",
        4 => $"  {tensor}\n",
        _ => tensor,
    };

    private static string Read(Func<SourcePoint, int, SymbolTable, Tensor<Polynomial>> read, string text)
    {
        var symbols = new SymbolTable();
        var tensor = read(SourcePoint.StartOf("--input", text), text.Length, symbols);
        return tensor.Shape + ":" + string.Join(' ', tensor.Values.Select(v => PolynomialText.Format(v, symbols)));
    }

    private static string? Outcome(Func<SourcePoint, int, SymbolTable, Tensor<Polynomial>> read, string text)
    {
        try { return Read(read, text); }
        catch (InputException error) { return "error: " + error.Message; }
    }

    private static Tensor<Polynomial> Scanner(SourcePoint start, int length, SymbolTable symbols) =>
        NumericTensorScanner.TryRead(start, length, symbols) ?? throw new InputException("the scanner gave way");

    [Fact]
    public void The_scanner_reads_every_numeric_tensor_and_reads_it_as_the_grammar_does() =>
        Tensor.Sample(text => Read(Scanner, text) == Read(TensorReader.ReadByGrammar, text));

    [Fact]
    public void Whatever_the_scanner_accepts_the_grammar_reads_the_same_way() =>
        Gen.Select(Tensor, Gen.Int[0, 1000], Gen.OneOf(Gen.Char["[],. -+e|"], Gen.Const('a'), Gen.Const('\r'), Gen.Const('(')))
            .Sample(t =>
            {
                var (tensor, place, inserted) = t;
                var at = place % (tensor.Length + 1);
                var text = tensor[..at] + inserted + tensor[at..];
                var scanned = Outcome(Scanner, text);
                return scanned == "error: the scanner gave way" || scanned == Outcome(TensorReader.ReadByGrammar, text);
            }, iter: 3000);

    [Theory]
    [InlineData("[[1 2] [3 4]]")]
    [InlineData("[[1, -2.5], [3e-3, .5]]")]
    [InlineData("tensor([[ 1.0000, -1.0000],\n        [ 0.5000,  2.0000]], dtype=torch.float64, requires_grad=True)")]
    [InlineData("array([[1., 2.]], dtype=float32)")]
    [InlineData("[[ 1.   2. ]\n [ 3.  -4.5]]")]
    public void The_common_forms_take_the_fast_path(string text) =>
        Assert.NotNull(NumericTensorScanner.TryRead(SourcePoint.StartOf("--input", text), text.Length, new SymbolTable()));

    [Theory]
    [InlineData("[[1 2] [3]]")]
    [InlineData("[[1, 2], ]")]
    [InlineData("[1 - 2]")]
    [InlineData("[1,2 3]")]
    [InlineData("[a 2]")]
    [InlineData("[2e]")]
    [InlineData("[4e+5f]")]
    [InlineData("[1e00400]")]
    [InlineData("tensor([1.], size=(1,))")]
    [InlineData("[[]]")]
    public void Anything_else_is_left_to_the_grammar(string text) =>
        Assert.Null(NumericTensorScanner.TryRead(SourcePoint.StartOf("--input", text), text.Length, new SymbolTable()));

    [Fact]
    public void A_digit_run_past_the_limit_is_left_to_the_grammar_which_refuses_it()
    {
        var text = "[" + new string('0', 401) + "1]";
        Assert.Null(NumericTensorScanner.TryRead(SourcePoint.StartOf("--input", text), text.Length, new SymbolTable()));
        Assert.Throws<InputException>(() => TensorReader.Read("--input", text, new SymbolTable()));
    }
}
