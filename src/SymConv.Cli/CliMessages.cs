using SymConv.Model;
using SymConv.Parsing;

namespace SymConv.Cli;

/// <summary>The command's own messages, beside the library's <see cref="ErrorMessages"/>.</summary>
internal static class CliMessages
{
    public const string HelpHint = "symconv --help lists every option";

    public const string TwoSpecFilesHint = "give at most one spec file; options on the command line override its lines";

    public const string SeedNotice =
        "symconv: no layer given, so this is the seed example (examples/seed.conv): a 2×1×2×2 kernel a..h on the input 1..9.\n" +
        "Describe your own with a spec file (symconv layer.conv) or options, e.g.\n" +
        "  symconv --kernel-shape 2,1,2,2 --input-shape 1,3,3 --stride 1 --padding 1\n" +
        "symconv --help lists every option.\n";

    public static string UnknownCommand(string word, string meant) =>
        $"unknown command '{word}': did you mean {meant}? (no spec file of that name exists either)";

    public static string UnknownCommandHint => "symconv --help lists the commands: " + Either([.. CommandCatalog.Names], "and");

    public static string TwoSpecFiles(string first, string second) => $"two spec files given: '{first}' and '{second}'";

    public static string UnknownOption(string option, string? suggestion) =>
        suggestion is null ? $"unknown option {option}" : $"unknown option {option}; did you mean --{suggestion}?";

    public static string UnknownKey(string key, string? suggestion) => SpecKeys.UnknownKey(key, suggestion);

    public const string UnknownKeyHint = SpecKeys.UnknownKeyHint;

    /// <summary>The command's name for a library parameter: groups is --groups.</summary>
    public static string Flag(string parameter) => "--" + parameter;

    public static string MissingValue(OptionInfo option) => $"--{option.Name} needs a value: --{option.Name} {option.ValueName}";

    public static string CannotRead(string path, string reason) => $"cannot read the spec file '{path}': {reason}";

    public static string CannotWrite(string path, string reason) => $"cannot write '{path}': {reason}";

    public static string NoTemporary(string path, string folder, string reason) =>
        $"cannot write '{path}': no temporary file can be made in its folder '{folder}' ({reason}), and a file is only replaced through one, so that a failed run leaves it as it was";

    public const string NoTemporaryHint = "write to standard output and redirect it (symconv … > FILE), or name a file in a folder you can write to";

    public static string OutputIsInput(string output, string what, string input) =>
        $"cannot write '{output}': it is the {what} '{input}' this run reads, and writing it would destroy it";

    public const string OutputIsInputHint = "name another file with -o, or leave -o out to write to standard output";

    public const string OutputInSpec = "a spec file cannot choose where the output goes ('output' line)";

    public const string OutputInSpecHint = "a spec describes a layer; delete this line and give -o FILE on the command line";

    public static string NotAClaimsFile(string path, int line) =>
        $"the claims file '{path}' that the spec names does not start with a claim about this layer (line {line})";

    public const string NotAClaimsFileHint = "a claims file holds one claim a line, such as y'[3] = 5a+6b+8c+9d; its lines are not shown, since the spec chose the file";

    public const string NotARegularFile = "it is not a regular file, and a spec file may name only those";

    public const string NeuronNeedsAt =
        "symconv neuron needs the output neuron: --at 0,1,1 (channel, then position), or --at 3 for y'[3]";

    public static string FixedByModel(string option, string model) =>
        $"--{option} cannot be given with the model {model}: the node's own attributes fix the layer";

    public const string FixedByModelHint =
        "with a model, give only --node, --weights or --symbolic-weights, the input (--input or --input-shape) and the symbols' names (--kernel-symbols …); symconv layers MODEL.onnx shows each node's attributes";

    public static string ModelInputUnknown(string node, string input, string? declared) =>
        declared is null
            ? $"the model does not declare the shape of '{input}', the input of node {node}, nor can it be carried forward from the graph's inputs"
            : $"the model declares '{input}', the input of node {node}, as {declared}: not every size of one sample is known";

    public const string ModelInputHint = "give the input of one sample (channels first, no batch) with --input-shape C,H,W or --input TENSOR";

    public static string NoConvolution(string model) => $"{model} has no Conv or ConvTranspose node";

    public static string WhichNode(string model, int count) => $"{model} has {count} convolutions: say which with --node NAME or --node INDEX";

    public static string WhichNodeHint(string model) => $"symconv layers {model} lists them";

    public static string SymbolicAndWeights(string value) =>
        $"--symbolic-weights and --weights {value} both say what the weights are: give one";

    public static string ModelKeyInSpec(string key) =>
        $"'{key}' applies to an ONNX model, not to a spec file: symconv MODEL.onnx --{key} …";

    public static string NeedsModel(string option) => $"--{option} applies to an ONNX model: symconv MODEL.onnx --{option} …";

    public static string LayersNeedsModel(string? given) =>
        given is null ? "symconv layers needs an ONNX model file" : $"symconv layers needs an ONNX model file (.onnx), not '{given}'";

    public const string LayersHint = "symconv layers MODEL.onnx lists the model's Conv and ConvTranspose nodes; it takes no option but -o FILE";

    public static string NotForCommand(string option, CommandInfo command, IReadOnlyList<string> readers) =>
        $"--{option} does not apply to {command.Title}" + (command.Name.Length == 0 ? " (the layer view)" : "")
        + (readers.Count == 0 ? "" : $"; {Either(readers, "and")} {(readers.Count == 1 ? "reads" : "read")} it");

    public static string CommandHelpHint(CommandInfo command) => $"{command.Title} --help lists the options it reads";

    public static string NotForFormat(string option, string format, IReadOnlyList<string> formats) =>
        $"--{option} does nothing for --format {format}: it applies to {Either(formats, "and")}";

    public static string NotForFormatHint(string option, IReadOnlyList<string> formats) =>
        $"drop --{option}, or choose --format {Either(formats, "or")}";

    public static string CannotUseWithFormat(string option, string format, string why, IReadOnlyList<string> formats) =>
        $"--{option} cannot be used with --format {format}, {why}: it applies to {Either(formats, "and")}";

    public static string FormatNotWritten(CommandInfo command, string format, IReadOnlyList<string> written, IReadOnlyList<string> writers) =>
        $"{command.Title} does not write --format {format}: it writes {Either(written, "and")}; {Either(writers, "and")} {(writers.Count == 1 ? "writes" : "write")} {format}";

    public static string OtherSections(string show, CommandInfo command, IReadOnlyList<string> readers) =>
        $"--show {show} names sections {command.Title} does not write; {Either(readers, "and")} {(readers.Count == 1 ? "writes" : "write")} them";

    public static string NotShownIn(IReadOnlyList<string> words, string format, string says) =>
        $"--show {string.Join(",", words)} does nothing for --format {format}: {says}";

    public static string NotShownInHint(string format) => $"drop those words from --show, or choose a format other than {format} for them";

    public const string MissingSectionHint = "drop the word from --show; --show all shows every section the layer has";

    public const string GivenTwiceHint = "on the command line an option is given once; it overrides the spec file's line of that name";

    public const string GivenTwiceInSpecHint = "a spec file gives each key once; an option on the command line overrides it";

    public const string WhichShell = "symconv completion needs the shell: symconv completion bash, or symconv completion zsh";

    public static string UnknownShell(string shell) => $"symconv completion writes scripts for bash and zsh, not '{shell}'";

    public const string CompletionHint = "source <(symconv completion bash) completes symconv in this shell; add the line to ~/.bashrc (or ~/.zshrc with zsh) to keep it";

    private static string Either(IReadOnlyList<string> words, string conjunction) =>
        words.Count <= 1 ? string.Join("", words) : string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1];
}
