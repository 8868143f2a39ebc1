using System.Globalization;
using System.Text.RegularExpressions;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing;
using SymConv.Parsing.Frameworks;

namespace SymConv.Networks;

/// <summary>
/// Builds a stack from option values: <c>layers = [Conv2d(3, 8, 3, padding=1), AvgPool2d(2)]</c>
/// (a Python list of constructors, one a line allowed, or <c>nn.Sequential(…)</c>), the input
/// (<c>input</c> or <c>input-shape</c>), and per-layer parameters <c>kernel[i] = …</c>,
/// <c>bias[i] = …</c>, i counting from 0 as nn.Sequential numbers its layers. Layers are read in
/// order, each given the shape the one before it gives, so a mismatch is told naming both.
/// </summary>
internal static partial class StackReader
{
    /// <summary>The option that holds the layers.</summary>
    public const string LayersKey = "layers";

    // The layer options a stack reads; every other one describes one layer, and in a stack each
    // constructor says its own (or, as no-channel-index, is not read for stacks).
    private static readonly string[] StackOptions = ["input", "input-shape", "input-symbols", LayersKey];

    private static IEnumerable<string> OneLayerOptions => LayerReader.Names.Except(StackOptions);

    [GeneratedRegex(@"^(kernel|bias)\[([0-9]{1,6})\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterKeyPattern();

    /// <summary>True for a spec key that gives one layer's parameter: kernel[0], bias[2].</summary>
    public static bool IsParameterKey(string key) => ParameterKeyPattern().IsMatch(key);

    /// <summary>True when the entries describe a stack (a layers entry).</summary>
    public static bool DescribesStack(IEnumerable<SpecEntry> entries) => entries.Any(e => e.Key == LayersKey);

    /// <summary>Builds the stack the entries describe; later entries override earlier ones.</summary>
    public static NetworkStack Read(IEnumerable<SpecEntry> entries)
    {
        var slots = new Dictionary<string, SpecEntry>(StringComparer.Ordinal);
        var given = new Dictionary<(string, int), SpecEntry>();
        foreach (var entry in entries)
        {
            if (ParameterKeyPattern().Match(entry.Key) is { Success: true } match)
                given[(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))] = entry;
            else
                slots[entry.Key == "input-shape" ? "input" : entry.Key] = entry;
        }
        var layersEntry = slots.GetValueOrDefault(LayersKey) ?? throw new InputException(NetworkMessages.NotAList, null, NetworkMessages.LayersHint);
        foreach (var key in OneLayerOptions)
            if (slots.TryGetValue(key, out var single))
                throw new InputException(key switch
                    {
                        "layer" => NetworkMessages.LayerAndLayers,
                        "no-channel-index" => NetworkMessages.NoChannelIndex,
                        _ => NetworkMessages.OneLayerOption(key),
                    }, single.KeyAt ?? single.At,
                    NetworkMessages.OneLayerOptionHint);

        var calls = ReadCalls(layersEntry);
        foreach (var ((role, layer), entry) in given)
            if (layer >= calls.Count)
                throw new InputException(NetworkMessages.NoSuchLayer(StackParameters.Key(role, layer), layer, calls.Count), entry.KeyAt ?? entry.At);

        var inputEntry = slots.GetValueOrDefault("input") ?? throw new InputException(ErrorMessages.NoInput, null, NetworkMessages.InputHint);
        var notes = new List<string>();
        var shape = inputEntry.Key == "input"
            ? TensorReader.Read(inputEntry.At, inputEntry.Text.Length, new SymbolTable()).Shape
            : OptionGrammar.ReadShape(inputEntry);
        shape = WithoutBatch(calls[0].Call, shape, inputEntry, notes);

        var symbols = new SymbolTable();
        var parameters = new StackParameters(symbols, given);
        Tensor<Polynomial>? input = null;
        var inputWord = slots.TryGetValue("input-symbols", out var wordEntry) ? wordEntry.Text.Trim() : "x";
        if (!IndexedSymbols.IsWord(inputWord)) throw new InputException(ErrorMessages.BadSymbolWord("`input-symbols`", inputWord), wordEntry!.At);
        void MakeInput() => input = inputEntry.Key == "input"
            ? Reshaped(TensorReader.Read(inputEntry.At, inputEntry.Text.Length, symbols), shape)
            : parameters.FreshInput(shape, inputWord, inputEntry.At);
        parameters.BeforeFirstBias = MakeInput;

        var layers = new List<StackLayer>();
        var current = shape;
        for (var i = 0; i < calls.Count; i++)
        {
            var (call, written) = calls[i];
            var reading = new LayerReading(call, written, i, current, i == 0 ? null : calls[i - 1].Written, parameters);
            var layer = NetworkLayerReaders.Read(reading);
            if (i == 0 && parameters.BeforeFirstBias is not null)
            {
                parameters.BeforeFirstBias = null;
                MakeInput();
            }
            Shape output;
            try
            {
                output = layer.OutputShape(current);
            }
            catch (InputException e)
            {
                throw new InputException(NetworkMessages.CannotTake(i, written, current, i == 0 ? null : calls[i - 1].Written, e.Message), call.CalleeAt, e.Hint);
            }
            var map = layer.Map(current);
            var atPoint = false;
            // A nonlinear layer reached by numbers applies one rational map there (ReLU's 0/1
            // diagonal, MaxPool's selection): M_total runs on through it, as the Jacobian at this input.
            if (map is null && layer is Layers.ILinearAtPoint pointwise && layers.All(l => l.IsLinear)
                && NumericActivation(layers, input!, symbols) is { } values)
            {
                map = pointwise.MapAt(current, values);
                atPoint = map is not null;
            }
            layers.Add(new StackLayer(i, layer, current, output, map) { AtPoint = atPoint });
            current = output;
        }
        parameters.Complete(i => calls[i].Written);
        return new NetworkStack(layers, input!, symbols, notes);
    }

    // The output of the last of `layers` (the input when there are none) when every entry is a
    // number, else null.
    private static Rational[]? NumericActivation(List<StackLayer> layers, Tensor<Polynomial> input, SymbolTable symbols)
    {
        var activations = new StackActivations(new NetworkStack([.. layers], input, symbols, []));
        var last = layers.Count - 1;
        var values = new Rational[activations.Count(last)];
        for (var j = 0; j < values.Length; j++)
        {
            var value = activations.Entry(last, j);
            if (value.IsZero) continue;
            if (value.Terms.Length != 1 || !value.Terms[0].Monomial.IsOne) return null;
            values[j] = value.Terms[0].Coefficient;
        }
        return values;
    }

    // The layers as written: a list or tuple of calls, nn.Sequential(…) of them, or one call.
    private static List<(PythonCall Call, string Written)> ReadCalls(SpecEntry entry)
    {
        Failures.CheckNesting(entry.At, entry.Text.Length);
        var result = PythonCallGrammar.WholeValue(SourceInput.At(entry.At with { Text = entry.At.Text[..(entry.At.Offset + entry.Text.Length)] }));
        if (!result.WasSuccessful)
            throw Failures.From(result, NetworkMessages.LayersHint);
        IReadOnlyList<PythonValue> items = result.Value switch
        {
            PythonValue.Sequence sequence => sequence.Items,
            PythonValue.Call { Value: { Name: "Sequential" } sequential } when PyTorchLayers.Prefixes.Contains(sequential.Prefix) =>
                sequential.Arguments.Select(a => a.Keyword is null ? a.Value : throw new InputException(NetworkMessages.NotACall(a.Keyword + "="), a.KeywordAt)).ToList(),
            PythonValue.Call single => [single],
            var other => throw new InputException(NetworkMessages.NotAList, other.At, NetworkMessages.LayersHint),
        };
        if (items.Count == 0) throw new InputException(NetworkMessages.EmptyStack, entry.At, NetworkMessages.LayersHint);
        return items.Select(item => item is PythonValue.Call call
            ? (call.Value, Spaces().Replace(call.Written, " "))
            : throw new InputException(NetworkMessages.NotACall(item.Describe()), item.At, NetworkMessages.LayersHint)).ToList();
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    // nn.Sequential takes a batch; a leading 1 before a convolution's (channels, n…) can only be one.
    private static Shape WithoutBatch(PythonCall first, Shape shape, SpecEntry entry, List<string> notes)
    {
        if (!PyTorchLayers.Layers.TryGetValue(first.Name, out var conv) || shape.Rank != conv.Rank + 2) return shape;
        if (shape[0] != 1)
            throw new InputException(FrameworkMessages.BatchNotOne(first.Callee, shape[0], shape.ToString()), entry.At, NetworkMessages.InputHint);
        var kept = new Shape([.. shape.Dims.Skip(1)]);
        notes.Add(FrameworkMessages.BatchDropped("--" + entry.Key, shape.ToString(), kept.ToString()));
        return kept;
    }

    private static Tensor<Polynomial> Reshaped(Tensor<Polynomial> tensor, Shape shape) =>
        tensor.Shape.Equals(shape) ? tensor : new Tensor<Polynomial>(shape, [.. tensor.Values]);
}
