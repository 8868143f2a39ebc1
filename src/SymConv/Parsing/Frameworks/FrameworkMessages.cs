using System.Globalization;

namespace SymConv.Parsing.Frameworks;

/// <summary>The messages for layer constructors, each naming the constructor and the argument.</summary>
internal static class FrameworkMessages
{
    public const string ConstructorHint =
        "write the constructor as in your code, such as nn.Conv2d(3, 16, 3, padding=1) or layers.Conv2D(16, 3, padding='same')";

    public static string UnknownLayer(string written, IEnumerable<string> known, string? suggestion) =>
        $"SymConv does not know the layer {written}: it reads {string.Join(", ", known)}"
        + (suggestion is null ? "" : $" (did you mean {suggestion}?)");

    public static string WrongPrefix(string written, string layer, string framework, IEnumerable<string> prefixes) =>
        $"{written}: {layer} is a {framework} layer, written {string.Join(" or ", prefixes.Select(p => p + layer))}";

    public static string UnknownArgument(string layer, string keyword, IEnumerable<string> accepted, string? suggestion) =>
        $"{layer} has no argument {keyword}" + (suggestion is null ? "" : $" (did you mean {suggestion}?)")
        + $"; it takes {string.Join(", ", accepted)}";

    public static string TooManyPositional(string layer, int count, IReadOnlyList<string> positional) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{layer} takes at most {positional.Count} arguments by position ({string.Join(", ", positional)}), but {count} are given");

    public static string PositionalAfterKeyword(string layer) =>
        $"{layer}: a positional argument follows a keyword argument, which Python refuses";

    public static string Repeated(string layer, string name, bool firstByPosition) =>
        firstByPosition
            ? $"{layer} gets two values for {name}: one by position and one as {name}="
            : $"{layer} gets {name}= twice";

    public static string Missing(string layer, string name) => $"{layer} needs {name}";

    public static string NotInteger(string layer, string name, string found) =>
        $"{layer}: {name} must be an integer, not {found}";

    public static string NotSizes(string layer, string name, int rank, string found) =>
        string.Create(CultureInfo.InvariantCulture, $"{layer}: {name} must be an integer or a tuple of {rank} integers, not {found}");

    public static string WrongCount(string layer, string name, int count, int rank) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{layer}: {name} has {count} {(count == 1 ? "entry" : "entries")}, but a {rank}-d layer takes one integer or {rank}");

    public static string TooSmall(string layer, string name, long value, int least) =>
        string.Create(CultureInfo.InvariantCulture, $"{layer}: {name} must be at least {least}, not {value}");

    public static string NotBool(string layer, string name, string found) =>
        $"{layer}: {name} must be True or False, not {found}";

    public static string NotWord(string layer, string name, string found, IEnumerable<string> choices) =>
        $"{layer}: {name} must be one of {string.Join(", ", choices.Select(c => "'" + c + "'"))}, not {found}";

    public static string BadWord(string layer, string name, string value, IEnumerable<string> choices) =>
        $"{layer}: {name} cannot be '{value}': choose one of {string.Join(", ", choices.Select(c => "'" + c + "'"))}";

    public static string NotDivisible(string layer, string what, long channels, long groups) =>
        string.Create(CultureInfo.InvariantCulture, $"{layer}: {what} ({channels}) must be divisible by groups ({groups})");

    public static string SameWithStride(string layer) =>
        $"{layer}: padding='same' is not supported for strided convolutions (PyTorch refuses it; TensorFlow's SAME is `padding` tf-same)";

    public static string TransposedPaddingMode(string layer, string mode) =>
        $"{layer}: only padding_mode='zeros' is supported for transposed layers, not '{mode}'";

    public static string TransposedPaddingWord(string layer, string found) =>
        $"{layer}: padding of a transposed layer is sizes, not {found}";

    public static string OutputPaddingTooLarge(string layer, string rule, int padding, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{layer}: output_padding ({padding}) must be smaller than {rule} ({limit})");

    public static string StrideAndDilation(string layer) =>
        $"{layer}: strides > 1 together with dilation_rate > 1 is refused by Keras";

    public static string Nonlinear(string layer, string found) =>
        $"{layer}: activation={found} makes the layer nonlinear; SymConv writes the linear map before any activation";

    public const string NonlinearHint =
        "leave activation out (or None, 'linear'); symconv neuron `activation` relu shows one neuron through an activation";

    public static string InChannels(string layer, int declared, int given, string shape) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{layer} takes {declared} input channel{(declared == 1 ? "" : "s")}, but the input has {given} (shape {shape})");

    public const string InChannelsHint =
        "the input is (channels, n…), or a batch of one (1, channels, n…); make in_channels and the input agree";

    public static string BatchNotOne(string layer, int batch, string shape) =>
        string.Create(CultureInfo.InvariantCulture,
            $"the input (shape {shape}) has a batch of {batch}: SymConv shows {layer} on one input");

    public static string BatchDropped(string option, string shape, string kept) =>
        $"{option} {shape} has a leading batch dimension of 1: the one input {kept} is read";

    public static string InputRank(string layer, int rank, string shape, string layout) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{layer} is a {rank}-d layer: its input is {layout} (or with a batch of 1 in front), but the input has shape {shape}");

    public static string KernelShape(string option, string given, string layer, string expected, string layout) =>
        $"{option} has shape {given}, but {layer} has a weight of shape {expected} {layout}";

    public static string BiasOff(string layer, string argument) =>
        $"`bias` is given, but {layer} has {argument}=False: it adds no bias";

    public const string BiasOffHint = "leave `bias` out, or make the constructor's bias True";

    public static string Conflict(string option, string layer) =>
        $"`{option}` and `layer` both describe the layer: {layer} already says it";

    public const string ConflictHint =
        "write that setting as an argument of the constructor (stride=2, padding=1, …), or leave `layer` out and give every option";

    public static string NotApplied(string layer, bool keras) =>
        keras
            ? $"{layer}: only one application to a tensor, such as (x), can follow the constructor"
            : $"{layer}: a PyTorch module is not called in its constructor line; give the constructor alone";

    public static string UnknownMethod(string layer, string method, IReadOnlyCollection<string> methods) =>
        methods.Count == 0
            ? $"{layer}: .{method}(…) after the constructor is not read; give the constructor alone"
            : $"{layer}: .{method}(…) after the constructor is not read; only {string.Join(", ", methods.Select(m => "." + m + "()"))}, which leave the layer as it is, may follow it";

    public static string InputShapeDisagrees(string layer, string declared, string option, string given) =>
        $"{layer} declares input_shape {declared}, but {option} is {given}";
}
