using System.Globalization;

namespace SymConv.Onnx;

/// <summary>The messages for ONNX models that cannot be used, in one place so they read alike and tests can pin them.</summary>
internal static class OnnxMessages
{
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string List<T>(IEnumerable<T> values) => "[" + string.Join(',', values) + "]";

    public static string ReadsPadNode(string node) =>
        Invariant($"node {node} reads the output of a Pad node (torch exports reflect, replicate and circular padding so): that padding is not part of this layer, whose input is the padded tensor");

    public static string CannotRead(string path, string reason) => Invariant($"cannot read the model {path}: {reason}");

    public const string TooLarge = "it runs past 2 GiB, the most a protocol buffer can hold";

    public const string NotOnnxHint = "give an .onnx file as torch.onnx.export or tf2onnx writes it; a file cut short (an unfinished download or copy) reads like this too";

    public static string NotProtobuf(string source, string detail) =>
        Invariant($"{source} is not an ONNX model: it does not read as a protocol buffer ({detail.TrimEnd('.')})");

    public static string NotOnnx(string source, string missing) =>
        Invariant($"{source} is not an ONNX model: it reads as a protocol buffer but has {missing}");

    public static string NoConvolutions(string source) => Invariant($"{source} has no Conv or ConvTranspose node");

    public static string NoSuchNode(string source, string selector, IEnumerable<string> convolutions, string? otherOp) =>
        otherOp is not null
            ? Invariant($"node '{selector}' of {source} is a {otherOp}, not a convolution; its convolutions are: {string.Join(", ", convolutions)}")
            : Invariant($"{source} has no convolution '{selector}'; its convolutions are: {string.Join(", ", convolutions)}");

    public static string ListHint(string source) => Invariant($"give a node's name or its index; symconv layers {source} lists them");

    public static string NameRepeated(string selector, IEnumerable<int> indices) =>
        Invariant($"several convolutions are named '{selector}' (nodes {string.Join(", ", indices)}); give the index of the one you mean");

    public static string NameOrIndex(string selector, int namedIndex, string indexedName) =>
        Invariant($"'{selector}' is both the name of node {namedIndex} and the index of node {selector}; give index {namedIndex} for the first, or the second's name '{indexedName}'");

    public const string UnknownAttributeHint = "SymConv reads the attributes of ONNX's operator definition and refuses others rather than ignore what they might change";

    public static string UnknownAttribute(string node, string op, string name, IEnumerable<string> known) =>
        Invariant($"node {node} has the attribute '{name}', which {op} does not have; {op} has {string.Join(", ", known)}");

    public static string RepeatedAttribute(string node, string name) => Invariant($"node {node} has the attribute '{name}' twice");

    public static string WrongAttributeType(string node, string name, string expected, string actual) =>
        Invariant($"attribute {name} of node {node} should be {expected}, not {actual}");

    public static string WrongLength(string node, string name, IEnumerable<long> values, int count, int rank) =>
        Invariant($"attribute {name} of node {node} is {List(values)}: a {rank}-D convolution needs {count} values");

    public static string OutOfRange(string node, string name, IEnumerable<long> values, int least) =>
        Invariant($"attribute {name} of node {node} is {List(values)}: each value must be at least {least}");

    public static string KernelShapeDiffers(string node, int[] kernelShape, int[] weight) =>
        Invariant($"attribute kernel_shape of node {node} is {List(kernelShape)}, but its weight's spatial sizes are {List(weight)}");

    public static string BadAutoPad(string node, string value) =>
        Invariant($"attribute auto_pad of node {node} is '{value}': ONNX defines NOTSET, SAME_UPPER, SAME_LOWER and VALID");

    public static string PadsWithAutoPad(string node, int[] pads, AutoPad autoPad) =>
        Invariant($"node {node} has both auto_pad {AutoPadName(autoPad)} and pads {List(pads)}, which ONNX does not allow together; the padding could be either");

    public static string AutoPadName(AutoPad autoPad) => autoPad switch
    {
        AutoPad.SameUpper => "SAME_UPPER",
        AutoPad.SameLower => "SAME_LOWER",
        AutoPad.Valid => "VALID",
        _ => "NOTSET",
    };

    public static string TransposedTargetTooLarge(string node, int axis, long wanted, long reachable, bool fromOutputShape) =>
        Invariant($"node {node} asks for {wanted} output positions on spatial axis {axis} ({(fromOutputShape ? "output_shape" : "auto_pad SAME: input size × stride")}), but without padding it gives only {reachable}; ONNX pads cannot be negative");

    public static string InputShapeUnknown(string node, string input, IReadOnlyList<string>? dims) =>
        dims is null
            ? Invariant($"the model does not declare the shape of '{input}', the input of node {node}")
            : Invariant($"the model declares the input '{input}' of node {node} as {string.Join('×', dims)}, not every size of one sample known");

    public static string WeightShapeUnknown(string node, string weight, IReadOnlyList<string>? dims) =>
        Invariant($"the model neither stores nor declares the shape of '{weight}', the weight of node {node}{(dims is null ? "" : " (" + string.Join('×', dims) + ")")}");

    public static string NoWeight(string node, string op) =>
        Invariant($"node {node} has no weight: {op} takes an input, a weight and an optional bias");

    public static string WeightRank(string node, string weight, IReadOnlyList<string> dims) =>
        Invariant($"the weight '{weight}' of node {node} is {string.Join('×', dims)}: a convolution's weight has an output and an input channel dimension and at least one spatial one");

    public static string InputRankDiffers(string node, string op, Model.Shape weight, Model.Shape input, int rank) =>
        Invariant($"node {node} is a {rank}-D {op} (weight {weight}), so its input needs {rank + 1} dimensions (channels, then {rank} spatial), not {input}");

    public static string NotStored(string node, string role, string name, string? producer) =>
        producer is not null
            ? Invariant($"the {role} '{name}' of node {node} is computed in the graph (by a {producer} node), not stored in the model")
            : Invariant($"the {role} '{name}' of node {node} is not stored in the model (it is an input of the graph)");

    public const string NotStoredHint = "SymConv reads weights that the model stores (initializers and Constant nodes); `symbolic-weights` shows the layer with symbols in their place";

    public static string StoredShapeDiffers(string what, IEnumerable<long> stored, Model.Shape wanted) =>
        Invariant($"{what} is stored as {string.Join('×', stored)}, but the node needs {wanted}");

    public static string BiasShapeDiffers(string node, IEnumerable<long> stored, long channels) =>
        Invariant($"the bias of node {node} is {string.Join('×', stored)}, but the node has {channels} output channels");

    public static string ExternalData(string what) =>
        Invariant($"{what} is kept in a separate data file, which SymConv does not read");

    public const string ExternalDataHint = "save the model with its weights inside: onnx.save(onnx.load(path), path2, save_as_external_data=False)";

    public static string UnsupportedType(string what, string type) =>
        Invariant($"{what} holds {type} numbers; SymConv reads FLOAT, DOUBLE and FLOAT16 weights");

    public const string UnsupportedTypeHint = "a quantized or integer model's layer can be shown with `symbolic-weights`, its shapes and hyper-parameters only";

    public static string BadDims(string what, IEnumerable<long> dims) =>
        Invariant($"{what} has the impossible shape {List(dims)}");

    public static string WrongCount(string what, int stored, int needed, IEnumerable<long> dims) =>
        Invariant($"{what} stores {stored} numbers, but its shape {List(dims)} needs {needed}; the file may be damaged");

    public static string NotFinite(string what, int index, double value) =>
        Invariant($"{what} holds {value} at flat index {index}; a weight must be a finite number");
}
