using CsCheck;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Tests.Parsing;

/// <summary>
/// Any text whatever, as a spec file or a tensor, is read or refused with an InputException —
/// never another exception — in steps linear in its length.
/// </summary>
public class HostileTextTests
{
    private const int StepsPerCharacter = 8;

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.Char["[](){}=,#\n\r\t ab12.e-+_|*/^x"], Gen.Char["[]1 "], Gen.Const('k'))
            .Array[0, 80].Select(chars => new string(chars));

    private static readonly Gen<string> Spec =
        Gen.Select(Gen.OneOf(Gen.Const("kernel = "), Gen.Const("input = tensor("), Gen.Const("bias = Parameter containing:\n"), Gen.Const("")), Text)
            .Select(p => p.Item1 + p.Item2);

    // Any other exception, or a message of 4,000 characters or more, fails the property.
    private static bool ReadOrRefused(Action read)
    {
        try { read(); }
        catch (InputException error) when (error.Message.Length < 4000) { }
        return true;
    }

    [Fact]
    public void Any_spec_text_is_read_or_refused_cleanly_in_linear_steps() =>
        Spec.Sample(text =>
        {
            var before = ParseWork.Steps;
            var clean = ReadOrRefused(() =>
            {
                foreach (var entry in SpecGrammar.Read("fuzz.conv", text))
                    if (entry.Text.Length > 0 && TensorReader.StartsTensor(entry.At))
                        TensorReader.Read(entry.At, entry.Text.Length, new SymbolTable());
            });
            return clean && ParseWork.Steps - before <= StepsPerCharacter * (text.Length + 1) * 4;
        }, iter: 3000);

    [Fact]
    public void Any_tensor_text_is_read_or_refused_cleanly_in_linear_steps() =>
        Gen.Select(Gen.OneOf(Gen.Const("["), Gen.Const("[["), Gen.Const("tensor([")), Text).Sample(p =>
        {
            var text = p.Item1 + p.Item2;
            var before = ParseWork.Steps;
            var clean = ReadOrRefused(() => TensorReader.Read("--kernel", text, new SymbolTable()));
            return clean && ParseWork.Steps - before <= StepsPerCharacter * (text.Length + 1) * 4;
        }, iter: 3000);
}
