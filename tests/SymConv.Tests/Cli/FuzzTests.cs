using CsCheck;
using SymConv.Cli;
using SymConv.Tests.Support;

namespace SymConv.Tests.Cli;

/// <summary>
/// Hostile input, generated: mutations of the example specs, of valid option values and of the
/// seed's claims, run through the whole command in-process. Whatever comes in, the outcome is
/// clean — exit 0, 1 or 2, a message a person can read (under 4,000 characters), never an
/// internal error or an exception out of App.Run — and every case ends. The per-case limit only
/// detects a hang; it says nothing about speed.
/// </summary>
public class FuzzTests
{
    // A few seconds in the suite; SYMCONV_FUZZ_CASES=20000 for a longer hunt.
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("SYMCONV_FUZZ_CASES"), out var n) ? n : 1000;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private static readonly string[] Specs = Directory.GetFiles(CliRunner.ExamplesFolder, "*.conv").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly string SeedSpec = File.ReadAllText(CliRunner.Example("seed.conv"));

    private static readonly string SeedClaims = File.ReadAllText(CliRunner.Example("seed-claims.txt"));

    // What a mutation inserts: the language's own punctuation, brackets left open by the dozen,
    // numbers at the edges, symbols, other keys' lines, and characters from outside ASCII.
    private static readonly string[] Fragments =
    [
        "[", "]", "[[[[", "]]]]", "[[[[[[[[[[[[[[[[[[[[[[[[", "((((((((((((", "(", ")", "{", "}", "=", "#", ",", ";", ":", "|", "..", "^", "^2", "-", "+", "*", "/", "'", "\"",
        " ", "\t", "\n", "\r", "\r\n", "\\", "_", "0", "1", "2", "7", "-1", "3/4", "0.5", "1e3", "1/0", "00",
        "99999999999999999999", "2147483648", "a", "z", "b_0", "w_{0,1}", "x_{0,1,1}", "alpha", "y'", "é", "∞", "\u00a0",
        "stride = 2", "padding = same", "padding = 1", "groups = 2", "dilation = 2", "transposed = true", "bias = auto",
        "padding-mode = reflect", "padding-mode = circular", "output-padding = 1", "flip = true", "kernel = ", "input = ",
        "kernel-shape = 1,1,2,2", "input-shape = 1,3,3", "show = all", "rows = 0..1", "claim = y'[0] = a", "format = json",
    ];

    private sealed record Mutation(int Kind, int At, int Length, int Fragment);

    private static readonly Gen<Mutation> AnyMutation =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 1 << 20], Gen.Int[1, 8], Gen.Int[0, Fragments.Length - 1])
            .Select(m => new Mutation(m.Item1, m.Item2, m.Item3, m.Item4));

    private static string Apply(string text, Mutation[] mutations)
    {
        foreach (var m in mutations)
        {
            var at = text.Length == 0 ? 0 : m.At % (text.Length + 1);
            var length = Math.Min(m.Length, text.Length - at);
            text = m.Kind switch
            {
                0 => text.Remove(at, length),
                1 => text.Insert(at, Fragments[m.Fragment]),
                2 => text.Insert(at, text.Substring(at, length)),
                3 => text.Remove(at, length).Insert(at, Fragments[m.Fragment]),
                _ => text[..at],
            };
        }
        return text;
    }

    private static Gen<string> Mutated(Gen<string> text, int most) =>
        Gen.Select(text, AnyMutation.Array[0, most]).Select(t => Apply(t.Item1, t.Item2));

    private static Gen<string> MutatedValue(params string[] values) =>
        Gen.Frequency((5, Gen.OneOfConst(values)), (1, Mutated(Gen.OneOfConst(values), 2)));

    // Options with values that are valid, at the edges, or a little broken.
    private static readonly (string Option, Gen<string> Value)[] Options =
    [
        ("--stride", MutatedValue("1", "2", "1,2", "0", "-1", "3,3,3")),
        ("--padding", MutatedValue("0", "1", "1,2", "valid", "same", "full", "tf-same", "-1", "9")),
        ("--padding-mode", MutatedValue("zeros", "reflect", "replicate", "circular", "mirror")),
        ("--dilation", MutatedValue("1", "2", "0", "2,1")),
        ("--groups", MutatedValue("1", "2", "3", "0")),
        ("--output-padding", MutatedValue("0", "1", "2")),
        ("--bias", MutatedValue("auto", "[1 2]", "[b c]", "[1]", "[]")),
        ("--kernel", MutatedValue("[[[[a b] [c d]]]]", "[[[[1 2] [3 4]]] [[[5 6] [7 z]]]]", "[[[a b c]]]", "[[[[[a]]]]]")),
        ("--input", MutatedValue("[[[1 2 3] [4 5 6] [7 8 9]]]", "[[[x y] [z 1/2]]]", "[[1 2 3 4]]")),
        ("--format", MutatedValue("text", "json", "latex", "markdown", "sympy", "mathematica", "csv", "html")),
        ("--show", MutatedValue("all", "M", "y'", "K,x", "kernel,input,output", "C", "b", "y")),
        ("--rows", MutatedValue("0", "0..1", "3", "0..1,5", "7..2", "0..2000000000")),
        ("--max-rows", MutatedValue("0", "2", "16", "-1")),
        ("--max-cols", MutatedValue("0", "3", "-2")),
        ("--zeros", MutatedValue("0", "dot", "blank", "none")),
        ("--highlight", MutatedValue("0", "3", "-1", "100")),
        ("--transposed=", MutatedValue("true", "false", "maybe")),
        ("--flip=", MutatedValue("true", "false")),
        ("--hide-unit-coefficients=", MutatedValue("true")),
        ("--standalone=", MutatedValue("true")),
        // Files in the case's own folder (never mutated, so nothing is written elsewhere).
        ("-o", Gen.OneOfConst("out.txt", "-", "", "spec.conv", "claims.txt", "folder", "/dev/null")),
    ];

    private static readonly Gen<string[]> SomeOptions =
        // A switch (--flip=) takes its value in the same word, or none: a separate word would be a spec file.
        Gen.OneOf(Options.Select(o => o.Option.EndsWith('=')
                ? Gen.Frequency((1, Gen.Const(new[] { o.Option.TrimEnd('=') })), (1, o.Value.Select(v => new[] { o.Option + v })))
                : o.Value.Select(v => new[] { o.Option, v })).ToArray()).Array[0, 4]
            .Select(pairs => pairs.SelectMany(p => p).ToArray());

    private static readonly Gen<string[]> Shapes =
        Gen.OneOfConst<string[]>(
            ["--kernel-shape", "2,1,2,2", "--input-shape", "1,3,3"],
            ["--kernel-shape", "1,1,3", "--input-shape", "1,5"],
            ["--kernel-shape", "2,2,1,1,2", "--input-shape", "2,2,2,3"],
            ["--kernel-shape", "4,1,3,3", "--input-shape", "2,4,4"],
            ["--kernel", "[[[[a b] [c d]]]]", "--input-shape", "1,3,3"]);

    // Tensors of any small shape, their entries numbers, fractions, symbols and expressions —
    // some that cannot be, such as 1/0 — and sometimes a mutation on top.
    private static readonly Gen<string> Entry = Gen.Frequency(
        (4, Gen.Int[-9, 9].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.OneOfConst("a", "b", "c", "x", "w_{0,1}", "alpha", "b_0")),
        (2, Gen.OneOfConst("3/4", "-1/2", "2a", "a^2", "(a+b)^3", "-b", "a*b", "a-b+1", "0.5", "1/0", "0/0", "a^-1", "(a")));

    private static Gen<string> Tensor(int[] shape)
    {
        if (shape.Length == 0) return Entry;
        var inner = Tensor(shape[1..]);
        return inner.Array[shape[0]].Select(parts => "[" + string.Join(' ', parts) + "]");
    }

    private static readonly Gen<(string Kernel, string Input)> Tensors =
        Gen.Select(Gen.Int[1, 3], Gen.Int[1, 2], Gen.Int[1, 3].Array[1, 3], Gen.Int[1, 4], Gen.Bool)
            .SelectMany(t =>
            {
                var (outChannels, inChannels, kernelSize, extra, matching) = t;
                var inputSize = kernelSize.Select(k => k + extra - 1).ToArray();
                return Gen.Select(Tensor([outChannels, inChannels, .. kernelSize]), Tensor([matching ? inChannels : inChannels + 1, .. inputSize]));
            });

    private static readonly Gen<Case> TensorCases =
        Gen.Select(Tensors, SomeOptions, Gen.Bool, AnyMutation.Array[0, 2])
            .Select(t =>
            {
                var ((kernel, input), options, inSpec, mutations) = t;
                return inSpec
                    ? new Case(["spec.conv", .. options], Apply($"kernel = {kernel}\ninput = {input}\n", mutations), null)
                    : new Case(["--kernel", Apply(kernel, mutations), "--input", input, .. options], null, null);
            });

    private static readonly Gen<string> Claim = Mutated(Gen.OneOfConst(
        "y'[3] = 5a+6b+8c+9d", "y[1,1,0] = 4e+5f+7g+8h", "M[0,3] = c", "x'[4] = 5", "K[0,0,0,1] = b", "b[0] = 0",
        "M[0,:] = [a b 0|c d 0|0 0 0]", "y' = [1a+2b+4c+5d, 2a+3b+5c+6d, 4a+5b+7c+8d, 5a+6b+8c+9d, 1e+2f+4g+5h, 2e+3f+5g+6h, 4e+5f+7g+8h, 5e+6f+8g+9h]",
        "M[(u,v,w),(i,j,k)] = K[u,i,j-v,k-w] if 0 <= j-v < P and 0 <= k-w < Q",
        "M[(u,v,w),(i,j,k)] = K[u,i,v-j,w-k] if 0 <= v-j < P and 0 <= w-k < Q, otherwise 0",
        "y'[0] = a·1 + 2b", "y'_{3} = 5a+6b+8c+9d", "M[1,0:9] = [0 a b 0 c d 0 0 0]"), 3);

    /// <summary>One run: the command line, and the files it names (spec, claims, an ONNX model).</summary>
    public sealed record Case(string[] Args, string? Spec, string? Claims, byte[]? Model = null)
    {
        public override string ToString() =>
            "symconv " + string.Join(' ', Args.Select(a => "'" + a + "'")) +
            (Spec is null ? "" : "\n--- spec.conv ---\n" + Spec) + (Claims is null ? "" : "\n--- claims.txt ---\n" + Claims) +
            (Model is null ? "" : "\n--- model.onnx (base64) ---\n" + Convert.ToBase64String(Model));
    }

    private static readonly byte[] Model = File.ReadAllBytes(CliRunner.Example("two-convs.onnx"));

    // The example model with a few bytes changed, cut short, or left whole.
    private static readonly Gen<byte[]> MutatedModel =
        Gen.Select(Gen.Select(Gen.Int[0, Model.Length - 1], Gen.Byte).Array[0, 4], Gen.Int[0, 3], Gen.Int[0, Model.Length])
            .Select(t =>
            {
                var bytes = (byte[])Model.Clone();
                foreach (var (at, value) in t.Item1) bytes[at] = value;
                return t.Item2 == 0 ? bytes[..t.Item3] : bytes;
            });

    private static readonly Gen<Case> ModelCases =
        Gen.Select(MutatedModel, Gen.OneOfConst<string[]>(["layers"], ["--node", "0"], ["--node", "1", "--symbolic-weights"], ["--node", "0", "--weights", "exact", "--show", "K"]))
            .Select(t => new Case(t.Item2[0] == "layers" ? ["layers", "model.onnx"] : ["model.onnx", .. t.Item2], null, null, t.Item1));

    private static readonly Gen<Case> SpecCases =
        Gen.Select(Mutated(Gen.OneOfConst(Specs), 6), SomeOptions)
            .Select(t => new Case(["spec.conv", .. t.Item2], t.Item1, null));

    private static readonly Gen<Case> OptionCases =
        Gen.Select(Shapes, SomeOptions, SomeOptions)
            .Select(t => new Case([.. t.Item1, .. t.Item2, .. t.Item3], null, null));

    private static readonly Gen<Case> CheckCases =
        Gen.Select(Claim.Array[1, 3], Mutated(Gen.Const(SeedClaims), 2), Gen.Bool, Gen.OneOfConst("text", "json"))
            .Select(t => t.Item3
                ? t.Item2.Length % 2 == 0
                    ? new Case(["check", "spec.conv", "--claims", "claims.txt", "--format", t.Item4], SeedSpec, t.Item2)
                    : new Case(["check", "spec.conv", "--format", t.Item4], SeedSpec + "claims = claims.txt\n", t.Item2)
                : new Case(["check", "spec.conv", "--format", t.Item4, .. t.Item1.SelectMany(c => new[] { "--claim", c })], SeedSpec, null));

    private static readonly Gen<Case> NeuronCases =
        Gen.Select(Gen.OneOfConst(Specs), MutatedValue("0", "3", "0,1,1", "1,0,0", "-1", "0,0", "8", "99999999999"),
                MutatedValue("none", "relu", "sigmoid", "tanh", "softmax"), Gen.OneOfConst("text", "json", "latex", "markdown"))
            .Select(t => new Case(["neuron", "spec.conv", "--at", t.Item2, "--activation", t.Item3, "--format", t.Item4], t.Item1, null));

    private static readonly Gen<Case> AnyCase = Gen.Frequency((3, SpecCases), (3, OptionCases), (3, TensorCases), (2, CheckCases), (1, NeuronCases), (1, ModelCases));

    private static readonly int[] Outcomes = new int[3];

    [Fact]
    public void Any_input_ends_cleanly()
    {
        AnyCase.Sample(Run, iter: Cases, print: c => c.ToString());
        // The generator must reach both sides: layers that are shown, and input that is refused.
        var total = Outcomes.Sum();
        Assert.True(Outcomes[0] > total / 20 && Outcomes[2] > total / 20, $"exit codes 0, 1, 2: {string.Join(", ", Outcomes)}");
    }

    private static void Run(Case fuzz)
    {
        var folder = ExternalTools.TemporaryFolder();
        try
        {
            if (fuzz.Spec is not null) File.WriteAllText(Path.Combine(folder, "spec.conv"), fuzz.Spec);
            if (fuzz.Claims is not null) File.WriteAllText(Path.Combine(folder, "claims.txt"), fuzz.Claims);
            if (fuzz.Model is not null) File.WriteAllBytes(Path.Combine(folder, "model.onnx"), fuzz.Model);
            var args = fuzz.Args.Select(a => a switch
            {
                "spec.conv" or "claims.txt" or "out.txt" or "model.onnx" => Path.Combine(folder, a),
                "folder" => folder,
                _ => a,
            }).ToArray();
            // A UTF-8 writer over a stream, as the command's own, so that streamed sections take their byte path.
            var stdout = new StreamWriter(new MemoryStream(), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            int? code = null;
            Exception? escaped = null;
            var run = new Thread(() =>
            {
                try { code = App.Run(args, stdout, stderr); }
                catch (Exception e) { escaped = e; }
            }, 8 << 20) { IsBackground = true };  // the main thread's stack on Linux
            run.Start();
            Assert.True(run.Join(HangLimit), $"no end after {HangLimit.TotalSeconds} s (a hang)");
            Assert.Null(escaped);
            var message = stderr.ToString();
            Assert.True(code is 0 or 1 or 2, $"exit code {code}\n{message}");
            Interlocked.Increment(ref Outcomes[code.Value]);
            Assert.DoesNotContain("internal error", message);
            Assert.True(message.Length < 4000, $"a message of {message.Length} characters:\n{message[..Math.Min(300, message.Length)]}…");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
