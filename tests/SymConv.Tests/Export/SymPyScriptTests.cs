using SymConv.Tests.Support;
using Xunit.Abstractions;

namespace SymConv.Tests.Export;

/// <summary>
/// Every example's SymPy script run by a real python3 with SymPy: SymPy multiplies M by x'
/// itself and must find y', so these check the library's arithmetic independently.
/// </summary>
public class SymPyScriptTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Layers()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var spec in Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(spec), [spec]);
        data.Add("bias-rows", [CliRunner.Example("seed.conv"), "--bias", "auto", "--rows", "0..1,6"]);
        data.Add("fractions-powers", ["--kernel", "[[[[alpha, -1/2], [b_{1,2}, 3x^2]]]]", "--input", "[[[1/3 2 x] [4 y 6] [7 8 lambda]]]", "--bias", "[1/7]"]);
        data.Add("strided-padded-groups", ["--kernel-shape", "4,1,3,3", "--input-shape", "2,5,5", "--groups", "2", "--stride", "2", "--padding", "1", "--bias", "auto"]);
        data.Add("transposed-dilated", ["--kernel-shape", "1,2,2,2", "--input-shape", "1,3,3", "--transposed", "--stride", "2", "--dilation", "2"]);
        // Issue 14: with --show U the script also checks U k' (+ b) = y'.
        data.Add("patches-seed", [CliRunner.Example("seed.conv"), "--show", "U"]);
        data.Add("patches-rows-bias-reflect", ["--kernel-shape", "2,2,3,3", "--input-shape", "2,4,4", "--padding", "1", "--padding-mode", "reflect", "--bias", "auto", "--rows", "0..3,20", "--show", "patches"]);
        data.Add("patches-padding-value-nhwc", ["--kernel-shape", "3,3,2,2", "--input-shape", "3,3,2", "--layout", "nhwc", "--kernel-layout", "hwio", "--padding", "1", "--padding-value", "v", "--bias", "auto", "--show", "im2col"]);
        data.Add("patches-transposed-groups", ["--kernel-shape", "2,1,2,2", "--input-shape", "2,2,3", "--transposed", "--groups", "2", "--stride", "2", "--bias", "auto", "--show", "U"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Script_rebuilds_the_layer_and_its_check_passes(string name, string[] layer)
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var outcome = CliRunner.Run([.. layer, "--format", "sympy"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var result = RunScript(python, outcome.Stdout);
        Assert.True(result.ExitCode == 0, $"{name}: the SymPy check failed:\n{result.Output}");
        Assert.Equal("ok\n", result.Output);
    }

    // No Mathematica here: SymPy's Mathematica parser reads the definitions instead and checks
    // what the file's own If[...] checks, so the 1-based indices and the notation are tested.
    [Theory]
    [MemberData(nameof(Layers))]
    public void Mathematica_definitions_read_back_and_check(string name, string[] layer)
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var outcome = CliRunner.Run([.. layer, "--format", "mathematica"]);
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "layer.wl"), outcome.Stdout);
            var checker = Path.Combine(AppContext.BaseDirectory, "Export", "MathematicaCheck.py");
            var result = ExternalTools.Run(python, [checker, "layer.wl"], folder, TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, $"{name}: the Mathematica definitions do not check:\n{result.Output}");
            Assert.Equal("ok\n", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("{1, 1} -> a,", "{1, 3} -> a,")]
    [InlineData("  a + 2*b + 4*c + 5*d,", "  a + 2*b + 4*c + 6*d,")]
    public void Mathematica_check_fails_when_an_entry_is_off(string right, string wrong)
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var definitions = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "mathematica").Stdout;
        var tampered = definitions.Replace(right, wrong, StringComparison.Ordinal);
        Assert.NotEqual(definitions, tampered);
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "layer.wl"), tampered);
            var checker = Path.Combine(AppContext.BaseDirectory, "Export", "MathematicaCheck.py");
            var result = ExternalTools.Run(python, [checker, "layer.wl"], folder, TimeSpan.FromMinutes(2));
            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("AssertionError", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // Symbols named like every name the script uses — the built-ins it calls, its module aliases
    // and its own variables — must not shadow them.
    [Fact]
    public void Script_runs_when_symbols_are_named_like_the_names_it_uses()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var outcome = CliRunner.Run("--kernel", "[[[[range, len, list, print], [sp, sys, hasattr, K], [x, M, C, rows], [bias, y, residual, x_{flat}]]]]",
            // x_{flat} would be mistaken for a generated input x_{c,h,w}, so those are named u.
            "--input-shape", "1,5,5", "--input-symbols", "u", "--bias", "[y_{flat}]", "--format", "sympy");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var result = RunScript(python, outcome.Stdout);
        Assert.True(result.ExitCode == 0, "the SymPy check failed:\n" + result.Output);
        Assert.Equal("ok\n", result.Output);
    }

    // (10^400 - 1)^11 has 4,400 digits, past the 4,300 Python 3.11 reads by default.
    [Fact]
    public void Script_runs_with_an_entry_of_4400_digits()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var nines = new string('9', 400);
        var outcome = CliRunner.Run("--kernel", $"[[[[({nines})^11, a]]]]", "--input", $"[[[x {nines}/7 2]]]", "--format", "sympy");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var result = RunScript(python, outcome.Stdout);
        Assert.True(result.ExitCode == 0, "the SymPy check failed:\n" + result.Output[..Math.Min(3000, result.Output.Length)]);
        Assert.Equal("ok\n", result.Output);
    }

    // Mathematica reads Subscript[w, 01] as Subscript[w, 1]: two symbols would become one. And a
    // symbol named like the file's own definitions must not be redefined by them.
    [Fact]
    public void Mathematica_keeps_leading_zero_subscripts_and_its_own_names_apart()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var outcome = CliRunner.Run("--kernel", "[[[[w_{01}, w_{1}], [convM, convXFlat]]]]", "--input", "[[[1 -1 0] [convK convYFlat convX] [convB convC convRows]]]",
            "--bias", "[convY]", "--format", "mathematica");
        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "layer.wl"), outcome.Stdout);
            var checker = Path.Combine(AppContext.BaseDirectory, "Export", "MathematicaCheck.py");
            var result = ExternalTools.Run(python, [checker, "layer.wl", "--symbols"], folder, TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, "the Mathematica definitions do not check:\n" + result.Output);
            // Every symbol of the layer, read back: eleven, the two w's among them.
            Assert.Equal("ok\n11 symbols\n", result.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Script_fails_when_an_output_neuron_is_wrong()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var script = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "sympy").Stdout;
        var wrong = script.Replace("    a + 2*b + 4*c + 5*d,", "    a + 2*b + 4*c + 6*d,", StringComparison.Ordinal);
        Assert.NotEqual(script, wrong);
        var result = RunScript(python, wrong);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("AssertionError", result.Output);
    }

    // The second check, U k' = y', is a check: an entry of U off by one fails it, M's check still passing.
    [Fact]
    public void Script_fails_when_an_entry_of_the_patch_matrix_is_wrong()
    {
        if (ExternalTools.Python(output) is not { } python) return;
        var script = CliRunner.Run(CliRunner.Example("seed.conv"), "--format", "sympy", "--show", "U").Stdout;
        var u = script.IndexOf("\nU = sp.SparseMatrix(", StringComparison.Ordinal);
        Assert.True(u > 0, script);
        var wrong = script[..u] + script[u..].Replace("    (0, 1): 2,", "    (0, 1): 3,", StringComparison.Ordinal);
        Assert.NotEqual(script, wrong);
        Assert.Equal("ok\n", RunScript(python, script).Output);
        var result = RunScript(python, wrong);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("patch_residual", result.Output);
    }

    private static ExternalTools.Result RunScript(string python, string script)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "layer.py"), script);
            return ExternalTools.Run(python, ["layer.py"], folder, TimeSpan.FromMinutes(2));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
