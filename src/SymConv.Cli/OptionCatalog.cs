using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>Every option, in the order help lists them. Spec-file keys are the same names.</summary>
internal static class OptionCatalog
{
    public const string LayerGroup = "Layer";
    public const string StackGroup = "Stacks (layers = […] or --layers)";
    public const string OutputGroup = "Output";
    public const string CheckGroup = "symconv check";
    public const string NeuronGroup = "symconv neuron";
    public const string GradGroup = "symconv grad";
    public const string ModelGroup = "ONNX models (symconv MODEL.onnx, symconv layers MODEL.onnx)";
    public const string GeneralGroup = "General";

    // The value name and help of each layer option; the names themselves come from
    // LayerReader.Names, the library's list, so the command cannot offer or miss one it reads.
    private static readonly Dictionary<string, (string? ValueName, string Help)> LayerHelp = new(StringComparer.Ordinal)
    {
        ["kernel"] = ("TENSOR", "kernel entries, e.g. [[[[a b] [c d]]]]; layout (out, in/groups, k…), transposed (in, out/groups, k…), unless --kernel-layout"),
        ["kernel-shape"] = ("SHAPE", "a kernel of fresh symbols: letters a, b, … (skipping those in use) when enough are free, else w_{o,i,…}"),
        ["input"] = ("TENSOR", "input entries (channels, n…; n…, channels with --layout nhwc), e.g. [[[1 2 3] [4 5 6] [7 8 9]]]"),
        ["input-shape"] = ("SHAPE", "an input of fresh symbols x_{c,…}"),
        ["bias"] = ("TENSOR|auto", "one entry per output channel, or auto for b_0, b_1, …"),
        ["stride"] = ("S", "stride: one value, or one per spatial dimension (2,1)"),
        ["padding"] = ("P", "sizes (1 or 1,2), sides before:after (1:2,0:1), valid, same, same-lower, full, tf-same or causal"),
        ["padding-mode"] = ("MODE", "zeros, reflect, symmetric, replicate or circular"),
        ["dilation"] = ("D", "dilation: one value, or one per spatial dimension"),
        ["groups"] = ("G", "channel groups; equal to the channels for depthwise"),
        ["transposed"] = (null, "a transposed convolution (PyTorch's ConvTransposeNd)"),
        ["output-padding"] = ("P", "extra output size of a transposed convolution"),
        ["flip"] = (null, "true convolution: flip the kernel in every spatial dimension"),
        ["layer"] = ("CALL", "the layer as written in code: nn.Conv2d(3, 16, 3, padding=1) or layers.Conv2D(16, 3); fresh kernel and bias symbols unless --kernel/--bias"),
        ["layout"] = ("LAYOUT", "input and output as nchw (channels first, default) or nhwc (channels last); x' and y' flatten as laid out; also ncw, nwc, ncdhw, ndhwc"),
        ["kernel-layout"] = ("LAYOUT", "kernel axes: oihw (PyTorch), iohw, hwio (TF/JAX), hwoi, ihwo, ohwi, hwim (Keras depthwise); hw is every spatial dimension (or w, dhw for 1-D, 3-D)"),
        ["padding-value"] = ("VALUE", "what constant padding reads (default 0), exact (1/2, -0.75) or a symbol: y' = M x' + p (+ b)"),
        ["depth-multiplier"] = ("M", "Keras's depthwise layer: groups = input channels C, C·M outputs, output c·M+j the j-th filter of channel c"),
        ["kernel-symbols"] = ("WORD", "name --kernel-shape's symbols WORD_{o,i,…} (default: free letters a, b, … when enough, else w)"),
        ["input-symbols"] = ("WORD", "name --input-shape's symbols WORD_{c,…} (default x)"),
        ["bias-symbols"] = ("WORD", "name --bias auto's symbols WORD_0, WORD_1, … (default b)"),
        ["no-channel-index"] = (null, "one-channel --input-shape: symbols x_3, x_{1,2} rather than x_{0,3}, x_{0,1,2}"),
    };

    private static readonly string[] KernelLayouts = ["oihw", "iohw", "hwio", "hwoi", "ihwo", "ohwi", "hwim"];

    // The words a layer option's value is one of: the library reads them, the catalogue offers them
    // for completion and "did you mean". A test runs each through the command, so none is offered
    // that the library refuses.
    private static readonly Dictionary<string, Func<OptionInfo, OptionInfo>> LayerChoices = new(StringComparer.Ordinal)
    {
        ["padding"] = o => o with { Choices = ["valid", "same", "same-lower", "full", "tf-same", "causal"], OtherValues = true },
        ["padding-mode"] = o => o with { Choices = ["zeros", "reflect", "symmetric", "replicate", "circular"] },
        ["layout"] = o => o with { Choices = ["nchw", "nhwc", "channels-first", "channels-last", "ncw", "nwc", "ncdhw", "ndhwc"] },
        ["kernel-layout"] = o => o with
        {
            Choices = [.. KernelLayouts, .. KernelLayouts.SelectMany(l => new[] { l.Replace("hw", "w", StringComparison.Ordinal), l.Replace("hw", "dhw", StringComparison.Ordinal) })],
        },
        ["bias"] = o => o with { Choices = ["auto"], OtherValues = true },
    };

    /// <summary>The words of a switch's value (--one-per-line=false), as the library reads them.</summary>
    public static readonly IReadOnlyList<string> SwitchWords = ["true", "false", "yes", "no", "on", "off", "1", "0"];

    private static readonly string[] LatexAndMarkdown = ["latex", "markdown"];

    public static IReadOnlyList<OptionInfo> All { get; } =
    [
        .. LayerReader.Names.Select(LayerOption),
        new("layers", "LIST", "a stack of layers as in nn.Sequential: [nn.Conv2d(3, 8, 3, padding=1), nn.AvgPool2d(2)]; spec files give kernel[i] = …, bias[i] = …", StackGroup),
        new("format", "FORMAT", "text (default), json, latex, markdown, sympy, mathematica, csv, svg, tikz, html or animated-svg", OutputGroup),
        new("show", "SECTIONS", "some of kernel, input, input-vector, matrix, forward-matrix, patches, padding-term, bias, output, output-tensor (or K,x,x',M,C,U,p,b,y',y; im2col for patches; all)", OutputGroup)
        {
            Choices = ["kernel", "input", "input-vector", "matrix", "forward-matrix", "patches", "im2col", "padding-term", "bias", "output", "output-tensor", "K", "x", "x'", "M", "C", "U", "p", "b", "y'", "y", "all"],
            ListOfChoices = true, Formats = ["text", "latex", "markdown", "svg", "tikz", "html", "json", "sympy", "mathematica", "csv"],
        },
        new("rows", "ROWS", "only these rows of M and y': 3, 0..1 (both ends included), 0..1,5", OutputGroup)
        {
            Formats = ["text", "json", "latex", "markdown", "sympy", "mathematica", "csv", "svg", "tikz"],
            RefusedIn = new Dictionary<string, string>(StringComparer.Ordinal) { ["html"] = "which shows the whole layer" },
        },
        new("hide-unit-coefficients", null, "text, json, animated-svg, and symconv check and neuron: write a+2b rather than the seed's 1a+2b", OutputGroup) { Formats = ["text", "json", "animated-svg"] },
        new("unit-coefficients", null, "latex, markdown: write 1a+2b rather than a+2b", OutputGroup) { Formats = LatexAndMarkdown },
        new("max-rows", "N", "latex, markdown: rows of M and y' shown before eliding the middle with \\vdots (default 16; 0 shows all)", OutputGroup) { Formats = LatexAndMarkdown },
        new("max-cols", "N", "latex, markdown: columns of M and x' shown before eliding with \\cdots (default: as many as fit the page; 0 shows all)", OutputGroup) { Formats = LatexAndMarkdown },
        new("zeros", "STYLE", "latex, markdown: zero entries of M as 0 (default), dot or blank", OutputGroup) { Choices = ["0", "dot", "blank"], Formats = LatexAndMarkdown },
        new("standalone", null, "latex, tikz: a complete document rather than a fragment for a document with amsmath (or tikz)", OutputGroup) { Formats = ["latex", "tikz"] },
        new("highlight", "ROW", "latex, markdown: colour one neuron's row of M and its y' entry (needs xcolor)", OutputGroup) { Formats = LatexAndMarkdown },
        new("text-layout", "LAYOUT", "text: tensors in the seed's notation (default) or indented, as NumPy prints them", OutputGroup) { Choices = ["seed", "indented"], Formats = ["text"] },
        new("one-per-line", null, "text: y' one neuron a line, y'[3] = …; the default past 10,000 rows (--one-per-line=false for one line)", OutputGroup) { Formats = ["text"] },
        new("numbers", "NOTATION", "text, json, latex, markdown and the pictures: a non-integer as a fraction (1/10; default) or, where it terminates, its exact decimal (0.1; 1/3 stays 1/3); an ONNX model's weights default to decimal, fraction with --weights exact", OutputGroup) { Choices = ["fraction", "decimal"], Formats = ["text", "json", "latex", "markdown", "svg", "tikz", "html", "animated-svg"] },
        new("csv-numbers", "FORM", "csv: numbers exact (default; 1/3 as p/q) or decimal (17 significant digits, for numpy and spreadsheets)", OutputGroup) { Choices = ["exact", "decimal"], Formats = ["csv"] },
        new("output", "FILE", "write to FILE instead of standard output (- for standard output); a failed run leaves a regular FILE as it was", OutputGroup, 'o') { NamesFile = true },
        new("claim", "CLAIM", "a claim to check, such as \"y'[3] = 5a+6b+8c+9d\"; repeatable", CheckGroup),
        new("claims", "FILE", "claims to check, one a line (# comments; a line with open brackets runs on)", CheckGroup) { NamesFile = true },
        new("at", "INDEX", "the output neuron: channel and position (0,1,1), or one flat index of y'", NeuronGroup),
        new("activation", "FN", "wrap the neuron's value in relu, sigmoid or tanh (symconv neuron also writes --format latex or markdown)", NeuronGroup) { Choices = ["none", "relu", "sigmoid", "tanh"] },
        new("input-at", "INDEX", "the input entry seen from the outputs: which neurons read it with which weights (column of M), and its dL/dx; channel and position (0,1,1), or one flat index of x'", NeuronGroup),
        new("upstream", "TENSOR|auto", "the upstream gradient g = dL/dy, shaped like y; auto (default) for fresh symbols g_{d,i,j}", GradGroup),
        new("upstream-symbols", "WORD", "name the fresh upstream symbols WORD_{…} (default g, or dy, gy, … when the layer uses g_{…})", GradGroup),
        new("node", "NAME|INDEX", "the model's convolution to show: its node name, or its index as symconv layers numbers them (from 0)", ModelGroup),
        new("weights", "READING", "shortest (default): each float weight as the shortest decimal that rounds to it, read exactly (0.1); exact: its binary value (13421773/134217728)", ModelGroup) { Choices = ["shortest", "exact"] },
        new("symbolic-weights", null, "fresh symbols in place of the model's weights and bias; its shapes and attributes stay", ModelGroup),
        new("help", null, "show this help", GeneralGroup, 'h'),
        new("version", null, "show the version", GeneralGroup),
    ];

    /// <summary>The layer options with help but no such name in LayerReader.Names (none, when in step).</summary>
    internal static IEnumerable<string> LayerHelpWithoutOption => LayerHelp.Keys.Except(LayerReader.Names);

    private static OptionInfo LayerOption(string name)
    {
        if (!LayerHelp.TryGetValue(name, out var help))
            throw new InvalidOperationException($"the layer option '{name}' has no help text in OptionCatalog");
        var option = new OptionInfo(name, help.ValueName, help.Help, LayerGroup);
        return LayerChoices.TryGetValue(name, out var choices) ? choices(option) : option;
    }

    public static OptionInfo? Find(string name) => All.FirstOrDefault(o => o.Name == name);

    public static OptionInfo? FindShort(char name) => All.FirstOrDefault(o => o.Short == name);

    /// <summary>The known name closest to a mistyped one, if any is close.</summary>
    public static string? Suggest(string name) => NearestName.Among(name, All.Select(o => o.Name));
}
