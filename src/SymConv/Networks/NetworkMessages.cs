using System.Globalization;
using SymConv.Model;

namespace SymConv.Networks;

/// <summary>The messages about stacks of layers, each naming the layers and the shapes concerned.</summary>
internal static class NetworkMessages
{
    public const string LayersHint =
        "write the layers as in nn.Sequential: layers = [nn.Conv2d(3, 8, 3, padding=1), nn.AvgPool2d(2), nn.Conv2d(8, 4, 1)]";

    private static string Layer(int index, string written) =>
        string.Create(CultureInfo.InvariantCulture, $"layer {index} ({written})");

    public static string CannotTake(int index, string written, Shape input, string? previous, string why) =>
        previous is null
            ? $"{Layer(index, written)} cannot take the stack's input {input}: {why}"
            : $"{Layer(index, written)} cannot take the {input} output of {Layer(index - 1, previous)}: {why}";

    public static string NothingToDraw(string first) =>
        $"the stack's first layer ({first}) is not linear, so it has no M_total to draw";

    public static string ParameterShape(string key, Shape written, int index, string layer, Shape wanted) =>
        $"{key} is {written}, but {Layer(index, layer)} takes {wanted}";

    public static string ParameterUnused(string key, int index, string layer) =>
        $"{key} is given, but {Layer(index, layer)} has no such parameter";

    public static string NoSuchLayer(string key, int index, int count) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{key} names layer {index}, but the stack has {count} {(count == 1 ? "layer" : "layers")}, numbered from 0 as nn.Sequential numbers them");

    public static string FamiliesShareWord(string word) =>
        $"two families of generated symbols would both be named {word}_{{…}}";

    public static string UnknownLayer(string written, IEnumerable<string> known, string? suggestion) =>
        $"a stack cannot hold {written}: it reads {string.Join(", ", known)}" + (suggestion is null ? "" : $" (did you mean {suggestion}?)");

    public const string NotAList = "layers must be a list of layer constructors, [Conv2d(3, 8, 3), AvgPool2d(2)], or nn.Sequential(…)";

    public const string EmptyStack = "the stack has no layers";

    public static string NotACall(string found) => $"a layer of the stack must be a constructor call such as Conv2d(3, 8, 3), not {found}";

    public static string OneLayerOption(string key) =>
        $"--{key} describes one layer; in a stack each layer's constructor gives its own";

    public const string OneLayerOptionHint =
        "write it in the constructor (nn.Conv2d(3, 8, 3, stride=2)); give a layer's weights as kernel[i] = … and bias[i] = … in the spec file";

    public const string InputHint = "give the stack's input as `input-shape` C,n… (or `input`), without a batch dimension or with a batch of 1";

    public static string NoSuchActivation(string name, int layers) =>
        string.Create(CultureInfo.InvariantCulture, $"`show` {name}: the stack has layers 0 to {layers - 1}, so its activations are y0 to y{layers - 1}");

    public const string NoChannelIndex = "`no-channel-index` is not read for a stack: its input symbols keep their channel, x_{c,…}";

    public const string LayerAndLayers = "`layer` and `layers` both describe the layers: give one";
}
