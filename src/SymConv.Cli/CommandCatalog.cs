using SymConv.Export;
using SymConv.Export.Neuron;
using SymConv.Gradients;

namespace SymConv.Cli;

/// <summary>
/// Every command, with its help and the options it reads: per-command help, completion and the
/// refusal of an option a command would ignore all come from here and the option catalogue.
/// </summary>
internal static class CommandCatalog
{
    // Before the commands, which are made from them (static fields are set in the order written).
    private static readonly ShownSections PictureSections =
        new(["matrix", "M", "forward-matrix", "C", "all"], "it draws only M and, for a transposed layer, C");
    // svg and tikz draw U(x) under M too (html does not); json, sympy and mathematica write the whole layer and
    // --show only adds U(x) there; csv writes one matrix, M or U(x).
    private static readonly ShownSections DrawnSections =
        new(["matrix", "M", "forward-matrix", "C", "patches", "im2col", "U", "all"], "it draws only M, C (for a transposed layer) and U(x)");
    private static readonly ShownSections WholeLayerSections =
        new(["patches", "im2col", "U", "all"], "it writes the whole layer whatever --show says, and there --show only adds U (patches, im2col), the patch matrix");
    private static readonly ShownSections CsvSections =
        new(["matrix", "M", "patches", "im2col", "U", "all"], "it writes one matrix: M, or U (patches, im2col) with --show U");
    private static readonly string[] GradMatrices = ["M^T", "Mᵀ", "transpose", "U", "patches", "im2col", "all"];
    private static readonly ShownSections GradPictureSections =
        new(GradMatrices, "it draws only the backward pass's matrices, Mᵀ and U(x)") { WriterRefuses = true };

    public static CommandInfo Layer { get; } = new(
        "", "show K, x, x', M, y' and y of a layer (the seed example when none is given)",
        ["symconv [SPEC|MODEL.onnx] [options]"],
        [
            ("symconv", "the seed example: a 2×1×2×2 kernel a..h on the input 1..9"),
            ("symconv examples/seed.conv --format latex --standalone", "a LaTeX document of a spec file's layer"),
            ("symconv --kernel-shape 2,1,2,2 --input-shape 1,3,3 --show \"M,y'\"", "M and y' of fresh symbols"),
            ("symconv --layer \"nn.Conv2d(1, 2, 3, padding=1)\" --input-shape 1,4,4", "a layer as written in PyTorch"),
            ("symconv examples/two-convs.onnx --node 1", "a convolution of an ONNX model"),
            ("symconv examples/seed.conv --show U", "the patch (im2col) matrix U(x): y' = U(x) k'"),
        ])
    {
        Groups = [OptionCatalog.LayerGroup, OptionCatalog.OutputGroup, OptionCatalog.ModelGroup],
        Formats = () => ReportFormats.Names,
        OptionFormats = CatalogueFormats(),
        ShowWords = () => OptionCatalog.Find("show")!.Choices!,
        // The pictures draw M, and C beside it; a layer's other sections are the text formats'.
        ShownIn = new Dictionary<string, ShownSections>(StringComparer.Ordinal)
        {
            ["svg"] = DrawnSections, ["tikz"] = DrawnSections, ["html"] = PictureSections,
            ["json"] = WholeLayerSections, ["sympy"] = WholeLayerSections, ["mathematica"] = WholeLayerSections, ["csv"] = CsvSections,
        },
    };

    /// <summary>The layer view of a stack: symconv with --layers, or a spec with a layers line.</summary>
    public static CommandInfo Stack { get; } = new(
        "", "a stack of layers as in nn.Sequential: each layer's map, the total map, y' and the equivalent single layer",
        ["symconv --layers LIST [options]", "symconv SPEC [options]    (a spec with a layers = […] line)"],
        [
            ("symconv --layers \"[nn.Conv2d(1, 2, 3, padding=1), nn.Conv2d(2, 1, 1)]\" --input-shape 1,4,4", "two convolutions of fresh symbols, and the one they make"),
        ])
    {
        Groups = [OptionCatalog.StackGroup],
        Options = ["input", "input-shape", "input-symbols", .. StackCommand.Read],
        // The stack's reader refuses the options that describe one layer, and its report the
        // output options it does not read, each saying why.
        RefusedByCommand = [OptionCatalog.LayerGroup, OptionCatalog.OutputGroup],
        OwnValues = ["show"],
        // M_total and y' are written by the layer report's writers, which read the layer's options.
        OptionFormats = CatalogueFormats(except: "show"),
        Formats = () => StackCommand.Formats,
        FormatNote = StackCommand.FormatNote,
    };

    public static CommandInfo Check { get; } = new(
        "check", "check hand-derived claims about y' and M against the layer; exit 1 when one is false",
        ["symconv check [SPEC|MODEL.onnx] [options] --claim CLAIM", "symconv check [SPEC|MODEL.onnx] [options] --claims FILE"],
        [
            ("symconv check --claim \"y'[0] = 1a+2b+4c+5d\"", "a claim about the seed example"),
            ("symconv check examples/seed.conv --claims examples/seed-claims.txt --format json", "a file of claims, verdicts as JSON"),
            ("symconv formula examples/seed.conv > m.txt && symconv check examples/seed.conv --claims m.txt", "M's index formula, checked"),
        ])
    {
        Groups = [OptionCatalog.LayerGroup, OptionCatalog.ModelGroup, OptionCatalog.CheckGroup, OptionCatalog.GradGroup],
        // It reads one layer: a stack is refused by the command, saying so.
        RefusedByCommand = [OptionCatalog.StackGroup],
        Options = ["format", "hide-unit-coefficients", "numbers", "output"],
        Formats = () => ["text", "json"],
        FormatNote = " (symconv check writes these two)",
    };

    public static CommandInfo Neuron { get; } = new(
        "neuron", "explain one output neuron: the inputs and kernel entries it reads, and its value",
        ["symconv neuron [SPEC|MODEL.onnx] [options] --at INDEX"],
        [
            ("symconv neuron --at 0,1,1", "neuron (channel 0, row 1, column 1) of the seed example"),
            ("symconv neuron examples/seed.conv --at 3 --activation relu --format latex", "y'[3] under a ReLU, in LaTeX"),
        ])
    {
        Groups = [OptionCatalog.LayerGroup, OptionCatalog.ModelGroup, OptionCatalog.NeuronGroup, OptionCatalog.GradGroup],
        Options = ["format", "hide-unit-coefficients", "numbers", "standalone", "output"],
        Formats = () => NeuronFormats.Names,
        OptionFormats = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            // LaTeX, Markdown and TikZ write a + 2b, as papers do, whatever is asked.
            ["hide-unit-coefficients"] = ["text", "json", "svg"],
            // The LaTeX view is always a document; the TikZ picture is a fragment unless asked.
            ["standalone"] = NeuronFormats.StandaloneFormats,
        },
    };

    public static CommandInfo Grad { get; } = new(
        "grad", "the backward pass: dL/dx' = Mᵀ g', dL/dK = U(x)ᵀ g', dL/db for g = dL/dy, and the layer that maps g to dL/dx",
        ["symconv grad [SPEC|MODEL.onnx] [options]"],
        [
            ("symconv grad examples/seed.conv", "the seed's backward pass for fresh symbols g_{d,i,j}"),
            ("symconv grad examples/seed.conv --show U,dL/dK --upstream \"[[[1 0] [0 0]] [[0 0] [0 2]]]\"", "U(x) and dL/dK for a numeric g"),
            ("symconv grad examples/seed.conv --format tikz --show U", "U(x) as a TikZ picture for a paper"),
        ])
    {
        Groups = [OptionCatalog.LayerGroup, OptionCatalog.ModelGroup, OptionCatalog.GradGroup],
        Options = ["format", "show", "hide-unit-coefficients", "unit-coefficients", "numbers", "text-layout", "max-rows", "max-cols", "zeros", "standalone", "output"],
        RefusedByCommand = [OptionCatalog.StackGroup],
        OptionFormats = GradCommand.OptionFormats,
        ShowWords = () => [.. GradientSectionNames.Names, "all"],
        ShowHelp = "some of dL/dy (or g, upstream), dL/dx' (grad-input-vector), dL/dx (grad-input), dL/dK (grad-kernel), dL/db (grad-bias), equivalent, M^T (Mᵀ, transpose), U (patches, im2col), or all; M^T and U are shown only when named or with all",
        // JSON always holds g, dL/dx', dL/dK, dL/db and the equivalent layer; --show adds Mᵀ and U(x).
        ShownIn = new Dictionary<string, ShownSections>(StringComparer.Ordinal)
        {
            ["json"] = new(GradMatrices, "it always holds dL/dy, dL/dx', dL/dK, dL/db and the equivalent layer, and --show adds only Mᵀ and U(x)"),
            ["svg"] = GradPictureSections,
            ["tikz"] = GradPictureSections,
        },
        Formats = () => GradCommand.Formats,
        FormatNote = GradCommand.FormatNote,
    };

    /// <summary>symconv neuron on a stack (--layers, or a spec's layers line).</summary>
    public static CommandInfo StackNeuron { get; } = new(
        "neuron", "on a stack: one output neuron's receptive field through every layer, and its value",
        ["symconv neuron --layers LIST [options] --at INDEX"],
        [
            ("symconv neuron --layers \"[nn.Conv2d(1, 1, 3), nn.Conv2d(1, 1, 3)]\" --input-shape 1,7,7 --at 0,1,1", "two 3×3 convolutions: the neuron reads a 5×5 field"),
        ])
    {
        Groups = [OptionCatalog.StackGroup],
        Options = ["input", "input-shape", "input-symbols", "at", "format", "hide-unit-coefficients", "output"],
        // As for a stack's layer view, the stack's own command refuses what it does not read (--activation: write nn.ReLU()).
        RefusedByCommand = [OptionCatalog.LayerGroup, OptionCatalog.OutputGroup, OptionCatalog.NeuronGroup],
        Formats = () => StackNeuronCommand.Formats,
        FormatNote = StackNeuronCommand.FormatNote,
    };

    public static CommandInfo Formula { get; } = new(
        "formula", "M's index formula for the layer: a claims file symconv check finds true, or LaTeX",
        ["symconv formula [SPEC|MODEL.onnx] [options]"],
        [
            ("symconv formula examples/seed.conv", "the formula as claims, which symconv check reads"),
            ("symconv formula --kernel-shape 1,1,3,3 --input-shape 1,5,5 --stride 2 --format latex", "the formula of a strided layer in LaTeX"),
        ])
    {
        Groups = [OptionCatalog.LayerGroup, OptionCatalog.ModelGroup],
        Options = ["format", "output"],
        RefusedByCommand = [OptionCatalog.StackGroup],
        Formats = () => ["text", "latex"],
        FormatNote = " (symconv formula writes these two)",
    };

    public static CommandInfo Layers { get; } = new(
        "layers", "list an ONNX model's Conv and ConvTranspose nodes, numbered as --node takes them",
        ["symconv layers MODEL.onnx [-o FILE]"],
        [
            ("symconv layers examples/two-convs.onnx", "the model's two convolutions"),
            ("symconv examples/two-convs.onnx --node 1", "then one of them as a layer"),
        ])
    {
        Options = ["output"],
    };

    public static CommandInfo Completion { get; } = new(
        "completion", "print a shell completion script for symconv (bash or zsh)",
        ["symconv completion bash|zsh"],
        [
            ("source <(symconv completion bash)", "complete symconv in this bash session (add the line to ~/.bashrc to keep it)"),
            ("source <(symconv completion zsh)", "the same for zsh (~/.zshrc)"),
        ]);

    /// <summary>Every command, the layer view first, in the order help lists them.</summary>
    public static IReadOnlyList<CommandInfo> All { get; } = [Layer, Stack, Check, Neuron, StackNeuron, Formula, Grad, Layers, Completion];

    // The layer view's formats of each option, from the catalogue.
    private static Dictionary<string, IReadOnlyList<string>> CatalogueFormats(string? except = null) =>
        OptionCatalog.All.Where(o => o.Formats is not null && o.Name != except).ToDictionary(o => o.Name, o => o.Formats!, StringComparer.Ordinal);

    /// <summary>The --format words some command writes.</summary>
    public static IReadOnlyList<string> AnyFormat => [.. All.SelectMany(c => c.Formats()).Distinct()];

    /// <summary>How the commands that write <paramref name="format"/> are written: symconv, symconv neuron, ….</summary>
    public static IReadOnlyList<string> Writers(string format) => [.. All.Where(c => c.Formats().Contains(format)).Select(c => c.Title).Distinct()];

    /// <summary>The --show words some command takes.</summary>
    public static IReadOnlyList<string> AnyShowWord => [.. All.SelectMany(c => c.ShowWords()).Distinct()];

    /// <summary>How the commands whose --show takes every one of <paramref name="words"/> are written.</summary>
    public static IReadOnlyList<string> Showing(IReadOnlyCollection<string> words) =>
        [.. All.Where(c => c.ShowWords() is { Count: > 0 } known && words.All(known.Contains)).Select(c => c.Title).Distinct()];

    /// <summary>
    /// <paramref name="command"/> as it would be if it read every format and --show word some command
    /// reads (its own first): a spec's line is a mistake only when no command reads it.
    /// </summary>
    public static CommandInfo Anywhere(CommandInfo command) => command with
    {
        Formats = () => [.. command.Formats(), .. AnyFormat.Except(command.Formats())],
        ShowWords = () => command.ShowWords().Count == 0 ? [] : [.. command.ShowWords(), .. AnyShowWord.Except(command.ShowWords())],
        FormatNote = "",
    };

    /// <summary>The words that name a command (check, neuron, …).</summary>
    public static IEnumerable<string> Names => All.Where(c => c.Name.Length > 0).Select(c => c.Name).Distinct();

    /// <summary>The commands written with one word: a single layer's and a stack's (neuron, or "" for the layer view).</summary>
    public static IReadOnlyList<CommandInfo> Sharing(string name) => [.. All.Where(c => c.Name == name)];

    /// <summary>The form of <paramref name="command"/> for a stack, when it has one.</summary>
    public static CommandInfo ForStack(CommandInfo command) =>
        command == Layer ? Stack : command == Neuron ? StackNeuron : command;

    /// <summary>How the commands that read an option are written: symconv, symconv check, ….</summary>
    public static IReadOnlyList<string> Readers(OptionInfo option) => [.. All.Where(c => c.Takes(option)).Select(c => c.Title).Distinct()];

    /// <summary>The command a word names, or the layer view for null.</summary>
    public static CommandInfo Find(string? name) => All.FirstOrDefault(c => c.Name == (name ?? "")) ?? Layer;
}
