using Sprache;
using SymConv.Algebra;
using SymConv.Model;
using SymConv.Parsing.Frameworks;

namespace SymConv.Parsing;

/// <summary>
/// Builds a layer from option values — a spec file's lines and the command line's options, the
/// later overriding the earlier. The kernel is read first, then the input, then the bias, so
/// symbols are ranked in that order whatever order the options came in.
/// </summary>
internal static class LayerReader
{
    /// <summary>
    /// The option names that describe a layer, in the order help lists them; the command's
    /// option catalog takes its layer options from here.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "kernel", "kernel-shape", "input", "input-shape", "bias", "stride", "padding", "padding-mode",
        "dilation", "groups", "transposed", "output-padding", "flip",
        "layout", "kernel-layout", "depth-multiplier", "padding-value",
        "kernel-symbols", "input-symbols", "bias-symbols", "no-channel-index", "layer",
    ];

    /// <summary>The option names that describe a layer (as opposed to how it is shown).</summary>
    public static IReadOnlySet<string> Keys { get; } = new HashSet<string>(Names, StringComparer.Ordinal);

    // Options that fill the same slot: giving one later replaces the other.
    private static readonly Dictionary<string, string> Slots = new(StringComparer.Ordinal)
    {
        ["kernel-shape"] = "kernel",
        ["input-shape"] = "input",
    };

    private static readonly Dictionary<string, PaddingMode> Modes = new(StringComparer.Ordinal)
    {
        ["zeros"] = PaddingMode.Zeros, ["reflect"] = PaddingMode.Reflect, ["symmetric"] = PaddingMode.Symmetric,
        ["replicate"] = PaddingMode.Replicate, ["circular"] = PaddingMode.Circular,
    };

    // Layout names: hw stands for every spatial dimension; w (1-D) and dhw (3-D) spell one rank, checked against the layer's.
    private static readonly Dictionary<string, DataLayout> DataLayouts = new(StringComparer.Ordinal)
    {
        ["nchw"] = DataLayout.ChannelsFirst, ["nhwc"] = DataLayout.ChannelsLast,
        ["channels-first"] = DataLayout.ChannelsFirst, ["channels-last"] = DataLayout.ChannelsLast,
        ["ncw"] = DataLayout.ChannelsFirst, ["nwc"] = DataLayout.ChannelsLast,
        ["ncdhw"] = DataLayout.ChannelsFirst, ["ndhwc"] = DataLayout.ChannelsLast,
    };

    private static readonly Dictionary<string, KernelLayout> KernelLayouts = SpelledForEveryRank(new Dictionary<string, KernelLayout>
    {
        ["oihw"] = KernelLayout.Oihw, ["iohw"] = KernelLayout.Iohw, ["hwio"] = KernelLayout.Hwio, ["hwoi"] = KernelLayout.Hwoi,
        ["ihwo"] = KernelLayout.Ihwo, ["ohwi"] = KernelLayout.Ohwi, ["hwim"] = KernelLayout.Hwim,
    });

    private static Dictionary<string, KernelLayout> SpelledForEveryRank(Dictionary<string, KernelLayout> generic)
    {
        var names = new Dictionary<string, KernelLayout>(generic, StringComparer.Ordinal);
        foreach (var (name, layout) in generic)
        {
            names[name.Replace("hw", "w", StringComparison.Ordinal)] = layout;
            names[name.Replace("hw", "dhw", StringComparison.Ordinal)] = layout;
        }
        return names;
    }

    // The spatial rank a layout name spells, or null for the names that serve every rank.
    private static int? SpelledRank(string name) =>
        name.Contains("dhw", StringComparison.Ordinal) ? 3
        : name.Contains("hw", StringComparison.Ordinal) || name.StartsWith("channels", StringComparison.Ordinal) ? null
        : 1;

    private static void CheckSpelledRank(Dictionary<string, SpecEntry> slots, string key, int rank)
    {
        if (!slots.TryGetValue(key, out var entry)) return;
        var name = entry.Text.Trim();
        if (SpelledRank(name) is { } spelled && spelled != rank)
            throw new InputException(ErrorMessages.LayoutRank(ErrorMessages.Parameter(key), name, spelled, rank), entry.At);
    }

    /// <summary>
    /// Builds the layer that the entries describe; later entries override earlier ones, and both
    /// override <paramref name="baseSpec"/> (PyTorch's defaults when null).
    /// </summary>
    public static Layer Read(IEnumerable<SpecEntry> entries, LayerSpec? baseSpec = null)
    {
        var slots = new Dictionary<string, SpecEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!Keys.Contains(entry.Key)) continue;
            slots[Slots.GetValueOrDefault(entry.Key, entry.Key)] = entry;
        }

        var constructor = slots.TryGetValue("layer", out var layerEntry) ? ReadConstructor(layerEntry, slots) : null;
        var spec = constructor?.Spec ?? baseSpec ?? new LayerSpec();
        foreach (var entry in slots.Values)
        {
            spec = entry.Key switch
            {
                "stride" => spec with { Stride = [.. OptionGrammar.ReadIntegers(entry)] },
                "padding" => spec with { Padding = OptionGrammar.ReadPadding(entry) },
                "padding-mode" => spec with { PaddingMode = OptionGrammar.ReadChoice(entry, Modes) },
                "dilation" => spec with { Dilation = [.. OptionGrammar.ReadIntegers(entry)] },
                "groups" => spec with { Groups = OptionGrammar.ReadInteger(entry) },
                "transposed" => spec with { Transposed = OptionGrammar.ReadSwitch(entry) },
                "output-padding" => spec with { OutputPadding = [.. OptionGrammar.ReadIntegers(entry)] },
                "flip" => spec with { Flip = OptionGrammar.ReadSwitch(entry) },
                "layout" => spec with { Layout = OptionGrammar.ReadChoice(entry, DataLayouts) },
                "kernel-layout" => spec with { KernelLayout = OptionGrammar.ReadChoice(entry, KernelLayouts) },
                "depth-multiplier" => spec with { DepthMultiplier = OptionGrammar.ReadInteger(entry) },
                _ => spec,
            };
        }

        var symbols = new SymbolTable();
        var fresh = new FreshSymbols(symbols, ReadNaming(slots) with { ChannelsLast = spec.Layout == DataLayout.ChannelsLast });
        var notes = new List<string>();
        Tensor<Polynomial> kernel, input;
        if (constructor is null)
        {
            kernel = ReadTensor(slots, "kernel", symbols, fresh.Kernel, ErrorMessages.NoKernel);
            input = ReadTensor(slots, "input", symbols, fresh.Input, ErrorMessages.NoInput);
        }
        else
        {
            (kernel, input) = FrameworkTensors.Read(constructor, spec, slots, symbols, notes, fresh.Kernel, fresh.Input);
        }
        if (input.Shape.Rank >= 2)
        {
            CheckSpelledRank(slots, "layout", input.Shape.Rank - 1);
            CheckSpelledRank(slots, "kernel-layout", input.Shape.Rank - 1);
        }
        // --groups beside --depth-multiplier must say what the multiplier does: groups are the input channels.
        if (spec.DepthMultiplier is not null && slots.TryGetValue("groups", out var groupsEntry) && input.Shape.Rank >= 2
            && spec.Groups != Model.Layouts.ChannelsFirst(spec.Layout, input.Shape)[0])
            throw new InputException(ErrorMessages.DepthMultiplierGroups(spec.Groups, Model.Layouts.ChannelsFirst(spec.Layout, input.Shape)[0]), groupsEntry.KeyAt ?? groupsEntry.At);
        Tensor<Polynomial>? bias = null;
        if (constructor is not null && BiasOf(constructor, slots, layerEntry!) is { } constructorBias)
            slots["bias"] = constructorBias;
        if (slots.TryGetValue("bias", out var biasEntry))
        {
            var symbolsBeforeBias = symbols.Count;
            bias = biasEntry.Text.Trim() == "auto"
                ? fresh.Bias(OutChannels(spec, kernel.Shape, input.Shape), biasEntry.At)
                : ReadWritten(biasEntry, symbols);
            // Symbols that first appear in the bias are only ever added, never multiplied.
            for (var id = symbolsBeforeBias; id < symbols.Count; id++)
                symbols.MarkBare(id);
        }
        // Read after the bias, so its symbols rank after the bias's.
        var paddingValue = slots.TryGetValue("padding-value", out var valueEntry) ? ReadEntry(valueEntry, symbols) : Polynomial.Zero;
        // Generated symbols are named last, avoiding every name written in the tensors.
        fresh.Complete();
        var sources = slots.Values.Where(e => e.KeyAt is not null).ToDictionary(e => e.Key, e => e.At, StringComparer.Ordinal);
        return new Layer(kernel, input, bias, spec, symbols) { Notes = notes, PaddingValue = paddingValue, Sources = sources };
    }

    // The options a constructor sets itself: giving one beside --layer would say the layer twice.
    // --layout and --kernel-layout only say how its tensors are written, so they may change the
    // framework's own.
    private static readonly string[] SetByConstructor =
        ["kernel-shape", "stride", "padding", "padding-mode", "dilation", "groups", "transposed", "output-padding", "flip", "depth-multiplier"];

    private static FrameworkLayer ReadConstructor(SpecEntry entry, Dictionary<string, SpecEntry> slots)
    {
        var layer = LayerConstructor.Read(entry.At, entry.Text.Length);
        foreach (var other in slots.Values)
        {
            if (SetByConstructor.Contains(other.Key))
                throw new InputException(FrameworkMessages.Conflict(other.Key, layer.Constructor), other.KeyAt ?? other.At, FrameworkMessages.ConflictHint);
        }
        return layer;
    }

    // bias=True (the default of both frameworks) makes fresh bias symbols unless --bias gives them;
    // bias=False refuses a --bias.
    private static SpecEntry? BiasOf(FrameworkLayer layer, Dictionary<string, SpecEntry> slots, SpecEntry layerEntry)
    {
        var given = slots.GetValueOrDefault("bias");
        if (!layer.Bias && given is not null)
            throw new InputException(FrameworkMessages.BiasOff(layer.Constructor, layer.Framework == "Keras" ? "use_bias" : "bias"),
                given.KeyAt ?? given.At, FrameworkMessages.BiasOffHint);
        return layer.Bias && given is null ? new SpecEntry("bias", "auto", layerEntry.At) : null;
    }

    // The bias is made before the geometry validates the layer, so channel counts that the
    // geometry will refuse must not crash here: bad groups count as 1, and a count past an int is
    // refused with the geometry's own message.
    private static int OutChannels(LayerSpec spec, Shape kernelAsLaidOut, Shape inputAsLaidOut)
    {
        // Shapes the geometry will refuse (too few dimensions) keep their first dimension here.
        var kernel = Model.Layouts.KernelToPyTorchOrNull(spec.KernelLayout, spec.Transposed, kernelAsLaidOut) ?? kernelAsLaidOut;
        var input = Model.Layouts.ChannelsFirst(spec.Layout, inputAsLaidOut);
        if (!spec.Transposed) return kernel[0];
        var groups = spec.Groups >= 1 && input[0] % spec.Groups == 0 ? spec.Groups : 1;
        var channels = (long)kernel[1] * groups;
        return channels <= int.MaxValue
            ? (int)channels
            : throw new InputException(ErrorMessages.LayerTooLarge("output channels", channels));
    }

    // One entry, such as 1/2 or c, spanning the whole value.
    private static Polynomial ReadEntry(SpecEntry entry, SymbolTable symbols)
    {
        Failures.CheckNesting(entry.At, entry.Text.Length);
        var input = SourceInput.At(entry.At);
        var result = ExpressionGrammar.Spaced.Token()(input);
        if (!result.WasSuccessful)
            throw Failures.From(result, ErrorMessages.PaddingValueHint);
        if (result.Remainder.Position < entry.At.Offset + entry.Text.Length)
            throw Failures.From(Result.Failure<Expression>(result.Remainder, "", ["end of the entry"]), ErrorMessages.PaddingValueHint);
        return result.Value.Evaluate(symbols);
    }

    private static Tensor<Polynomial> ReadTensor(
        Dictionary<string, SpecEntry> slots, string slot, SymbolTable symbols,
        Func<Shape, SourcePoint?, Tensor<Polynomial>> generate, string missing)
    {
        if (!slots.TryGetValue(slot, out var entry))
            throw new InputException(missing);
        return entry.Key == slot
            ? ReadWritten(entry, symbols)
            : generate(OptionGrammar.ReadShape(entry), entry.At);
    }

    // A tensor's grammar does not know which key it is the value of; its errors are said of the entry.
    private static Tensor<Polynomial> ReadWritten(SpecEntry entry, SymbolTable symbols)
    {
        try
        {
            return TensorReader.Read(entry.At, entry.Text.Length, symbols);
        }
        catch (InputException e)
        {
            throw e.About(entry.Key, entry.Text.Trim());
        }
    }

    /// <summary>
    /// How the entries name generated symbols (kernel-symbols, input-symbols, bias-symbols,
    /// no-channel-index), for layers built from other sources, such as ONNX models; later entries override earlier ones.
    /// </summary>
    public static SymbolNaming ReadNaming(IEnumerable<SpecEntry> entries)
    {
        var slots = new Dictionary<string, SpecEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            slots[entry.Key] = entry;
        return ReadNaming(slots);
    }

    private static SymbolNaming ReadNaming(Dictionary<string, SpecEntry> slots)
    {
        string? Word(string key, out SourcePoint? at)
        {
            at = null;
            if (!slots.TryGetValue(key, out var entry)) return null;
            at = entry.At;
            var word = entry.Text.Trim();
            return IndexedSymbols.IsWord(word) ? word : throw new InputException(ErrorMessages.BadSymbolWord(ErrorMessages.Parameter(key), word), entry.At);
        }
        var noChannel = slots.TryGetValue("no-channel-index", out var channelEntry) && OptionGrammar.ReadSwitch(channelEntry);
        return new SymbolNaming
        {
            Kernel = Word("kernel-symbols", out var kernelAt), KernelAt = kernelAt,
            Input = Word("input-symbols", out var inputAt), InputAt = inputAt,
            Bias = Word("bias-symbols", out var biasAt), BiasAt = biasAt,
            InputChannelIndex = !noChannel, InputChannelIndexAt = channelEntry?.At,
        };
    }
}
